package org.depthcert.algebra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.depthcert.algebra.Fixtures.c;
import static org.depthcert.algebra.Fixtures.point;
import static org.depthcert.algebra.Fixtures.prod;
import static org.depthcert.algebra.Fixtures.q;
import static org.depthcert.algebra.Fixtures.randomPoint;
import static org.depthcert.algebra.Fixtures.randomPolynomial;
import static org.depthcert.algebra.Fixtures.sum;
import static org.depthcert.algebra.Fixtures.v;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;

/** Seeded random properties of {@link Polynomial} and {@link Monomial}, checked by evaluation. */
class PolynomialPropertyTest {
  private static final List<String> VARS = List.of("d_std", "d_sum", "d_g", "m", "n");
  private static final Set<String> VAR_SET = new TreeSet<>(VARS);
  // the pitest profile lowers the count (-Ddepthcert.propertyCases) so mutants run in seconds
  private static final int CASES = Integer.getInteger("depthcert.propertyCases", 400);

  @Test
  void ringOperationsAgreeWithEvaluation() {
    Random r = new Random(1);
    for (int i = 0; i < CASES; i++) {
      Polynomial a = randomPolynomial(r, VARS);
      Polynomial b = randomPolynomial(r, VARS);
      BigFraction s = q(r.nextInt(11) - 5, 1 + r.nextInt(3));
      Map<String, BigInteger> x = randomPoint(r, VAR_SET, 7);
      BigFraction ax = a.evaluate(x);
      BigFraction bx = b.evaluate(x);
      assertThat(a.plus(b).evaluate(x)).isEqualTo(ax.add(bx));
      assertThat(a.minus(b).evaluate(x)).isEqualTo(ax.subtract(bx));
      assertThat(a.times(b).evaluate(x)).isEqualTo(ax.multiply(bx));
      assertThat(a.negate().evaluate(x)).isEqualTo(ax.negate());
      assertThat(a.scale(s).evaluate(x)).isEqualTo(ax.multiply(s));
    }
  }

  /**
   * The fast dominance test of DepthTerm.max (issue #13) answers exactly what the shifted test
   * answers: on random polynomials (affine and not, signed coefficients), on random affine ones
   * (the path that skips the shift), and on a polynomial against itself plus a random one.
   */
  @Test
  void coversAfterShiftIsTheShiftedCoefficientwiseTest() {
    Random r = new Random(11);
    List<String> affineVars = List.of("d_std", "d_sum", "d_exp", "n");
    for (int i = 0; i < CASES; i++) {
      Polynomial a = randomPolynomial(r, VARS);
      Polynomial b = randomPolynomial(r, VARS);
      Polynomial x = randomAffine(r, affineVars);
      Polynomial y = randomAffine(r, affineVars);
      for (Polynomial[] pair : List.of(new Polynomial[] {a, b}, new Polynomial[] {x, y},
          new Polynomial[] {x.plus(y), x}, new Polynomial[] {a, a.plus(b)})) {
        assertThat(pair[0].coversAfterShift(pair[1]))
            .as("%s covers %s", pair[0].ascii(), pair[1].ascii())
            .isEqualTo(pair[0].shifted().coversCoefficientwise(pair[1].shifted()));
      }
    }
  }

  private static Polynomial randomAffine(Random r, List<String> vars) {
    Polynomial p = c(r.nextInt(7) - 2);
    for (String v : vars) {
      if (r.nextBoolean()) {
        p = p.plus(v(v).scale(q(r.nextInt(9) - 2, 1 + r.nextInt(3))));
      }
    }
    return p;
  }

