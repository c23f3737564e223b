package org.depthcert.expr;

import static org.junit.jupiter.api.Assertions.assertThrows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import java.util.Set;
import org.apache.commons.numbers.fraction.BigFraction;
import org.depthcert.algebra.Assumption;
import org.depthcert.algebra.DepthTerm;
import org.depthcert.algebra.Polynomial;
import org.junit.jupiter.api.Test;

class FormulaParserTest {
  private final FormulaParser parser = new FormulaParser(Set.of("m", "n", "d", "p", "d_g"));

  // Expected values are built with the Polynomial API, never by parsing another string.
  private static final Polynomial STD = Polynomial.variable("d_std");
  private static final Polynomial SUM = Polynomial.variable("d_sum");
  private static final Polynomial PROD = Polynomial.variable("d_prod");
  private static final Polynomial EXP = Polynomial.variable("d_exp");
  private static final Polynomial TRIG = Polynomial.variable("d_trig");
  private static final Polynomial SQRT = Polynomial.variable("d_sqrt");
  private static final Polynomial G = Polynomial.variable("d_g");
  private static final Polynomial M = Polynomial.variable("m");
  private static final Polynomial N = Polynomial.variable("n");
  private static final Polynomial D = Polynomial.variable("d");
  private static final Polynomial P = Polynomial.variable("p");
  private static final Polynomial ONE = Polynomial.constant(1);

  /** {@code k * x}. */
  private static Polynomial k(long k, Polynomial x) {
    return x.scale(BigFraction.of(k));
  }

  private static Polynomial sum(Polynomial... terms) {
    Polynomial s = Polynomial.ZERO;
    for (Polynomial t : terms) {
      s = s.plus(t);
    }
    return s;
  }

  private void assertTerm(String formula, Polynomial expected) {
    assertThat(parser.parseTerm(formula)).as(formula).isEqualTo(DepthTerm.of(expected));
    assertThat(parser.parsePolynomial(formula)).as(formula).isEqualTo(expected);
  }

  private void assertError(String formula, int column, String messagePart) {
    assertThatThrownBy(() -> parser.parseTerm(formula))
        .as(formula)
        .isInstanceOf(FormulaException.class)
        .hasMessageContaining(messagePart)
        .hasMessageEndingWith("at column " + column)
        .satisfies(e -> assertThat(((FormulaException) e).column()).isEqualTo(column));
  }

  // ---- seed paper, arXiv 2412.18040, sections 4 and 5 ----

  @Test
  void lemma45Statement() {
    // Lemma 4.5 statement: 5 d_std + 5 d_sum + d_exp
    assertTerm("5d_{\\mathrm{std}} + 5d_{\\oplus} + d_{\\mathrm{exp}}",
        sum(k(5, STD), k(5, SUM), EXP));
  }

  @Test
  void lemma45ProofTotal() {
    // Lemma 4.5 proof total: 6 d_std + 5 d_sum + d_exp
    assertTerm("6d_{\\rm std} + 5d_{\\oplus} + d_{\\rm exp}", sum(k(6, STD), k(5, SUM), EXP));
  }

  @Test
  void lemma41AndSingleConstants() {
    // Lemma 4.1: d_std + d_sum
    assertTerm("d_{\\mathrm{std}} + d_{\\oplus}", sum(STD, SUM));
    // the spellings of single constants used across sections 4 and 5
    assertTerm("d_{\\text{std}}", STD);
    assertTerm("6d_{\\text{std}}", k(6, STD));
    assertTerm("d_{\\rm std}", STD);
    assertTerm("d_\\oplus", SUM);
    assertTerm("d_{\\triangle}", TRIG);
    assertTerm("d_\u25b3", TRIG); // d_△
    assertTerm("d_\u2295", SUM); // d_⊕
    assertTerm("d_{\\exp}", EXP);
  }

