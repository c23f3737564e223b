package org.depthcert.algebra;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * Builders, random generators and independent checkers shared by the algebra tests. Not a test
 * class itself (the name does not end in Test).
 */
final class Fixtures {
  static final List<String> DEPTH = List.of("d_std", "d_sum", "d_exp");
  static final List<String> PARAMS = List.of("m");

  private Fixtures() {}

  // ---------------------------------------------------------------- builders

  static Polynomial v(String name) {
    return Polynomial.variable(name);
  }

  static Polynomial c(long k) {
    return Polynomial.constant(k);
  }

  static Polynomial c(long num, long den) {
    return Polynomial.constant(BigFraction.of(num, den));
  }

  static BigFraction q(long k) {
    return BigFraction.of(k);
  }

  static BigFraction q(long num, long den) {
    return BigFraction.of(num, den);
  }

  static Polynomial sum(Polynomial... ps) {
    Polynomial s = Polynomial.ZERO;
    for (Polynomial p : ps) {
      s = s.plus(p);
    }
    return s;
  }

  static Polynomial prod(Polynomial... ps) {
    Polynomial s = Polynomial.ONE;
    for (Polynomial p : ps) {
      s = s.times(p);
    }
    return s;
  }

  /** {@code k * p}. */
  static Polynomial k(long k, Polynomial p) {
    return p.scale(BigFraction.of(k));
  }

  static DepthTerm max(Polynomial... ps) {
    return DepthTerm.max(Arrays.asList(ps));
  }

  static Assumption le(Polynomial lhs, Polynomial rhs) {
    return new Assumption(lhs, rhs, lhs.ascii() + " <= " + rhs.ascii());
  }

  /** A point from alternating name, value arguments. */
  static Map<String, BigInteger> point(Object... nameValue) {
    Map<String, BigInteger> p = new TreeMap<>();
    for (int i = 0; i < nameValue.length; i += 2) {
      p.put((String) nameValue[i], BigInteger.valueOf(((Number) nameValue[i + 1]).longValue()));
    }
    return p;
  }

  // ---------------------------------------------------------------- random generators

  /** A small non-negative coefficient: an integer 0..4 or, one time in four, a fraction k/2, k/3. */
  static BigFraction randomCoefficient(Random r) {
    if (r.nextInt(4) == 0) {
      return BigFraction.of(1 + r.nextInt(5), 2 + r.nextInt(2));
    }
    return BigFraction.of(r.nextInt(5));
  }

  /** A random monomial in the parameters only: m^0, m^1 or m^2. */
  static Monomial randomParameterMonomial(Random r) {
    int e = r.nextInt(3);
    return e == 0 ? Monomial.ONE : Monomial.of(Map.of("m", e));
  }

  /**
   * A random well-formed depth polynomial over {d_std, d_sum, d_exp, m}: non-negative coefficients,
   * linear in the depth constants, degree at most 2 in m.
   */
  static Polynomial randomDepthPolynomial(Random r) {
    Map<Monomial, BigFraction> coeffs = new TreeMap<>();
    int terms = 1 + r.nextInt(4);
    for (int i = 0; i < terms; i++) {
      Monomial param = randomParameterMonomial(r);
      int which = r.nextInt(DEPTH.size() + 1);
      Monomial m = which == DEPTH.size() ? param : param.times(Monomial.of(DEPTH.get(which)));
      coeffs.merge(m, randomCoefficient(r), BigFraction::add);
    }
    return Polynomial.of(coeffs);
  }

