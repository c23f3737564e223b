package org.depthcert.check;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A class of the chain NC^i ⊆ AC^i ⊆ TC^i ⊆ NC^{i+1} (Fact 3.15 of the seed paper, Corollary
 * 4.35 of [Vol99]). Because the chain is total, inclusion implied by Fact 3.15 is comparison of
 * positions.
 */
public record ComplexityClass(String family, int level) {
  private static final Pattern NAME = Pattern.compile("(NC|AC|TC)(\\d+)");

  public static Optional<ComplexityClass> parse(String text) {
    Matcher m = NAME.matcher(text.replace("^", "").replace("{", "").replace("}", "").trim());
    return m.matches() ? Optional.of(new ComplexityClass(m.group(1), Integer.parseInt(m.group(2))))
        : Optional.empty();
  }

  private int position() {
    int offset = family.equals("NC") ? 0 : family.equals("AC") ? 1 : 2;
    return 3 * level + offset;
  }

  /** True when Fact 3.15 implies {@code this ⊆ other}. */
  public boolean includedIn(ComplexityClass other) {
    return position() <= other.position();
  }

  /** {@code TC0}: the stable name used in machine output. */
  public String id() {
    return family + level;
  }

  /** {@code TC^0}: the ASCII name for people. */
  public String display() {
    return family + "^" + level;
  }
}
