package org.depthcert.verifier.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.depthcert.verifier.Poly;
import org.junit.jupiter.api.Test;

/** The verifier's own formula reader: the spellings papers use, each read to the exact value. */
class FormulaTest {
  private static final Formula F = new Formula(Set.of("m", "n", "d", "mn", "d_g", "heads"));

  private static Poly p(String ascii) {
    // Plain ASCII: its reading is itself pinned down by the explicit constructions below and by
    // the read-back of two thousand random polynomials.
    return F.polynomial(ascii);
  }

  @Test
  void latexAndUnicodeSpellingsOfOneDepth() {
    // 6*m*d_std + 5*m*d_sum + m*d_exp + (m+1)*d_g, as Theorem 4.7 writes it in three ways.
    Set<Poly> expected = Set.of(Poly.variable("m").times(Poly.variable("d_std"))
        .scale(org.apache.commons.numbers.fraction.BigFraction.of(6))
        .plus(Poly.variable("m").times(Poly.variable("d_sum"))
            .scale(org.apache.commons.numbers.fraction.BigFraction.of(5)))
        .plus(Poly.variable("m").times(Poly.variable("d_exp")))
        .plus(Poly.variable("m").times(Poly.variable("d_g")))
        .plus(Poly.variable("d_g")));
    for (String text : List.of(
        "(m+1)d_g + 6md_{std} + 5md_{\\oplus} + md_{exp}",
        "(m+1)d_g + 6md_{\\rm std} + 5md_{\\oplus} + md_{\\rm exp}",
        "(m + 1) \\cdot d_{g} + 6 m d_{\\mathrm{std}} + 5 m d_⊕ + m d_{\\exp}",
        "6*m*d_std + 5*m*d_sum + m*d_exp + m*d_g + d_g",
        "$\\left(m+1\\right) d_g + 6m\\,d_{\\operatorname{std}} + 5md_{sum} + m·d_exp$")) {
      assertThat(F.depth(text)).as(text).isEqualTo(expected);
    }
  }

  @Test
  void aDeclaredRunIsOneSymbolAndOtherRunsAreProducts() {
    // mn is declared, so "mn" is that parameter, not m*n; "nd" is n*d (no parameter nd).
    assertThat(p("mn")).isEqualTo(Poly.variable("mn"));
    assertThat(p("nd")).isEqualTo(Poly.variable("n").times(Poly.variable("d")));
    assertThat(p("\\mathrm{heads}")).isEqualTo(Poly.variable("heads"));
    // A power binds to the last symbol of a run, as in TeX: md^2 = m*d^2.
    assertThat(p("md^2")).isEqualTo(Poly.variable("m").times(Poly.variable("d"))
        .times(Poly.variable("d")));
  }

  @Test
  void fractionsMaxesAndAssumptions() {
    // \frac{1}{2}d = d/2 = 1/2*d.
    assertThat(p("\\frac{1}{2}d")).isEqualTo(p("1/2*d")).isEqualTo(p("d/2"));
    // max(a, b) + c = max(a + c, b + c); 2*max(d_std, d_g) = max(2*d_std, 2*d_g).
    assertThat(F.depth("\\max\\{d_{std}, d_g\\} + d_g"))
        .isEqualTo(Set.of(p("d_std + d_g"), p("2*d_g")));
    assertThat(F.depth("2max(d_std, d_g)")).isEqualTo(Set.of(p("2*d_std"), p("2*d_g")));
    // max(d_std, d_std + d_g) is d_std + d_g: the dominated term is dropped.
    assertThat(F.depth("max(d_std, d_std + d_g)")).isEqualTo(Set.of(p("d_std + d_g")));
    Assumption a = F.assumption("n \\geq d");
    assertThat(a.lhs()).isEqualTo(p("d"));
    assertThat(a.rhs()).isEqualTo(p("n"));
    assertThat(F.assumption("2d ≤ n^2").rhs()).isEqualTo(p("n*n"));
  }

  @Test
  void whatIsNotAFormulaIsRefused() {
    for (String bad : List.of("1.5*d", "d_{foo}", "x", "1/2n", "d <", "max(d, n", "n^33",
        "-max(d_std, d_g)", "d_std*d_g", "n - d_std", "d / n", "")) {
      assertThatThrownBy(() -> F.depth(bad)).as(bad).isInstanceOf(FormulaError.class);
    }
    assertThatThrownBy(() -> F.assumption("d < n")).isInstanceOf(FormulaError.class);
    assertThatThrownBy(() -> F.polynomial("max(d, n)")).isInstanceOf(FormulaError.class);
  }

  @Test
  void renderingsOfRandomPolynomialsReadBackExactly() {
    // Poly.toString is the certificate's ASCII; every random polynomial must read back as itself.
    java.util.Random random = new java.util.Random(9);
    List<String> names = List.of("m", "n", "d", "mn", "heads", "d_g", "d_std");
    for (int k = 0; k < 2000; k++) {
      Poly poly = Poly.ZERO;
      for (int t = random.nextInt(4); t >= 0; t--) {
        Poly term = Poly.constant(org.apache.commons.numbers.fraction.BigFraction.of(
            random.nextInt(7) - 3, 1 + random.nextInt(4)));
        for (int f = random.nextInt(3); f > 0; f--) {
          term = term.times(Poly.variable(names.get(random.nextInt(names.size()))));
        }
        poly = poly.plus(term);
      }
      assertThat(F.polynomial(poly.toString())).as(poly.toString()).isEqualTo(poly);
    }
  }
}