  @Test
  void lemma45ProofSteps() {
    // Lemma 4.5 proof step: 2 d_std + d_sum
    assertTerm("2d_{\\text{std}} + d_{\\oplus}", sum(k(2, STD), SUM));
    // Lemma 4.5 proof step: 2(d_std + d_sum) = 2 d_std + 2 d_sum
    assertTerm("2(d_{std} + d_{\\oplus})", sum(k(2, STD), k(2, SUM)));
  }

  @Test
  void lemma46() {
    // Lemma 4.6: (m+1) d_g + 6m d_std + 5m d_sum + m d_exp
    //          = m d_g + d_g + 6 m d_std + 5 m d_sum + m d_exp
    assertTerm("(m+1)d_g + 6md_{std} + 5md_{\\oplus} + md_{exp}",
        sum(M.times(G), G, k(6, M.times(STD)), k(5, M.times(SUM)), M.times(EXP)));
  }

  @Test
  void section5Lemmas() {
    // Lemma 5.2: 7 d_std + 4 d_sum + d_trig + d_exp
    assertTerm("7d_{\\mathrm{std}} + 4d_{\\oplus} + d_{\\triangle} + d_{\\exp}",
        sum(k(7, STD), k(4, SUM), TRIG, EXP));
    // Lemma 5.2 proof step: 3 d_std + 2 d_sum
    assertTerm("3d_{std} + 2d_{\\oplus}", sum(k(3, STD), k(2, SUM)));
    // Lemma 5.3: 11 d_std + 8 d_sum + d_trig + d_exp
    assertTerm("11d_{\\mathrm{std}} + 8d_{\\oplus} + d_{\\triangle} + d_{\\exp}",
        sum(k(11, STD), k(8, SUM), TRIG, EXP));
    // Lemma 5.6 proof, citing 5.3: 8 d_std + 6 d_sum + d_trig + d_exp + 1 (note the constant 1)
    assertTerm("8d_{\\rm std} + 6d_{\\oplus} + d_{\\triangle} + d_{\\rm exp} + 1",
        sum(k(8, STD), k(6, SUM), TRIG, EXP, ONE));
    // Lemma 5.4: 2 d_std + d_sum
    assertTerm("2d_{std} + d_{\\oplus}", sum(k(2, STD), SUM));
    // Lemma 5.5: 5 d_std + 2 d_sum + d_sqrt
    assertTerm("5d_{\\operatorname{std}} + 2d_{\\oplus} + d_{\\operatorname{sqrt}}",
        sum(k(5, STD), k(2, SUM), SQRT));
    // Lemma 5.5 proof: 6 d_std + 2 d_sum + d_sqrt, and the steps 3 d_std + d_sum, 2 d_std + d_sqrt
    assertTerm("6d_{\\text{std}} + 2d_{\\oplus} + d_{\\text{sqrt}}",
        sum(k(6, STD), k(2, SUM), SQRT));
    assertTerm("3d_{\\text{std}} + d_{\\oplus}", sum(k(3, STD), SUM));
    assertTerm("2d_{\\text{std}} + d_{\\text{sqrt}}", sum(k(2, STD), SQRT));
  }

  @Test
  void lemma56AndTheorem57() {
    // Lemma 5.6 / Theorem 5.7: (m+1) d_g + 11m d_std + 8m d_sum + m(d_trig + d_exp)
    //   = m d_g + d_g + 11 m d_std + 8 m d_sum + m d_trig + m d_exp
    assertTerm("(m+1)d_g + 11md_{\\rm std} + 8md_{\\oplus} + m(d_{\\triangle} + d_{\\exp})",
        sum(M.times(G), G, k(11, M.times(STD)), k(8, M.times(SUM)), M.times(TRIG),
            M.times(EXP)));
  }

  // ---- ASCII forms (DESIGN.md section 9) ----

  @Test
  void asciiForms() {
    assertTerm("6*d_std + 4*d_sum + d_exp", sum(k(6, STD), k(4, SUM), EXP));
    // 1/2 * n + d
    assertTerm("1/2*n + d", N.scale(BigFraction.of(1, 2)).plus(D));
    assertTerm("n^2", N.times(N));
    assertTerm("d^{2}", D.times(D));
  }

