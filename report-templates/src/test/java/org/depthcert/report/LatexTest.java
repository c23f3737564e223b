package org.depthcert.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LatexTest {
  @Test
  void controlSequencesFromUserTextArePrintedNotExecuted() {
    // the backslash becomes \textbackslash{}, the braces \{ \}: TeX sees no \input command
    assertThat(Latex.escape("\\input{/etc/passwd}"))
        .isEqualTo("\\textbackslash{}input\\{/etc/passwd\\}");
    assertThat(Latex.escape("\\write18{touch pwned}"))
        .isEqualTo("\\textbackslash{}write18\\{touch pwned\\}");
  }

  @Test
  void everyTexSpecialCharacterIsEscaped() {
    assertThat(Latex.escape("}")).isEqualTo("\\}");
    assertThat(Latex.escape("%")).isEqualTo("\\%");
    assertThat(Latex.escape("#")).isEqualTo("\\#");
    assertThat(Latex.escape("&")).isEqualTo("\\&");
    assertThat(Latex.escape("_")).isEqualTo("\\_");
    assertThat(Latex.escape("^")).isEqualTo("\\textasciicircum{}");
    assertThat(Latex.escape("~")).isEqualTo("\\textasciitilde{}");
    assertThat(Latex.escape("\\")).isEqualTo("\\textbackslash{}");
    assertThat(Latex.escape("$")).isEqualTo("\\ensuremath{\\$}");
    assertThat(Latex.escape("<|>")).isEqualTo("\\textless{}\\textbar{}\\textgreater{}");
    // ^^5c is TeX's way to write a backslash by its code: the carets must not survive
    assertThat(Latex.escape("^^5c")).isEqualTo("\\textasciicircum{}\\textasciicircum{}5c");
  }

  @Test
  void nonAsciiBecomesSomethingPdflatexCanPrint() {
    assertThat(Latex.escape("K1 ⊗ K2")).isEqualTo("K1 \\ensuremath{\\otimes} K2");
    assertThat(Latex.escape("é")).isEqualTo("\\'{e}");
    assertThat(Latex.escape("✓")).isEqualTo("\\texttt{{[}U+2713{]}}");
    assertThat(Latex.escape("a\u0000b\nc")).isEqualTo("a b c");
  }

  /** What the escaper may emit after a backslash: only commands that print a character. */
  private static final Set<String> ALLOWED = Set.of("textbackslash", "{", "}", "%", "#", "&",
      "_", "textasciicircum", "textasciitilde", "textless", "textgreater", "textbar",
      "ensuremath", "$", "otimes", "oplus", "ominus", "oslash", "odot", "triangle", "leq", "geq",
      "neq", "times", "cdot", "in", "to", "leftarrow", "mapsto", "sum", "prod", "infty", "pm",
      "ldots", "ss", "ae", "AE", "o", "O", "alpha", "beta", "gamma", "delta", "epsilon", "theta",
      "lambda", "mu", "pi", "sigma", "phi", "omega", "Delta", "Sigma", "textsuperscript", "`", "circ",
      "'", "^", "~", "\"", "c", "r", "v", "=", "u", "texttt");

  @Test
  void randomStringsYieldOnlyPrintingCommandsAndBalancedBraces() {
    String alphabet = "\\{}$&#^_~%<>|[]*\"' abcXYZ019\n\t\u0000⊗é✓θ`∘";
    Random random = new Random(20261122L);
    Pattern command = Pattern.compile("\\\\([A-Za-z]+|.)");
    for (int round = 0; round < 2000; round++) {
      StringBuilder s = new StringBuilder();
      int len = random.nextInt(30);
      for (int i = 0; i < len; i++) {
        s.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String out = Latex.escape(s.toString());
      Matcher m = command.matcher(out);
      int depth = 0;
      int last = 0;
      while (m.find()) {
        depth = braces(out.substring(last, m.start()), depth, s);
        assertThat(ALLOWED).as("command in escape of %s", s).contains(m.group(1));
        last = m.end();
      }
      depth = braces(out.substring(last), depth, s);
      assertThat(depth).as("braces balance in escape of %s", s).isZero();
      assertThat(out).doesNotContain("\n").doesNotContain("\u0000");
    }
  }

  /** Counts unescaped braces (escaped ones were consumed as commands); never below zero. */
  private static int braces(String plain, int depth, CharSequence input) {
    for (char c : plain.toCharArray()) {
      depth += c == '{' ? 1 : c == '}' ? -1 : 0;
      assertThat(depth).as("brace order in escape of %s", input).isNotNegative();
    }
    return depth;
  }
}