  /** A random depth term: the max of one to three random depth polynomials. */
  static DepthTerm randomDepthTerm(Random r) {
    int k = 1 + r.nextInt(3);
    List<Polynomial> ps = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      ps.add(randomDepthPolynomial(r));
    }
    return DepthTerm.max(ps);
  }

  /**
   * A random general polynomial (any sign, exponents up to 3) over the given variables, for the
   * ring-law tests.
   */
  static Polynomial randomPolynomial(Random r, List<String> vars) {
    Map<Monomial, BigFraction> coeffs = new TreeMap<>();
    int terms = r.nextInt(5);
    for (int i = 0; i < terms; i++) {
      Map<String, Integer> exps = new TreeMap<>();
      for (String v : vars) {
        if (r.nextInt(3) == 0) {
          exps.put(v, 1 + r.nextInt(3));
        }
      }
      BigFraction coef = BigFraction.of(r.nextInt(13) - 6, 1 + r.nextInt(4));
      coeffs.merge(Monomial.of(exps), coef, BigFraction::add);
    }
    return Polynomial.of(coeffs);
  }

  static Map<String, BigInteger> randomPoint(Random r, Set<String> vars, int maxValue) {
    Map<String, BigInteger> p = new TreeMap<>();
    for (String v : vars) {
      p.put(v, BigInteger.valueOf(1 + r.nextInt(maxValue)));
    }
    return p;
  }

  /** Every variable of the terms and the assumptions. */
  static Set<String> allVariables(DepthTerm a, DepthTerm b, List<Assumption> assumptions) {
    Set<String> vars = new TreeSet<>(a.variables());
    vars.addAll(b.variables());
    for (Assumption x : assumptions) {
      vars.addAll(x.lhs().variables());
      vars.addAll(x.rhs().variables());
    }
    return vars;
  }

  static boolean satisfies(Map<String, BigInteger> point, List<Assumption> assumptions) {
    for (Assumption a : assumptions) {
      if (a.lhs().evaluate(point).compareTo(a.rhs().evaluate(point)) > 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * Random integer points >= 1 over {@code vars} that satisfy every assumption (rejection
   * sampling, mixing small values with occasional large ones).
   */
  static List<Map<String, BigInteger>> admissiblePoints(Random r, Set<String> vars,
      List<Assumption> assumptions, int wanted) {
    List<Map<String, BigInteger>> result = new ArrayList<>();
    for (int tries = 0; tries < 50 * wanted && result.size() < wanted; tries++) {
      Map<String, BigInteger> p = randomPoint(r, vars, tries % 5 == 4 ? 1000 : 6);
      if (satisfies(p, assumptions)) {
        result.add(p);
      }
    }
    return result;
  }

  // ---------------------------------------------------------------- independent checkers

  /**
   * The certificate residual {@code sum lambda_j s_j - sum mu_k * cofactor_k * gap_k - t},
   * recomputed here (unshifted), independently of {@link TermCertificate#residual}.
   */
  static Polynomial unshiftedResidual(TermCertificate cert, List<Polynomial> stated,
      List<Assumption> assumptions) {
    Polynomial sum = Polynomial.ZERO;
    for (int j = 0; j < stated.size(); j++) {
      sum = sum.plus(stated.get(j).scale(cert.lambdas().get(j)));
    }
    for (Multiplier mu : cert.multipliers()) {
      Assumption a = assumptions.get(mu.assumption());
      Polynomial gap = a.rhs().minus(a.lhs());
      sum = sum.minus(Polynomial.monomial(mu.cofactor(), mu.value()).times(gap));
    }
    return sum.minus(cert.computedTerm());
  }

  /**
   * Checks every claim a decision makes, exactly and at random admissible points: certificates
   * re-verify, counterexamples are admissible and violate the bound, a HOLDS is never
   * contradicted by a sampled point.
   */
  static void assertSound(Decision d, DepthTerm computed, DepthTerm stated,
      List<Assumption> assumptions, Random r) {
    Set<String> vars = allVariables(computed, stated, assumptions);
    switch (d.verdict()) {
      case TIGHT:
      case HOLDS:
        assertThat(d.holds()).isTrue();
        assertThat(d.counterexample()).isEmpty();
        assertThat(d.verdict() == Verdict.TIGHT).isEqualTo(computed.equals(stated));
        assertThat(d.certificates()).hasSize(computed.terms().size());
        for (int i = 0; i < d.certificates().size(); i++) {
          TermCertificate cert = d.certificates().get(i);
          assertThat(cert.computedTerm()).isEqualTo(computed.terms().get(i));
          assertCertificateValid(cert, stated.terms(), assumptions, vars, r);
        }
        if (computed.isSingle() && stated.isSingle()) {
          assertThat(d.slack())
              .contains(stated.terms().get(0).minus(computed.terms().get(0)));
        } else {
          assertThat(d.slack()).isEmpty();
        }
        for (Map<String, BigInteger> p : admissiblePoints(r, vars, assumptions, 20)) {
          assertThat(computed.evaluate(p)).as("%s <= %s at %s", computed, stated, p)
              .isLessThanOrEqualTo(stated.evaluate(p));
        }
        break;
      case FAILS:
        assertThat(d.holds()).isFalse();
        assertThat(d.certificates()).isEmpty();
        assertThat(d.counterexample()).isPresent();
        assertCounterexampleValid(d.counterexample().get(), computed, stated, assumptions);
        break;
      case UNDECIDED:
        assertThat(d.holds()).isFalse();
        assertThat(d.counterexample()).isEmpty();
        break;
      default:
        throw new AssertionError(d.verdict());
    }
  }

  /** A certificate is valid: convex lambdas, non-negative multipliers, residual >= 0. */
  static void assertCertificateValid(TermCertificate cert, List<Polynomial> stated,
      List<Assumption> assumptions, Set<String> vars, Random r) {
    assertThat(cert.lambdas()).hasSize(stated.size());
    BigFraction total = BigFraction.ZERO;
    for (BigFraction l : cert.lambdas()) {
      assertThat(l.signum()).as("lambda %s", l).isGreaterThanOrEqualTo(0);
      total = total.add(l);
    }
    assertThat(total).isEqualTo(BigFraction.ONE);
    for (Multiplier mu : cert.multipliers()) {
      assertThat(mu.value().signum()).as("multiplier %s", mu).isGreaterThanOrEqualTo(0);
      assertThat(mu.assumption()).isBetween(0, assumptions.size() - 1);
    }
    Polynomial residual = unshiftedResidual(cert, stated, assumptions);
    assertThat(residual.shifted().isNonNegativeCoefficientwise())
        .as("shifted residual %s", residual.shifted()).isTrue();
    assertThat(cert.residual(stated, assumptions)).isEqualTo(residual.shifted());
    Set<String> all = new TreeSet<>(vars);
    all.addAll(residual.variables());
    for (Map<String, BigInteger> p : admissiblePoints(r, all, assumptions, 20)) {
      assertThat(residual.evaluate(p).signum()).as("residual %s at %s", residual, p)
          .isGreaterThanOrEqualTo(0);
      // and each multiplier term is itself >= 0 there, so t <= sum lambda_j s_j <= max_j s_j
      for (Multiplier mu : cert.multipliers()) {
        Assumption a = assumptions.get(mu.assumption());
        assertThat(Polynomial.monomial(mu.cofactor(), mu.value()).times(a.gap()).evaluate(p)
            .signum()).isGreaterThanOrEqualTo(0);
      }
    }
  }

  /**
   * A counterexample is valid: all values >= 1, every variable of both sides assigned, every
   * assumption touching the point fully assigned and true, and computed > stated there.
   */
  static void assertCounterexampleValid(SortedMap<String, BigInteger> cex, DepthTerm computed,
      DepthTerm stated, List<Assumption> assumptions) {
    assertThat(cex.values()).allSatisfy(x -> assertThat(x).isGreaterThanOrEqualTo(BigInteger.ONE));
    assertThat(cex.keySet()).containsAll(computed.variables()).containsAll(stated.variables());
    for (Assumption a : assumptions) {
      Set<String> av = new TreeSet<>(a.lhs().variables());
      av.addAll(a.rhs().variables());
      boolean touches = av.stream().anyMatch(cex::containsKey);
      if (touches || av.isEmpty()) {
        assertThat(cex.keySet()).as("assumption %s fully assigned", a.text()).containsAll(av);
        assertThat(a.lhs().evaluate(cex)).as("assumption %s at %s", a.text(), cex)
            .isLessThanOrEqualTo(a.rhs().evaluate(cex));
      }
    }
    assertThat(computed.evaluate(cex)).as("computed %s > stated %s at %s", computed, stated, cex)
        .isGreaterThan(stated.evaluate(cex));
  }
}
