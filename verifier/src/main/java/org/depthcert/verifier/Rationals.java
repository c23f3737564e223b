package org.depthcert.verifier;

import java.math.BigInteger;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * The one spelling a certificate may use for an exact rational: {@code a} or {@code a/b} with
 * b > 1 and gcd(a, b) = 1, no sign on b, no leading zeros, no spaces, never a decimal.
 */
final class Rationals {
  private static final Pattern CANONICAL = Pattern.compile("-?(0|[1-9][0-9]*)(/[1-9][0-9]*)?");
  /** Longer numerals are not rationals anyone wrote; refuse them before BigInteger parses them. */
  private static final int MAX_DIGITS = 1000;

  private Rationals() {}

  /** The value of a canonically written rational, or empty when the text is anything else. */
  static Optional<BigFraction> parse(String text) {
    if (text.length() > MAX_DIGITS || !CANONICAL.matcher(text).matches()
        || text.equals("-0") || text.startsWith("-0/")) {
      return Optional.empty();
    }
    int slash = text.indexOf('/');
    if (slash < 0) {
      return Optional.of(BigFraction.of(new BigInteger(text)));
    }
    BigInteger num = new BigInteger(text.substring(0, slash));
    BigInteger den = new BigInteger(text.substring(slash + 1));
    if (den.equals(BigInteger.ONE) || !num.gcd(den).equals(BigInteger.ONE)) {
      return Optional.empty();
    }
    return Optional.of(BigFraction.of(num, den));
  }

  static String text(BigFraction f) {
    BigInteger num = f.getNumerator();
    BigInteger den = f.getDenominator();
    if (den.signum() < 0) {
      num = num.negate();
      den = den.negate();
    }
    return den.equals(BigInteger.ONE) ? num.toString() : num + "/" + den;
  }
}
