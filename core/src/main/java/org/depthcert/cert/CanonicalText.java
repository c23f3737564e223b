package org.depthcert.cert;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.numbers.fraction.BigFraction;
import org.depthcert.algebra.DepthTerm;
import org.depthcert.algebra.Monomial;
import org.depthcert.algebra.Polynomial;

/**
 * Reads the one text form in which a certificate (certVersion "2") writes every polynomial and
 * depth term: {@link Polynomial#ascii()} and {@link DepthTerm#ascii()}, e.g.
 * {@code d_std + 3/2*d*n^2} and {@code max(2*d_std, d_exp)}. The engine's readers of saved
 * certificates (baselines, diff, the reports) use it; the verifier has its own. Only that exact
 * grammar is accepted, and the result must render back to the same text, so a hand-edited or
 * non-canonical form is refused rather than silently normalised.
 */
public final class CanonicalText {
  private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
  private static final Pattern NUMBER = Pattern.compile("[0-9]+(/0*[1-9][0-9]*)?");
  private static final Pattern EXPONENT = Pattern.compile("[2-9]|[1-9][0-9]{1,8}");

  private CanonicalText() {}

  /** Thrown for text outside the canonical form; the message says what is wrong. */
  public static final class NotCanonical extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    NotCanonical(String message) {
      super(message);
    }
  }

  public static Polynomial polynomial(String text) {
    Polynomial p = read(text);
    if (!p.ascii().equals(text)) {
      throw new NotCanonical("'" + text + "' is not in canonical form (that is '" + p.ascii()
          + "')");
    }
    return p;
  }

  public static DepthTerm term(String text) {
    DepthTerm t;
    try {
      t = DepthTerm.max(terms(text));
    } catch (IllegalArgumentException e) {
      throw new NotCanonical(e.getMessage());
    }
    if (!t.ascii().equals(text)) {
      throw new NotCanonical("'" + text + "' is not a depth term in normal form (that is '"
          + t.ascii() + "')");
    }
    return t;
  }

  /**
   * The terms of a depth term's text in written order, each canonical, several sorted and
   * distinct, without the normal-form check of {@link #term} (which compares every pair): for
   * renderers of a certificate the engine wrote.
   */
  public static List<Polynomial> terms(String text) {
    if (!text.startsWith("max(") || !text.endsWith(")")) {
      return List.of(polynomial(text));
    }
    List<Polynomial> parts = new ArrayList<>();
    String previous = null;
    for (String part : text.substring(4, text.length() - 1).split(", ", -1)) {
      if (previous != null && previous.compareTo(part) >= 0) {
        throw new NotCanonical("'" + text + "': the terms of a max are distinct and sorted");
      }
      parts.add(polynomial(part));
      previous = part;
    }
    if (parts.size() < 2) {
      throw new NotCanonical("'" + text + "': a single term is written without max");
    }
    return parts;
  }

  private static Polynomial read(String text) {
    if (text.equals("0")) {
      return Polynomial.ZERO;
    }
    String s = text.startsWith("-") ? " - " + text.substring(1) : " + " + text;
    Map<Monomial, BigFraction> sum = new LinkedHashMap<>();
    int i = 0;
    while (i < s.length()) {
      boolean negative = s.startsWith(" - ", i);
      if (!negative && !s.startsWith(" + ", i)) {
        throw new NotCanonical("'" + text + "' is not a polynomial");
      }
      int next = next(s, i + 3);
      summand(text, s.substring(i + 3, next), negative, sum);
      i = next;
    }
    return Polynomial.of(sum);
  }

  /** The next " + " or " - " from {@code from}, in one pass (linear in a long polynomial). */
  private static int next(String s, int from) {
    for (int i = from; i + 2 < s.length(); i++) {
      char c = s.charAt(i + 1);
      if (s.charAt(i) == ' ' && (c == '+' || c == '-') && s.charAt(i + 2) == ' ') {
        return i;
      }
    }
    return s.length();
  }

  private static void summand(String text, String summand, boolean negative,
      Map<Monomial, BigFraction> sum) {
    String[] factors = summand.split("\\*", -1);
    BigFraction c = BigFraction.ONE;
    Map<String, Integer> exponents = new LinkedHashMap<>();
    for (int k = 0; k < factors.length; k++) {
      String f = factors[k];
      int hat = f.indexOf('^');
      String name = hat < 0 ? f : f.substring(0, hat);
      if (k == 0 && NUMBER.matcher(f).matches()) {
        int slash = f.indexOf('/');
        c = slash < 0 ? BigFraction.of(new BigInteger(f)) : BigFraction.of(
            new BigInteger(f.substring(0, slash)), new BigInteger(f.substring(slash + 1)));
      } else if (NAME.matcher(name).matches() && !exponents.containsKey(name)
          && (hat < 0 || EXPONENT.matcher(f.substring(hat + 1)).matches())) {
        exponents.put(name, hat < 0 ? 1 : Integer.parseInt(f.substring(hat + 1)));
      } else {
        throw new NotCanonical("'" + text + "' is not a polynomial (at '" + f + "')");
      }
    }
    Monomial m = exponents.isEmpty() ? Monomial.ONE : Monomial.of(exponents);
    if (sum.containsKey(m)) {
      throw new NotCanonical("'" + text + "' writes " + m.ascii() + " twice");
    }
    sum.put(m, negative ? c.negate() : c);
  }
}