  @Test
  void asciiMax() {
    // max(2 d_std, d_sum + 1): neither dominates the other, both are kept
    assertThat(parser.parseTerm("max(2*d_std, d_sum + 1)"))
        .isEqualTo(DepthTerm.max(List.of(k(2, STD), SUM.plus(ONE))));
  }

  @Test
  void latexMaxAndSumsOfMax() {
    DepthTerm inner = DepthTerm.max(List.of(k(2, STD), SUM));
    assertThat(parser.parseTerm("\\max\\{2d_{\\mathrm{std}}, d_{\\oplus}\\}")).isEqualTo(inner);
    assertThat(parser.parseTerm("\\max\\left\\{2d_{std}, d_\\oplus\\right\\}")).isEqualTo(inner);
    assertThat(parser.parseTerm("\\max(2d_{std},d_{\\oplus})")).isEqualTo(inner);
    // max(2 d_std, d_sum) + d_exp = max(2 d_std + d_exp, d_sum + d_exp)
    assertThat(parser.parseTerm("max(2*d_std, d_sum) + d_exp"))
        .isEqualTo(inner.plus(DepthTerm.of(EXP)));
    // m * max(...) and max(...) * m scale every alternative by m
    assertThat(parser.parseTerm("m\\max\\{2d_{std}, d_{\\oplus}\\}")).isEqualTo(inner.times(M));
    assertThat(parser.parseTerm("max(2*d_std, d_sum)*m")).isEqualTo(inner.times(M));
    // the order of summands does not matter: + 2 d_exp - d_exp is + d_exp
    assertThat(parser.parseTerm("max(2*d_std, d_sum) + 2d_exp - d_exp"))
        .isEqualTo(inner.plus(DepthTerm.of(EXP)));
  }

  @Test
  void productsAndFractions() {
    // 11 m d_std, by juxtaposition of a number, a parameter and a constant
    assertTerm("11md_{\\rm std}", k(11, M.times(STD)));
    // m n d_sum: run "mn" then "d_" starts the constant
    assertTerm("mnd_\\oplus", M.times(N).times(SUM));
    // md = m * d (both declared one-letter parameters)
    assertTerm("md", M.times(D));
    // in a run the power binds to the last symbol: m d^2
    assertTerm("md^2", M.times(D).times(D));
    assertTerm("3 \\cdot m \\times n", k(3, M.times(N)));
    assertTerm("3 \u00b7 m \u00d7 n", k(3, M.times(N)));
    assertTerm("\\frac{3}{2}p", P.scale(BigFraction.of(3, 2)));
    assertTerm("\\frac{m+1}{2}", M.plus(ONE).scale(BigFraction.of(1, 2)));
    assertTerm("$\\left(m + 1\\right) \\, d_{g}$", M.times(G).plus(G));
    assertTerm("{m+1}~d_{\\mathrm{g}}", M.times(G).plus(G));
    assertTerm("(1/2)n", N.scale(BigFraction.of(1, 2)));
    assertTerm("2^3", Polynomial.constant(8));
    assertTerm("n^{0}", ONE);
  }

  @Test
  void polynomialsMayBeNegative() {
    assertThat(parser.parsePolynomial("-d_std + 2")).isEqualTo(STD.negate().plus(
        Polynomial.constant(2)));
    assertThat(parser.parsePolynomial("n - d")).isEqualTo(N.minus(D));
  }

  // ---- assumptions ----

  @Test
  void assumptions() {
    Assumption a = parser.parseAssumption("d <= n");
    assertThat(a.lhs()).isEqualTo(D);
    assertThat(a.rhs()).isEqualTo(N);
    assertThat(a.text()).isEqualTo("d <= n");
    Assumption b = parser.parseAssumption("d_std \u2264 d_sum"); // d_std ≤ d_sum
    assertThat(b.lhs()).isEqualTo(STD);
    assertThat(b.rhs()).isEqualTo(SUM);
    Assumption c = parser.parseAssumption("n >= d"); // swapped into d <= n
    assertThat(c.lhs()).isEqualTo(D);
    assertThat(c.rhs()).isEqualTo(N);
    for (String le : List.of("d \\le n", "d \\leq n", "n \\geq d", "n \u2265 d", "$d\\le n$")) {
      Assumption x = parser.parseAssumption(le);
      assertThat(List.of(x.lhs(), x.rhs())).as(le).containsExactly(D, N);
    }
  }

