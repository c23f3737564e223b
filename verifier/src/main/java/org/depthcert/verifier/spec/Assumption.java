package org.depthcert.verifier.spec;

import org.depthcert.verifier.Poly;

/** An assumption {@code lhs <= rhs} over integer variables >= 1, with its text as written. */
public record Assumption(String text, Poly lhs, Poly rhs) {}
