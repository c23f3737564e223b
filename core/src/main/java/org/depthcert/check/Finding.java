package org.depthcert.check;

/**
 * Something a reader should act on, tied to a claim (DESIGN.md section 9). {@code check} is one of
 * proof-arithmetic, statement-vs-proof, soundness, cross-reference, hypothesis, subject.
 */
public record Finding(String claim, String check, String severity, String message) {}