  @Test
  void strictAndMalformedAssumptionsAreRejected() {
    assertThatThrownBy(() -> parser.parseAssumption("d_std < d_sum"))
        .isInstanceOf(FormulaException.class)
        .hasMessageContaining("strict")
        .hasMessageContaining("at column 7");
    assertThatThrownBy(() -> parser.parseAssumption("d = n"))
        .isInstanceOf(FormulaException.class).hasMessageContaining("equality");
    assertThatThrownBy(() -> parser.parseAssumption("d <= n <= p"))
        .isInstanceOf(FormulaException.class).hasMessageContaining("chained");
    assertThatThrownBy(() -> parser.parseAssumption("d + n"))
        .isInstanceOf(FormulaException.class).hasMessageContaining("expected '<=' or '>='");
  }

  // ---- errors ----

  @Test
  void unknownDepthConstantIsReportedAtItsD() {
    assertError("d_{foo}", 1, "unknown depth constant 'd_foo'");
    assertError("2 + 3md_{foo}", 7, "unknown depth constant 'd_foo'");
  }

  @Test
  void unknownSymbol() {
    assertError("q + 1", 1, "unknown symbol 'q'");
    assertError("m + xyz", 5, "unknown symbol 'xyz'");
    assertError("S_{std}", 1, "unknown symbol 'S_{std}'");
  }

  @Test
  void missingParenthesisIsReportedAtTheEnd() {
    assertError("(d_std", 7, "expected ')'");
  }

  @Test
  void danglingOperatorIsReportedAtTheEnd() {
    assertError("d_std + ", 9, "expected a number, a symbol or '(' but found end of formula");
  }

  @Test
  void nonConstantExponent() {
    assertError("2^n", 3, "exponent must be a non-negative integer");
    assertError("n^{-1}", 3, "exponent must be a non-negative integer");
  }

  @Test
  void divisionByNonConstant() {
    assertError("1/(d_std)", 3, "division by a non-constant");
    assertError("\\frac{1}{n}", 10, "division by a non-constant");
    assertError("1/0", 3, "division by zero");
  }

  @Test
  void negativeCoefficientIsNotADepthTerm() {
    assertError("-d_std", 1, "negative coefficient");
  }

  @Test
  void nonLinearInDepthConstantsIsNotADepthTerm() {
    assertError("d_std d_sum", 1, "linear in the depth constants");
  }

  @Test
  void maxIsNotAPolynomial() {
    assertThatThrownBy(() -> parser.parsePolynomial("n + max(d, p)"))
        .isInstanceOf(FormulaException.class)
        .hasMessage("max is not allowed here: a polynomial was expected at column 5");
  }

  @Test
  void emptyTrailingAndAmbiguousInput() {
    assertError("", 1, "empty formula");
    assertError(" $ $ ", 1, "empty formula");
    assertError("d_std )", 7, "unexpected ')'");
    assertError("d_std 2", 7, "unexpected '2'");
    assertError("1/2n", 4, "ambiguous");
    assertError("0.5n", 1, "decimal");
    assertError("n^2^3", 4, "double exponent");
    assertError("max(d_std, 1) - 2", 1, "negative coefficient");
  }

  @Test
  void deepNestingFailsCleanly() {
    String deep = "(".repeat(100_000);
    // A recursive parser without a bound would overflow the stack here; a quadratic one would
    // take far longer than a second.
    // A recursive parser without a bound would overflow the stack here (a StackOverflowError,
    // not the FormulaException asserted). Speed is measured by benchmarks, not asserted here.
    FormulaException e = assertThrows(FormulaException.class, () -> parser.parseTerm(deep));
    assertThat(e).hasMessage("nesting deeper than 200 at column 201");
    assertThat(e.column()).isEqualTo(201);
    // exactly 200 levels are fine
    assertThat(parser.parsePolynomial("(".repeat(200) + "n" + ")".repeat(200))).isEqualTo(N);
  }

