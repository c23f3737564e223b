package org.depthcert.audit;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A premise a result states, in one of three forms: an asymptotic bound on a parameter
 * ({@code d <= O(n)}, {@code p <= poly(n)}, {@code m <= O(1)}), a linear bound ({@code d <= n}),
 * or a class separation ({@code TC0 != NC1}).
 */
public record Premise(String text, Kind kind, String left, String right) {
  public enum Kind { GROWTH, LINEAR, SEPARATION }

  private static final Pattern SEPARATION =
      Pattern.compile("\\s*([A-Z]+\\d*)\\s*(!=|≠)\\s*([A-Z]+\\d*)\\s*");
  private static final Pattern BOUND =
      Pattern.compile("\\s*([A-Za-z][A-Za-z0-9_]*)\\s*(<=|≤|=)\\s*(.+?)\\s*");

  /** Parses a premise, or returns empty when it has none of the three forms. */
  public static Optional<Premise> parse(String text) {
    Matcher s = SEPARATION.matcher(text);
    if (s.matches()) {
      return Optional.of(new Premise(text, Kind.SEPARATION, s.group(1), s.group(3)));
    }
    Matcher b = BOUND.matcher(text);
    if (b.matches()) {
      String rhs = b.group(3).replace(" ", "");
      boolean growth = rhs.startsWith("O(") || rhs.equals("poly(n)");
      return Optional.of(new Premise(text, growth ? Kind.GROWTH : Kind.LINEAR, b.group(1), rhs));
    }
    return Optional.empty();
  }

  /** True when both state the same thing, up to spacing and {@code =} vs {@code <=}. */
  public boolean sameAs(Premise other) {
    return kind == other.kind && left.equals(other.left) && right.equals(other.right);
  }
}
