package org.depthcert.spec;

import java.util.Optional;
import org.depthcert.algebra.DepthTerm;

/**
 * A bound a paper states: its label as printed ("Lemma 4.5"), the subject ({@code model}, a block
 * name, or {@code rule:<op>}), the stated depth as written and as parsed, the complexity class it
 * claims, and where it is stated.
 */
public record ClaimSpec(String id, String subject, Optional<String> statedText,
    Optional<DepthTerm> stated, Optional<String> claimedClass, String source, String path) {}