  @Test
  void overlongInputIsRejected() {
    String longText = "1+".repeat(50_000) + "1";
    assertError(longText, 100_001, "formula longer than 100000 characters");
  }

  // ---- round trip through Polynomial.ascii() and Polynomial.latex() ----

  @Test
  void latexSpellingsOfEveryVariableParse() {
    // What Polynomial.latex() prints for each kind of variable (algebra.Symbols.latex).
    assertThat(EXP.latex()).isEqualTo("d_{\\exp}");
    assertThat(TRIG.latex()).isEqualTo("d_{\\triangle}");
    assertThat(PROD.latex()).isEqualTo("d_{\\otimes}");
    assertThat(SQRT.latex()).isEqualTo("d_{\\mathrm{sqrt}}");
    assertThat(M.latex()).isEqualTo("m");
    for (Polynomial v : List.of(STD, SUM, PROD, EXP, TRIG, SQRT, G, M, N, D, P)) {
      assertThat(parser.parsePolynomial(v.latex())).as(v.latex()).isEqualTo(v);
      assertThat(parser.parsePolynomial(v.ascii())).as(v.ascii()).isEqualTo(v);
    }
  }

  @Test
  void roundTripFixedPolynomials() {
    List<Polynomial> samples = List.of(
        // 6 m d_std + d_sum + 1/2 n, the example of Polynomial.latex()'s documentation
        sum(k(6, M.times(STD)), SUM, N.scale(BigFraction.of(1, 2))),
        sum(PROD, EXP, TRIG, SQRT, G, M),
        sum(M.times(M).times(G), Polynomial.constant(BigFraction.of(-3, 4)), N.times(P).times(D)),
        sum(D.times(STD), k(-2, N.times(N).times(N)), Polynomial.constant(7)),
        Polynomial.ZERO);
    for (Polynomial p : samples) {
      assertThat(parser.parsePolynomial(p.ascii())).as(p.ascii()).isEqualTo(p);
      assertThat(parser.parsePolynomial(p.latex())).as(p.latex()).isEqualTo(p);
    }
  }

  @Test
  void roundTripSeededRandomPolynomials() {
    List<Polynomial> vars = List.of(STD, SUM, PROD, EXP, TRIG, SQRT, G, M, N, D, P);
    Random random = new Random(20241218L);
    for (int i = 0; i < 300; i++) {
      Polynomial p = Polynomial.ZERO;
      int termCount = random.nextInt(5);
      for (int t = 0; t < termCount; t++) {
        Polynomial term = Polynomial.constant(
            BigFraction.of(random.nextInt(41) - 20, 1 + random.nextInt(6)));
        int factors = random.nextInt(4);
        for (int f = 0; f < factors; f++) {
          term = term.times(vars.get(random.nextInt(vars.size())));
        }
        p = p.plus(term);
      }
      assertThat(parser.parsePolynomial(p.ascii())).as(p.ascii()).isEqualTo(p);
      assertThat(parser.parsePolynomial(p.latex())).as(p.latex()).isEqualTo(p);
    }
  }

  @Test
  void aMaxToAHighPowerKeepsEveryIncomparableAlternative() {
    // max(2, d)^30 = max over k of 2^k d^(30-k), k = 0..30: for k < j the ratio of the k-th to
    // the j-th term is (d/2)^(j-k), below 1 at d = 1 and above 1 at d = 3, so no term dominates
    // another and all 31 stay. Fuzzing found this 12-character formula took seconds; the seed
    // corpus keeps the two slow inputs it wrote.
    DepthTerm t = parser.parseTerm("max(2, d)^30");
    assertThat(t.terms()).hasSize(31);
    assertThat(t.terms()).contains(D.times(D).scale(BigFraction.of(1 << 28)),
        Polynomial.constant(BigFraction.of(1 << 30)));
  }
}
