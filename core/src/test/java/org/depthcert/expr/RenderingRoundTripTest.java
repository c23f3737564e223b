package org.depthcert.expr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.apache.commons.numbers.fraction.BigFraction;
import org.depthcert.algebra.DepthTerm;
import org.depthcert.algebra.Polynomial;
import org.junit.jupiter.api.Test;

/**
 * Every rendering reads back as the same term (issue #9 class 8): seeded random depth terms over
 * parameters whose names run together ({@code m}, {@code n}, {@code mn}, {@code d}, {@code dm},
 * {@code width}), built-in and declared depth constants, rational coefficients and maxima, each
 * rendered in ASCII and in LaTeX and parsed back with the same symbols.
 */
class RenderingRoundTripTest {
  private static final List<String> PARAMS = List.of("m", "n", "mn", "d", "dm", "width", "k");
  private static final List<String> CONSTS = List.of("d_std", "d_sum", "d_exp", "d_g", "d_ab");
  private static final Set<String> SYMBOLS = Set.of("m", "n", "mn", "d", "dm", "width", "k",
      "d_g", "d_ab");
  private static final List<BigFraction> COEFFS = List.of(BigFraction.ONE, BigFraction.of(2),
      BigFraction.of(1, 2), BigFraction.of(7, 3), BigFraction.of(11));

  @Test
  void asciiAndLatexReadBackToTheSameTerm() {
    Random r = new Random(8);
    FormulaParser parser = new FormulaParser(SYMBOLS);
    for (int i = 0; i < 2000; i++) {
      DepthTerm t = term(r);
      assertThat(parser.parseTerm(t.ascii())).as("ascii " + t.ascii()).isEqualTo(t);
      assertThat(parser.parseTerm(t.latex())).as("latex " + t.latex() + " of " + t.ascii())
          .isEqualTo(t);
    }
  }

  // The reported case: m*n*d_std with a parameter mn declared rendered as mnd_{\mathrm{std}},
  // which reads back as mn*d_std.
  @Test
  void productOfMAndNIsNotMn() {
    DepthTerm t = DepthTerm.of(Polynomial.variable("m").times(Polynomial.variable("n"))
        .times(Polynomial.variable("d_std")));
    assertThat(t.latex()).isEqualTo("m\\,nd_{\\mathrm{std}}");
    assertThat(new FormulaParser(SYMBOLS).parseTerm(t.latex())).isEqualTo(t);
  }

  private static DepthTerm term(Random r) {
    List<Polynomial> alternatives = new ArrayList<>();
    int count = 1 + r.nextInt(2);
    for (int a = 0; a < count; a++) {
      Polynomial p = Polynomial.ZERO;
      int terms = 1 + r.nextInt(3);
      for (int t = 0; t < terms; t++) {
        Polynomial mono = Polynomial.constant(COEFFS.get(r.nextInt(COEFFS.size())));
        int params = r.nextInt(4);
        for (int q = 0; q < params; q++) {
          mono = mono.times(Polynomial.variable(PARAMS.get(r.nextInt(PARAMS.size()))));
        }
        if (r.nextInt(4) != 0) {
          mono = mono.times(Polynomial.variable(CONSTS.get(r.nextInt(CONSTS.size()))));
        }
        p = p.plus(mono);
      }
      alternatives.add(p);
    }
    return DepthTerm.max(alternatives);
  }
}
