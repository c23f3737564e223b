package org.depthcert.algebra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.depthcert.algebra.Fixtures.c;
import static org.depthcert.algebra.Fixtures.k;
import static org.depthcert.algebra.Fixtures.prod;
import static org.depthcert.algebra.Fixtures.q;
import static org.depthcert.algebra.Fixtures.sum;
import static org.depthcert.algebra.Fixtures.v;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;

/** Canonical ASCII and LaTeX forms of rationals, variables, monomials and polynomials. */
class PrintingTest {
  private static final Polynomial M = v("m");

  // The order of monomials: d_std first, then d_sum, d_prod, d_exp, d_trig, d_sqrt, then declared
  // constants (alphabetically), then pure parameter monomials (higher degree first), then the
  // constant. Inside a monomial: parameters (alphabetically) before depth constants.
  @Test
  void polynomialFromTheBriefPrintsInFixedOrder() {
    Polynomial p = sum(k(6, prod(M, v("d_std"))), k(5, prod(M, v("d_sum"))), prod(M, v("d_exp")),
        prod(M, v("d_g")), v("d_g"));
    assertThat(p.ascii()).isEqualTo("6*m*d_std + 5*m*d_sum + m*d_exp + m*d_g + d_g");
    assertThat(p.latex()).isEqualTo(
        "6md_{\\mathrm{std}} + 5md_{\\oplus} + md_{\\exp} + md_{g} + d_{g}");
    assertThat(p.toString()).isEqualTo(p.ascii());
    // the same polynomial built in reverse order prints the same
    Polynomial reversed = sum(v("d_g"), prod(M, v("d_g")), prod(M, v("d_exp")),
        k(5, prod(M, v("d_sum"))), k(6, prod(M, v("d_std"))));
    assertThat(reversed.ascii()).isEqualTo(p.ascii());
    assertThat(reversed).isEqualTo(p);
  }

  @Test
  void everyBuiltInConstantInPaperOrder() {
    List<Polynomial> parts = new ArrayList<>(List.of(c(1), v("n").times(v("n")), M, v("d_g"),
        v("d_a"), v("d_sqrt"), v("d_trig"), v("d_exp"), v("d_prod"), v("d_sum"), v("d_std")));
    String expectedAscii = "d_std + d_sum + d_prod + d_exp + d_trig + d_sqrt + d_a + d_g"
        + " + n^2 + m + 1";
    String expectedLatex = "d_{\\mathrm{std}} + d_{\\oplus} + d_{\\otimes} + d_{\\exp}"
        + " + d_{\\triangle} + d_{\\mathrm{sqrt}} + d_{a} + d_{g} + n^{2} + m + 1";
    Random r = new Random(3);
    for (int i = 0; i < 20; i++) {
      Collections.shuffle(parts, r);
      Polynomial p = sum(parts.toArray(new Polynomial[0]));
      assertThat(p.ascii()).isEqualTo(expectedAscii);
      assertThat(p.latex()).isEqualTo(expectedLatex);
    }
  }

  // Within one leading constant: higher degree first (m^2 d_std, then m n d_std, m d_std, n d_std,
  // d_std); parameter monomials ordered the same way; constant last.
  @Test
  void parameterDegreeOrderWithinAConstant() {
    Polynomial p = sum(v("d_std"), prod(v("n"), v("d_std")), prod(M, v("d_std")),
        prod(M, v("n"), v("d_std")), prod(M, M, v("d_std")), v("n"), M, c(7), prod(M, v("n")),
        prod(v("d_sum"), M, M, M));
    assertThat(p.ascii()).isEqualTo("m^2*d_std + m*n*d_std + m*d_std + n*d_std + d_std"
        + " + m^3*d_sum + m*n + m + n + 7");
    // m then n get a thin space (mn could be a parameter of its own, issue #9 class 8)
    assertThat(p.latex()).isEqualTo("m^{2}d_{\\mathrm{std}} + m\\,nd_{\\mathrm{std}}"
        + " + md_{\\mathrm{std}} + nd_{\\mathrm{std}} + d_{\\mathrm{std}} + m^{3}d_{\\oplus}"
        + " + m\\,n + m + n + 7");
  }