  @Test
  void ringLaws() {
    Random r = new Random(2);
    for (int i = 0; i < CASES; i++) {
      Polynomial a = randomPolynomial(r, VARS);
      Polynomial b = randomPolynomial(r, VARS);
      Polynomial c = randomPolynomial(r, VARS);
      assertThat(a.plus(b)).isEqualTo(b.plus(a));
      assertThat(a.times(b)).isEqualTo(b.times(a));
      assertThat(a.plus(b).plus(c)).isEqualTo(a.plus(b.plus(c)));
      assertThat(a.times(b).times(c)).isEqualTo(a.times(b.times(c)));
      assertThat(a.times(b.plus(c))).isEqualTo(a.times(b).plus(a.times(c)));
      assertThat(a.plus(Polynomial.ZERO)).isEqualTo(a);
      assertThat(a.times(Polynomial.ONE)).isEqualTo(a);
      assertThat(a.times(Polynomial.ZERO)).isEqualTo(Polynomial.ZERO);
      assertThat(a.minus(a).isZero()).isTrue();
      assertThat(a.minus(a)).isEqualTo(Polynomial.ZERO);
      assertThat(a.negate().negate()).isEqualTo(a);
      assertThat(a.scale(BigFraction.ZERO)).isEqualTo(Polynomial.ZERO);
      // zero coefficients are never stored: equal polynomials have equal maps and printing
      assertThat(a.terms().values()).allSatisfy(x -> assertThat(x.signum()).isNotZero());
      assertThat(a.plus(b).minus(b)).isEqualTo(a);
      assertThat(a.plus(b).minus(b).ascii()).isEqualTo(a.ascii());
      assertThat(a.plus(b).minus(b).hashCode()).isEqualTo(a.hashCode());
      // positive part and negative part reassemble the polynomial
      Polynomial pos = a.positivePart();
      Polynomial neg = a.negate().positivePart();
      assertThat(pos.minus(neg)).isEqualTo(a);
      assertThat(pos.isNonNegativeCoefficientwise()).isTrue();
      assertThat(neg.isNonNegativeCoefficientwise()).isTrue();
      assertThat(a.isNonNegativeCoefficientwise()).isEqualTo(neg.isZero());
    }
  }

  // The shift x = 1 + x': shifted() evaluated at x - 1 equals the original at x (x >= 1).
  @Test
  void shiftedAtXMinusOneEqualsOriginal() {
    Random r = new Random(3);
    for (int i = 0; i < CASES; i++) {
      Polynomial p = randomPolynomial(r, VARS);
      Map<String, BigInteger> x = randomPoint(r, VAR_SET, 9);
      Map<String, BigInteger> xMinusOne = new TreeMap<>();
      x.forEach((k, val) -> xMinusOne.put(k, val.subtract(BigInteger.ONE)));
      Polynomial shifted = p.shifted();
      assertThat(shifted.evaluate(xMinusOne)).isEqualTo(p.evaluate(x));
      assertThat(shifted.variables()).isEqualTo(p.variables());
      assertThat(shifted.degree()).isEqualTo(p.degree());
      // non-negative coefficients after the shift imply non-negative values on x >= 1
      if (shifted.isNonNegativeCoefficientwise()) {
        assertThat(p.evaluate(x).signum()).isGreaterThanOrEqualTo(0);
      }
    }
  }

  // (x + 1)^2 = x^2 + 2x + 1; m*d_std - d_std shifts to m'd' + m' (non-negative, as m >= 1).
  @Test
  void shiftedByHand() {
    Polynomial x = v("n");
    assertThat(prod(x, x).shifted()).isEqualTo(sum(prod(x, x), x.scale(q(2)), c(1)));
    Polynomial md = prod(v("m"), v("d_std")).minus(v("d_std"));
    assertThat(md.shifted()).isEqualTo(sum(prod(v("m"), v("d_std")), v("m")));
    assertThat(c(5).shifted()).isEqualTo(c(5));
    assertThat(Polynomial.ZERO.shifted()).isEqualTo(Polynomial.ZERO);
  }

  // shifted() expands each power by the binomial theorem; it must equal the definition, one
  // substitution x -> x + 1 per variable (the implementation before fuzzing found it too slow).
  @Test
  void shiftedEqualsSubstitutingEveryVariable() {
    Random r = new Random(5);
    for (int i = 0; i < CASES; i++) {
      Polynomial p = randomPolynomial(r, VARS).times(randomPolynomial(r, VARS));
      Polynomial bySubstitution = p;
      for (String var : p.variables()) {
        bySubstitution = bySubstitution.substitute(var, v(var).plus(c(1)));
      }
      assertThat(p.shifted()).isEqualTo(bySubstitution);
    }
  }

  // coversCoefficientwise is the dominance test of max normalisation, written without building
  // the difference: it must agree with it, including on shared, missing and negative terms.
  @Test
  void coversAgreesWithTheDifferenceBeingNonNegative() {
    Random r = new Random(6);
    int covered = 0;
    for (int i = 0; i < CASES; i++) {
      Polynomial a = randomPolynomial(r, VARS);
      Polynomial b = r.nextBoolean() ? randomPolynomial(r, VARS) : a.minus(randomPolynomial(r,
          VARS).scale(q(r.nextInt(3))));
      boolean expected = a.minus(b).isNonNegativeCoefficientwise();
      assertThat(a.coversCoefficientwise(b)).as(a.ascii() + " covers " + b.ascii())
          .isEqualTo(expected);
      covered += expected ? 1 : 0;
    }
    assertThat(covered).as("both answers occur").isBetween(1, CASES - 1);
    // by hand: 2n + 1 covers n + 1 (difference n); n does not cover n + 1 (difference -1);
    // -n covers -2n (difference n) but not 0 (difference -n)
    Polynomial n = v("n");
    assertThat(sum(n.scale(q(2)), c(1)).coversCoefficientwise(sum(n, c(1)))).isTrue();
    assertThat(n.coversCoefficientwise(sum(n, c(1)))).isFalse();
    assertThat(n.negate().coversCoefficientwise(n.scale(q(-2)))).isTrue();
    assertThat(n.negate().coversCoefficientwise(Polynomial.ZERO)).isFalse();
  }

