package org.depthcert.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Math in sentences: class names and exponents become math, {@code $...$} in a description
 * becomes math through SafeMath's subset, and anything outside the subset stays escaped text.
 */
class ProseMathTest {
  @Test
  void classNamesAndExponentsAreMath() {
    assertThat(ProseMath.latex("Unless TC^0 = NC^1, the model cannot solve it"))
        .isEqualTo("Unless $\\mathsf{TC}^{0}$ = $\\mathsf{NC}^{1}$, the model cannot solve it");
    assertThat(ProseMath.html("in TC^0.")).isEqualTo("in <math><mrow><msup>"
        + "<mi mathvariant=\"normal\" class=\"sf\">TC</mi><mn>0</mn></msup></mrow></math>.");
    assertThat(ProseMath.latex("the (A_{F,r})^* closure problem"))
        .isEqualTo("the $(A_{F,r})^{*}$ closure problem");
    assertThat(ProseMath.latex("becomes 'n^2 <= n'")).isEqualTo("becomes '$n^{2}$ \\textless{}= n'");
    // an ASCII monomial with an exponent: juxtaposed, its fraction a \frac
    assertThat(ProseMath.latex("size 5/2*d*n^2 + d*m*n"))
        .isEqualTo("size $\\frac{5}{2}dn^{2}$ + d{*}m{*}n");
  }

  @Test
  void dollarMathIsTypesetInBothOutputs() {
    String text = "with $A_{j_1,(j_2,j_3)} = \\exp(Q K^\\top / d)$ and $K = K_1 \\otimes K_2$.";
    assertThat(ProseMath.latex(text)).startsWith("with $A_{j_{1},(j_{2},j_{3})}")
        .contains("\\exp ").contains("K^{\\top }").endsWith("\\otimes K_{2}$.");
    assertThat(ProseMath.html(text)).contains("<msub><mi>A</mi><mrow><msub><mi>j</mi><mn>1</mn>")
        .contains("<mo>\u2297</mo>").doesNotContain("$");
  }

  @Test
  void mathOutsideTheSubsetIsPrintedLiterally() {
    // control sequences that are not in the subset, comments, ^^ codes, unbalanced groups
    assertThat(ProseMath.latex("$\\input{/etc/passwd}$"))
        .isEqualTo("\\ensuremath{\\$}\\textbackslash{}input\\{/etc/passwd\\}\\ensuremath{\\$}");
    assertThat(ProseMath.latex("$x^{\\write18{touch pwned}}$")).doesNotContain("\\write18")
        .contains("\\textbackslash{}write18");
    assertThat(ProseMath.latex("$a_1 %$")).isEqualTo("\\ensuremath{\\$}a\\_1 \\%\\ensuremath{\\$}");
    assertThat(ProseMath.latex("$^^5c$")).doesNotContain("$^").contains("\\textasciicircum{}");
    assertThat(ProseMath.latex("$\\mathrm{a}}{\\def$")).contains("\\textbackslash{}def");
    assertThat(ProseMath.latex("$\\catcode`\\^=7$")).contains("\\textbackslash{}catcode");
    assertThat(SafeMath.parse("{".repeat(20) + "x" + "}".repeat(20))).isEmpty();
    assertThat(SafeMath.parse("\u03B4")).isEmpty();
    assertThat(SafeMath.parse("x".repeat(SafeMath.MAX_LENGTH + 1))).isEmpty();
  }

  @Test
  void htmlMathIsRebuiltAndEscaped() {
    // inside the subset (letters and operators), but every character is escaped in MathML
    String html = ProseMath.html("$</math><script>alert(4)</script>$");
    assertThat(html).doesNotContain("<script").doesNotContain("</math><")
        .contains("<mo>&lt;</mo><mo>/</mo><mi>m</mi>");
    assertThat(ProseMath.html("<img src=x> TC^0")).startsWith("&lt;img src=x&gt; <math>");
  }

  @Test
  void oldStyleFontSwitchesAndStatedBoundsAsPapersPrintThem() {
    assertThat(SafeMath.parse("(m+1)d_g + 11md_{\\rm std} + 8md_\\oplus").orElseThrow().latex())
        .isEqualTo("(m+1)d_{g}+11md_{\\mathrm{std}}+8md_{\\oplus }");
    assertThat(SafeMath.parse("\\rm std")).isEmpty();
  }
}
