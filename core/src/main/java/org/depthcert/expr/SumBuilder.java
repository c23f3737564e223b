package org.depthcert.expr;

import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.numbers.fraction.BigFraction;
import org.depthcert.algebra.DepthTerm;
import org.depthcert.algebra.Monomial;
import org.depthcert.algebra.Polynomial;

/**
 * Accumulates the summands of one sum. Polynomial summands are added first, all together, so that
 * the order of summands never matters: {@code max(a, b) + 2d_exp - d_exp} is accepted although
 * {@code max(a, b) - d_exp} alone is not a depth term. One map for all summands also keeps a long
 * sum linear in its length.
 */
final class SumBuilder {
  private final Map<Monomial, BigFraction> polynomial = new TreeMap<>();
  private DepthTerm max;
  private int maxColumn;

  /** Adds {@code value}, or subtracts it when {@code negate}; column is where the summand starts. */
  void add(Value value, boolean negate, int column) {
    if (value instanceof Value.Poly p) {
      Polynomial q = negate ? p.polynomial().negate() : p.polynomial();
      q.terms().forEach((m, c) -> polynomial.merge(m, c, BigFraction::add));
      return;
    }
    if (negate) {
      throw new FormulaException("cannot subtract a max (-max(a, b) is a min)", column);
    }
    DepthTerm term = ((Value.Max) value).term();
    if (max == null) {
      max = term;
      maxColumn = column;
    } else {
      max = Arithmetic.plus(max, term, column);
    }
  }

  Value result() {
    Polynomial sum = Polynomial.of(polynomial);
    return max == null ? Value.of(sum) : Arithmetic.plus(max, sum, maxColumn);
  }
}