  @Test
  void shiftedHighPowerHasBinomialCoefficients() {
    // (d + 1)^30: the coefficient of d^k is C(30, k); C(30, 15) = 155117520, C(30, 1) = 30
    Polynomial d30 = Polynomial.monomial(Monomial.of(Map.of("d", 30)), q(1));
    Polynomial s = d30.shifted();
    assertThat(s.terms()).hasSize(31);
    assertThat(s.coefficient(Monomial.of(Map.of("d", 15)))).isEqualTo(q(155117520));
    assertThat(s.coefficient(Monomial.of(Map.of("d", 1)))).isEqualTo(q(30));
    assertThat(s.coefficient(Monomial.ONE)).isEqualTo(q(1));
    // 2*m^2*n: (m + 1)^2 (n + 1) * 2 = 2 m^2 n + 2 m^2 + 4 m n + 4 m + 2 n + 2
    Polynomial m2n = prod(c(2), v("m"), v("m"), v("n"));
    assertThat(m2n.shifted()).isEqualTo(sum(prod(c(2), v("m"), v("m"), v("n")),
        prod(c(2), v("m"), v("m")), prod(c(4), v("m"), v("n")), prod(c(4), v("m")),
        prod(c(2), v("n")), c(2)));
  }

  @Test
  void substituteAgreesWithEvaluation() {
    Random r = new Random(4);
    for (int i = 0; i < CASES; i++) {
      Polynomial p = randomPolynomial(r, VARS);
      String var = VARS.get(r.nextInt(VARS.size()));
      // integer-valued replacement so the substituted point stays integral
      Polynomial repl = sum(c(r.nextInt(4)), prod(c(r.nextInt(3)), v(VARS.get(r.nextInt(5)))));
      Map<String, BigInteger> x = randomPoint(r, VAR_SET, 6);
      Map<String, BigInteger> y = new HashMap<>(x);
      BigFraction rv = repl.evaluate(x);
      y.put(var, rv.getNumerator().divide(rv.getDenominator()));
      assertThat(rv.getDenominator().abs()).isEqualTo(BigInteger.ONE);
      assertThat(p.substitute(var, repl).evaluate(x)).isEqualTo(p.evaluate(y));
      assertThat(p.substitute("absent", repl)).isEqualTo(p);
    }
  }

  @Test
  void degreesAndVariables() {
    Polynomial p = sum(prod(v("m"), v("m"), v("d_std")), v("n"), c(3));
    assertThat(p.degree()).isEqualTo(3);
    assertThat(p.degreeIn("m")).isEqualTo(2);
    assertThat(p.degreeIn("d_std")).isEqualTo(1);
    assertThat(p.degreeIn("x")).isZero();
    assertThat(p.variables()).containsExactly("m", "n", "d_std");
    assertThat(Polynomial.ZERO.degree()).isZero();
    assertThat(p.coefficient(Monomial.ONE)).isEqualTo(q(3));
    assertThat(p.coefficient(Monomial.of("d_sum"))).isEqualTo(BigFraction.ZERO);
    assertThat(Polynomial.of(Map.of(Monomial.of("m"), BigFraction.ZERO)).isZero()).isTrue();
  }

