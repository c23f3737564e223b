package org.depthcert.algebra;

import java.math.BigInteger;
import org.apache.commons.numbers.fraction.BigFraction;

/** Exact rational formatting and parsing: {@code a/b} in lowest terms, never a decimal. */
public final class Rationals {
  private Rationals() {}

  public static String ascii(BigFraction f) {
    BigInteger den = f.getDenominator();
    BigInteger num = f.getNumerator();
    if (den.signum() < 0) {
      den = den.negate();
      num = num.negate();
    }
    return den.equals(BigInteger.ONE) ? num.toString() : num + "/" + den;
  }

  public static String latex(BigFraction f) {
    BigInteger den = f.getDenominator().abs();
    if (den.equals(BigInteger.ONE)) {
      return ascii(f);
    }
    String sign = f.signum() < 0 ? "-" : "";
    return sign + "\\frac{" + f.getNumerator().abs() + "}{" + den + "}";
  }

  /** Parses {@code a} or {@code a/b} with integer {@code a, b}; throws NumberFormatException. */
  public static BigFraction parse(String text) {
    int slash = text.indexOf('/');
    if (slash < 0) {
      return BigFraction.of(new BigInteger(text.trim()));
    }
    BigInteger den = new BigInteger(text.substring(slash + 1).trim());
    if (den.signum() == 0) {
      throw new NumberFormatException("zero denominator in " + text);
    }
    return BigFraction.of(new BigInteger(text.substring(0, slash).trim()), den);
  }
}
