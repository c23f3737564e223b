package org.depthcert.audit;

import java.util.List;
import java.util.Optional;
import org.depthcert.algebra.DepthTerm;

/**
 * What a result states: a depth (as printed and parsed), a class, the premises it states
 * ({@code d <= O(n)}, {@code TC0 != NC1}), a problem it says cannot be solved or is complete
 * ({@code complete}: the class it is complete for), and the architecture its text names when that
 * differs from the one its section is about.
 */
public record Statement(Optional<String> depthText, Optional<DepthTerm> depth,
    Optional<String> claimedClass, List<Premise> premises, Optional<String> problem,
    Optional<String> complete, Optional<String> names) {}
