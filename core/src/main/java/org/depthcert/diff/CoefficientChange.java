package org.depthcert.diff;

import org.apache.commons.numbers.fraction.BigFraction;
import org.depthcert.algebra.Monomial;
import org.depthcert.algebra.Rationals;

/** One coefficient of a maximal depth term that moved: {@code monomial}: before -> after. */
public record CoefficientChange(Monomial monomial, BigFraction before, BigFraction after) {
  public boolean rose() {
    return after.compareTo(before) > 0;
  }

  /** "coefficient of d_exp in Lemma 5.3: 1 -> 2". */
  public String describe(Subject where) {
    return "coefficient of " + monomial.ascii() + " in " + where.label() + ": "
        + Rationals.ascii(before) + " -> " + Rationals.ascii(after);
  }
}
