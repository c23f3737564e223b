package org.depthcert.spec;

import org.apache.commons.numbers.fraction.BigFraction;
import org.depthcert.algebra.Polynomial;

/**
 * What a repeat or instance count may be (issue #9 class 6): a number of copies, so a positive
 * integer for every admissible point. Whole non-negative coefficients, not all zero, give that
 * for every variable >= 1; {@code 1/2} or {@code m/2} do not.
 */
public final class Counts {
  private Counts() {}

  public static boolean positiveInteger(Polynomial count) {
    if (count.isZero()) {
      return false;
    }
    for (BigFraction c : count.terms().values()) {
      if (c.signum() < 0 || !c.getDenominator().equals(java.math.BigInteger.ONE)) {
        return false;
      }
    }
    return true;
  }
}
