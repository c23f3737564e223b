package org.depthcert.audit;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.depthcert.algebra.Polynomial;

/**
 * The index set a hypothesis is quantified over, as a paper writes it: {@code i in [m]} is
 * {1, ..., m}; {@code i in {0, ..., m}} or {@code i in [0, m]} is {0, ..., m}. {@code low} is the
 * first index (an integer), {@code high} the last (a parameter name), so the set has
 * {@code high - low + 1} elements.
 */
record IndexSet(String text, int low, String high) {
  private static final Pattern BRACKET = Pattern.compile(
      "\\s*(?:[a-z]\\s*(?:in|∈)\\s*)?\\[\\s*([a-z][a-z0-9_]*)\\s*\\]\\s*");
  private static final Pattern RANGE = Pattern.compile(
      "\\s*(?:[a-z]\\s*(?:in|∈)\\s*)?[\\[{]\\s*(\\d+)\\s*,\\s*(?:\\.\\.\\.\\s*,\\s*)?"
          + "([a-z][a-z0-9_]*)\\s*[\\]}]\\s*");

  static Optional<IndexSet> parse(String text) {
    Matcher b = BRACKET.matcher(text);
    if (b.matches()) {
      return Optional.of(new IndexSet(text, 1, b.group(1)));
    }
    Matcher r = RANGE.matcher(text);
    if (r.matches()) {
      return Optional.of(new IndexSet(text, Integer.parseInt(r.group(1)), r.group(2)));
    }
    return Optional.empty();
  }

  /** The number of indices: high - low + 1. */
  Polynomial size() {
    return Polynomial.variable(high).plus(Polynomial.constant(1 - low));
  }

  /** "g_1, ..., g_m" for block g. */
  String members(String block) {
    return block + "_" + low + ", ..., " + block + "_" + high;
  }
}
