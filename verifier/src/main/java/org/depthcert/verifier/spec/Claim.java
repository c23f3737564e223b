package org.depthcert.verifier.spec;

import java.util.Optional;
import java.util.Set;
import org.depthcert.verifier.Poly;

/**
 * A claim: its subject ({@code model}, a block, {@code block.node} or {@code rule:<op>}), the
 * depth it states (as written, and as the verifier's own parser reads it) and/or the class it
 * claims ({@code TC0}).
 */
public record Claim(String id, String subject, Optional<String> statedText,
    Optional<Set<Poly>> stated, Optional<String> claimedClass, String source) {}