  @Test
  void evaluateNeedsEveryVariable() {
    assertThatThrownBy(() -> v("m").evaluate(point("n", 1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("m");
    assertThat(c(4).evaluate(Map.of())).isEqualTo(q(4));
  }

  // Distinct polynomials print differently and equal ones identically (ascii is canonical).
  @Test
  void asciiIsCanonical() {
    Random r = new Random(5);
    List<Polynomial> seen = new ArrayList<>();
    for (int i = 0; i < CASES; i++) {
      Polynomial p = randomPolynomial(r, VARS);
      for (Polynomial o : seen) {
        assertThat(p.ascii().equals(o.ascii())).as("%s vs %s", p, o).isEqualTo(p.equals(o));
        assertThat(p.latex().equals(o.latex())).as("%s vs %s", p, o).isEqualTo(p.equals(o));
      }
      if (seen.size() < 60) {
        seen.add(p);
      }
    }
  }

  /** A random monomial over VARS with exponents 0..3. */
  private static Monomial randomMonomial(Random r) {
    Map<String, Integer> exps = new TreeMap<>();
    for (String v : VARS) {
      if (r.nextInt(3) == 0) {
        exps.put(v, r.nextInt(4));
      }
    }
    return Monomial.of(exps);
  }

  // compareTo is a total order consistent with equals (TreeMaps of monomials rely on it).
  @Test
  void monomialOrderIsATotalOrderConsistentWithEquals() {
    Random r = new Random(6);
    for (int i = 0; i < CASES; i++) {
      Monomial a = randomMonomial(r);
      Monomial b = randomMonomial(r);
      Monomial c = randomMonomial(r);
      assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
      assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
      if (a.equals(b)) {
        assertThat(a.hashCode()).isEqualTo(b.hashCode());
      }
      if (a.compareTo(b) <= 0 && b.compareTo(c) <= 0) {
        assertThat(a.compareTo(c)).isLessThanOrEqualTo(0);
      }
      assertThat(a.compareTo(a)).isZero();
    }
  }

  @Test
  void monomialAlgebra() {
    Random r = new Random(7);
    for (int i = 0; i < CASES; i++) {
      Monomial a = randomMonomial(r);
      Monomial b = randomMonomial(r);
      Monomial ab = a.times(b);
      assertThat(ab).isEqualTo(b.times(a));
      assertThat(ab.degree()).isEqualTo(a.degree() + b.degree());
      assertThat(a.divides(ab)).isTrue();
      assertThat(b.divides(ab)).isTrue();
      assertThat(Monomial.ONE.divides(a)).isTrue();
      assertThat(a.times(Monomial.ONE)).isEqualTo(a);
      assertThat(a.depthPart().times(a.parameterPart())).isEqualTo(a);
      assertThat(a.depthPart().variables()).allMatch(Symbols::isDepthConstant);
      assertThat(a.parameterPart().variables()).noneMatch(Symbols::isDepthConstant);
      // divisors: exactly prod (e_i + 1) monomials, each dividing a, containing 1 and a
      Set<Monomial> divisors = a.divisors();
      int expected = 1;
      for (int e : a.exponents().values()) {
        expected *= e + 1;
      }
      assertThat(divisors).hasSize(expected).contains(Monomial.ONE, a);
      assertThat(divisors).allMatch(d -> d.divides(a));
      // divides agrees with exponents
      boolean divides = true;
      for (String v : VARS) {
        divides &= a.exponent(v) <= b.exponent(v);
      }
      assertThat(a.divides(b)).isEqualTo(divides);
      assertThat(a.exponents().values()).allMatch(e -> e > 0);
      assertThat(a.isOne()).isEqualTo(a.degree() == 0);
    }
  }

  @Test
  void monomialConstruction() {
    assertThat(Monomial.of(Map.of("m", 0))).isEqualTo(Monomial.ONE);
    assertThat(Monomial.of(Map.of("m", 0)).isOne()).isTrue();
    assertThat(Monomial.of(Map.of())).isSameAs(Monomial.ONE);
    assertThatThrownBy(() -> Monomial.of(Map.of("m", -1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(Monomial.ONE.times(Monomial.ONE)).isEqualTo(Monomial.ONE);
    assertThat(Monomial.ONE.times(Monomial.ONE).hashCode()).isEqualTo(Monomial.ONE.hashCode());
    assertThat(Monomial.of("m").exponent("n")).isZero();
  }

  // Canonical order of monomials, by hand: d_std group, d_sum group, declared constants, pure
  // parameters (higher degree first), constant.
  @Test
  void monomialOrderByHand() {
    List<Monomial> expected = List.of(
        Monomial.of(Map.of("m", 2, "d_std", 1)),
        Monomial.of(Map.of("m", 1, "d_std", 1)),
        Monomial.of("d_std"),
        Monomial.of(Map.of("m", 1, "d_sum", 1)),
        Monomial.of("d_prod"),
        Monomial.of("d_exp"),
        Monomial.of("d_trig"),
        Monomial.of("d_sqrt"),
        Monomial.of(Map.of("n", 1, "d_a", 1)),
        Monomial.of("d_g"),
        Monomial.of(Map.of("m", 2)),
        Monomial.of(Map.of("m", 1, "n", 1)),
        Monomial.of("m"),
        Monomial.of("n"),
        Monomial.ONE);
    for (int i = 0; i < expected.size(); i++) {
      for (int j = 0; j < expected.size(); j++) {
        assertThat(Integer.signum(expected.get(i).compareTo(expected.get(j))))
            .as("%s vs %s", expected.get(i), expected.get(j))
            .isEqualTo(Integer.compare(i, j));
      }
    }
  }
}