  @Test
  void coefficientsAndSigns() {
    assertThat(Polynomial.ZERO.ascii()).isEqualTo("0");
    assertThat(Polynomial.ZERO.latex()).isEqualTo("0");
    assertThat(Polynomial.ONE.ascii()).isEqualTo("1");
    assertThat(c(-3).ascii()).isEqualTo("-3");
    assertThat(sum(v("n").scale(q(1, 2)), c(-3, 4)).ascii()).isEqualTo("1/2*n - 3/4");
    assertThat(sum(v("n").scale(q(1, 2)), c(-3, 4)).latex()).isEqualTo("\\frac{1}{2}n - \\frac{3}{4}");
    assertThat(sum(v("d_std").negate(), k(2, v("d_sum"))).ascii()).isEqualTo("-d_std + 2*d_sum");
    assertThat(sum(v("d_std").negate(), k(2, v("d_sum"))).latex())
        .isEqualTo("-d_{\\mathrm{std}} + 2d_{\\oplus}");
    assertThat(v("d_std").scale(q(-1, 3)).ascii()).isEqualTo("-1/3*d_std");
    assertThat(v("d_std").scale(q(-1, 3)).latex()).isEqualTo("-\\frac{1}{3}d_{\\mathrm{std}}");
    assertThat(sum(M, v("d_exp").negate()).ascii()).isEqualTo("-d_exp + m");
  }

  @Test
  void monomialForms() {
    Monomial mono = Monomial.of(Map.of("d_sum", 1, "n", 2, "m", 1));
    assertThat(mono.ascii()).isEqualTo("m*n^2*d_sum");
    assertThat(mono.latex()).isEqualTo("m\\,n^{2}d_{\\oplus}");
    assertThat(mono.toString()).isEqualTo("m*n^2*d_sum");
    assertThat(Monomial.ONE.ascii()).isEqualTo("1");
    assertThat(Monomial.ONE.latex()).isEqualTo("1");
    assertThat(Monomial.of(Map.of("width", 3)).latex()).isEqualTo("\\mathrm{width}^{3}");
  }

  @Test
  void variableLatex() {
    assertThat(Symbols.latex("d_std")).isEqualTo("d_{\\mathrm{std}}");
    assertThat(Symbols.latex("d_sum")).isEqualTo("d_{\\oplus}");
    assertThat(Symbols.latex("d_prod")).isEqualTo("d_{\\otimes}");
    assertThat(Symbols.latex("d_exp")).isEqualTo("d_{\\exp}");
    assertThat(Symbols.latex("d_trig")).isEqualTo("d_{\\triangle}");
    assertThat(Symbols.latex("d_sqrt")).isEqualTo("d_{\\mathrm{sqrt}}");
    assertThat(Symbols.latex("d_g")).isEqualTo("d_{g}");
    assertThat(Symbols.latex("d_attn")).isEqualTo("d_{\\mathrm{attn}}");
    assertThat(Symbols.latex("m")).isEqualTo("m");
    assertThat(Symbols.latex("heads")).isEqualTo("\\mathrm{heads}");
  }

  @Test
  void depthConstantsAndVariableOrder() {
    assertThat(Symbols.isDepthConstant("d_std")).isTrue();
    assertThat(Symbols.isDepthConstant("d_g")).isTrue();
    assertThat(Symbols.isDepthConstant("d_")).isFalse();
    assertThat(Symbols.isDepthConstant("d")).isFalse();
    assertThat(Symbols.isDepthConstant("m")).isFalse();
    TreeSet<String> order = new TreeSet<>(Symbols.VARIABLE_ORDER);
    order.addAll(List.of("d_z", "d_sqrt", "d_a", "d_trig", "n", "d_exp", "d_prod", "d", "d_sum",
        "m", "d_std"));
    assertThat(order).containsExactly("d", "m", "n", "d_std", "d_sum", "d_prod", "d_exp", "d_trig",
        "d_sqrt", "d_a", "d_z");
  }

