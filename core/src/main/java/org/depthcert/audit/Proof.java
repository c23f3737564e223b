package org.depthcert.audit;

import java.util.List;
import java.util.Optional;
import org.depthcert.algebra.DepthTerm;

/**
 * A proof as printed: its steps in order, the total it writes, and the asymptotic bound it says
 * the depth has ({@code O(1)}), when it says one.
 */
public record Proof(List<ProofStep> steps, Optional<String> totalText, Optional<DepthTerm> total,
    Optional<String> bound, String path) {}
