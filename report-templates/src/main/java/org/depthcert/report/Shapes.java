package org.depthcert.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Shapes ({@code ["n^2", "1/2*d"]}) as people write them: {@code n² × d/2}. Each dimension is a
 * polynomial in the certificate's ASCII grammar; it is printed with juxtaposed factors, exponents
 * as superscript digits, and a fractional coefficient as a division after the variables
 * ({@code 1/2*d} is {@code d/2}, not the ambiguous {@code 1/2d}).
 */
final class Shapes {
  private static final String SUPERSCRIPTS = "\u2070\u00B9\u00B2\u00B3\u2074\u2075\u2076\u2077"
      + "\u2078\u2079";

  private Shapes() {}

  static String text(JsonNode shape) {
    List<String> dims = new ArrayList<>();
    shape.forEach(d -> dims.add(dimension(d.asText())));
    return String.join(" \u00D7 ", dims);
  }

  /** One dimension, e.g. {@code 3/2*d*n^2 + 1} as {@code 3dn²/2 + 1}. */
  static String dimension(String ascii) {
    StringBuilder sb = new StringBuilder();
    for (String monomial : ascii.split(" \\+ ", -1)) {
      if (sb.length() > 0) {
        sb.append(" + ");
      }
      sb.append(monomial(monomial.strip()));
    }
    return sb.toString();
  }

  private static String monomial(String m) {
    String numerator = "";
    String denominator = "";
    StringBuilder vars = new StringBuilder();
    for (String factor : m.split("\\*")) {
      if (factor.matches("\\d+/\\d+")) {
        numerator = factor.substring(0, factor.indexOf('/'));
        denominator = factor.substring(factor.indexOf('/') + 1);
      } else if (factor.matches("\\d+")) {
        numerator = factor;
      } else {
        int caret = factor.indexOf('^');
        if (caret > 0 && factor.substring(caret + 1).matches("\\d+")) {
          vars.append(factor, 0, caret).append(superscript(factor.substring(caret + 1)));
        } else {
          vars.append(factor);
        }
      }
    }
    if (vars.length() == 0) {
      return numerator + (denominator.isEmpty() ? "" : "/" + denominator);
    }
    String coefficient = numerator.equals("1") ? "" : numerator;
    return coefficient + vars + (denominator.isEmpty() ? "" : "/" + denominator);
  }

  private static String superscript(String digits) {
    StringBuilder sb = new StringBuilder();
    digits.chars().forEach(c -> sb.append(SUPERSCRIPTS.charAt(c - '0')));
    return sb.toString();
  }
}