  @Test
  void rationalAscii() {
    assertThat(Rationals.ascii(q(1, 2))).isEqualTo("1/2");
    assertThat(Rationals.ascii(q(-1, 2))).isEqualTo("-1/2");
    assertThat(Rationals.ascii(q(1, -2))).isEqualTo("-1/2");
    assertThat(Rationals.ascii(q(-1, -2))).isEqualTo("1/2");
    assertThat(Rationals.ascii(q(4, 2))).isEqualTo("2");
    assertThat(Rationals.ascii(q(6, 4))).isEqualTo("3/2");
    assertThat(Rationals.ascii(q(0, 5))).isEqualTo("0");
    assertThat(Rationals.ascii(q(-7))).isEqualTo("-7");
    // big values stay exact (gcd(123456789012345678901234567890, 11) = 1; the numerator is a
    // multiple of 7, so /7 reduces to an integer)
    BigInteger big = new BigInteger("123456789012345678901234567890");
    assertThat(Rationals.ascii(BigFraction.of(big, BigInteger.valueOf(11))))
        .isEqualTo("123456789012345678901234567890/11");
    assertThat(Rationals.ascii(BigFraction.of(big, BigInteger.valueOf(7))))
        .isEqualTo("17636684144620811271604938270");
  }

  @Test
  void rationalLatex() {
    assertThat(Rationals.latex(q(1, 2))).isEqualTo("\\frac{1}{2}");
    assertThat(Rationals.latex(q(-3, 4))).isEqualTo("-\\frac{3}{4}");
    assertThat(Rationals.latex(q(3, -4))).isEqualTo("-\\frac{3}{4}");
    assertThat(Rationals.latex(q(-3, -4))).isEqualTo("\\frac{3}{4}");
    assertThat(Rationals.latex(q(5))).isEqualTo("5");
    assertThat(Rationals.latex(q(-10, 2))).isEqualTo("-5");
    assertThat(Rationals.latex(q(5, -1))).isEqualTo("-5");
  }

  @Test
  void rationalParse() {
    assertThat(Rationals.parse("1/2")).isEqualTo(q(1, 2));
    assertThat(Rationals.parse(" 6 / 4 ")).isEqualTo(q(3, 2));
    assertThat(Rationals.parse("-3")).isEqualTo(q(-3));
    assertThat(Rationals.parse("3/-4")).isEqualTo(q(-3, 4));
    assertThat(Rationals.parse("0/9")).isEqualTo(BigFraction.ZERO);
    assertThatThrownBy(() -> Rationals.parse("1/0")).isInstanceOf(NumberFormatException.class);
    assertThatThrownBy(() -> Rationals.parse("1.5")).isInstanceOf(NumberFormatException.class);
    assertThatThrownBy(() -> Rationals.parse("x")).isInstanceOf(NumberFormatException.class);
    assertThatThrownBy(() -> Rationals.parse("")).isInstanceOf(NumberFormatException.class);
    assertThatThrownBy(() -> Rationals.parse("1/2/3")).isInstanceOf(NumberFormatException.class);
  }

  @Test
  void rationalRoundTrip() {
    Random r = new Random(11);
    for (int i = 0; i < 500; i++) {
      long num = r.nextInt(2001) - 1000;
      long den = (r.nextBoolean() ? 1 : -1) * (1 + r.nextInt(1000));
      BigFraction f = q(num, den);
      String s = Rationals.ascii(f);
      assertThat(Rationals.parse(s)).isEqualTo(f);
      assertThat(s).doesNotContain(".").doesNotContain("--");
      if (f.signum() >= 0) {
        assertThat(s).doesNotStartWith("-");
      }
      String latex = Rationals.latex(f);
      assertThat(latex.startsWith("-")).isEqualTo(f.signum() < 0);
      assertThat(latex.contains("\\frac")).isEqualTo(s.contains("/"));
    }
  }
}
