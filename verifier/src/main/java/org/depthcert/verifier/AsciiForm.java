package org.depthcert.verifier;

import java.math.BigInteger;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * Reads the ASCII text of a polynomial ({@code 3/2*d*n^2 + d_std - 2*d_sum}), the form in which
 * a certificate writes every polynomial. Order of summands and factors is not significant here,
 * only the value ({@link TextForm} insists on the canonical order). Returns empty for text
 * outside this small grammar.
 */
public final class AsciiForm {
  private static final Pattern VARIABLE = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
  private static final Pattern POWER = Pattern.compile("[A-Za-z][A-Za-z0-9_]*\\^[1-9][0-9]{0,5}");
  private static final Pattern NUMBER = Pattern.compile("[0-9]{1,1000}(/[1-9][0-9]{0,1000})?");

  private AsciiForm() {}

  public static Optional<Poly> polynomial(String text) {
    if (text.equals("0")) {
      return Optional.of(Poly.ZERO);
    }
    String s = text.startsWith("-") ? " - " + text.substring(1) : " + " + text;
    TreeMap<Mono, BigFraction> sum = new TreeMap<>();
    int i = 0;
    while (i < s.length()) {
      boolean negative;
      if (s.startsWith(" + ", i)) {
        negative = false;
      } else if (s.startsWith(" - ", i)) {
        negative = true;
      } else {
        return Optional.empty();
      }
      int next = nextSign(s, i + 3);
      if (!summand(s.substring(i + 3, next), negative, sum)) {
        return Optional.empty();
      }
      i = next;
    }
    return Optional.of(new Poly(sum));
  }

  /** The next " + " or " - " from {@code from}, in one pass (linear in a long polynomial). */
  private static int nextSign(String s, int from) {
    for (int i = from; i + 2 < s.length(); i++) {
      char c = s.charAt(i + 1);
      if (s.charAt(i) == ' ' && (c == '+' || c == '-') && s.charAt(i + 2) == ' ') {
        return i;
      }
    }
    return s.length();
  }

  private static boolean summand(String text, boolean negative, TreeMap<Mono, BigFraction> sum) {
    String[] factors = text.split("\\*", -1);
    BigFraction coefficient = BigFraction.ONE;
    TreeMap<String, Integer> exponents = new TreeMap<>();
    for (int k = 0; k < factors.length; k++) {
      String f = factors[k];
      if (k == 0 && NUMBER.matcher(f).matches()) {
        int slash = f.indexOf('/');
        coefficient = slash < 0 ? BigFraction.of(new BigInteger(f))
            : BigFraction.of(new BigInteger(f.substring(0, slash)),
                new BigInteger(f.substring(slash + 1)));
      } else if (VARIABLE.matcher(f).matches()) {
        exponents.merge(f, 1, Integer::sum);
      } else if (POWER.matcher(f).matches()) {
        int hat = f.indexOf('^');
        exponents.merge(f.substring(0, hat), Integer.parseInt(f.substring(hat + 1)),
            Integer::sum);
      } else {
        return false;
      }
    }
    sum.merge(new Mono(exponents), negative ? coefficient.negate() : coefficient,
        BigFraction::add);
    return true;
  }
}
