package org.depthcert.expr;

import org.depthcert.algebra.DepthTerm;
import org.depthcert.algebra.Polynomial;

/**
 * What a sub-formula evaluates to: a polynomial, or a max that is already a valid depth term.
 * Keeping polynomials apart lets {@code 1/2}, {@code -1} or {@code d_std - d_sum} occur inside a
 * formula even though no depth term has a negative coefficient.
 */
sealed interface Value permits Value.Poly, Value.Max {

  record Poly(Polynomial polynomial) implements Value {}

  record Max(DepthTerm term) implements Value {}

  static Value of(Polynomial p) {
    return new Poly(p);
  }
}
