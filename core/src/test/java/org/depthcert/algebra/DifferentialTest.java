package org.depthcert.algebra;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;

/**
 * The differential test of issue #9: seeded random assumption sets (chains, rational
 * coefficients, constant bounds, sets with rational but no integer solutions, contradictions)
 * and random claims (a max on either side, rational coefficients, structural polynomials such
 * as {@code m*n*d_std}), each answer compared with brute-force evaluation over the integer grid
 * {@code {1..3}^k} restricted to the assumptions:
 * <ul>
 *   <li>an infeasible verdict: no grid point satisfies the assumptions; a feasible one: the
 *       witness assigns every variable and satisfies every assumption;</li>
 *   <li>HOLDS/TIGHT: true at every admissible grid point, slack never negative there;</li>
 *   <li>FAILS: the counterexample assigns every variable, satisfies every assumption, and
 *       violates the claim;</li>
 *   <li>holdsIf "iff": at every admissible grid point, the conditions hold exactly when the
 *       claim does; "sufficient": the conditions imply the claim.</li>
 * </ul>
 * The default build runs {@code CASES} cases (a few thousand); more with
 * {@code mvn -pl core test -Dtest=DifferentialTest -Ddepthcert.differentialCases=100000}
 * (documented in docs/soundness.md). The seed is fixed; {@code -Ddepthcert.differentialSeed}
 * changes it.
 */
class DifferentialTest {
  private static final int CASES = Integer.getInteger("depthcert.differentialCases", 2000);
  private static final long SEED = Long.getLong("depthcert.differentialSeed", 9L);
  private static final int GRID = 3;
  private static final List<String> PARAMS = List.of("m", "n");
  private static final List<String> CONSTS = List.of("d_std", "d_sum", "d_a");
  private static final List<BigFraction> COEFFS = List.of(BigFraction.of(1, 2), BigFraction.ONE,
      BigFraction.ONE, BigFraction.of(2), BigFraction.of(3), BigFraction.of(3, 2));

  @Test
  void everyVerdictAgreesWithBruteForceOnTheGrid() {
    Random r = new Random(SEED);
    int[] counts = new int[6]; // TIGHT, HOLDS, FAILS, UNDECIDED, infeasible, conditions checked
    for (int i = 0; i < CASES; i++) {
      List<Assumption> as = assumptions(r);
      List<String> vars = new ArrayList<>(PARAMS);
      vars.addAll(CONSTS);
      List<Map<String, BigInteger>> grid = admissibleGrid(as, vars);
      Feasibility.Result f = Feasibility.check(as, new java.util.TreeSet<>(vars));
      String context = "case " + i + " assumptions " + texts(as);
      if (!f.feasible()) {
        if (f.proved()) {
          assertThat(grid).as(context + ": proved infeasible but the grid has a point").isEmpty();
          counts[4]++;
        }
        continue;
      }
      SortedMap<String, BigInteger> witness = f.witness().get();
      assertThat(witness.keySet()).as(context).containsAll(vars);
      assertThat(satisfies(as, witness)).as(context + ": witness " + witness).isTrue();
      DepthTerm computed = term(r);
      // mostly independent sides; sometimes equal (TIGHT) or the computed side plus more
      int shape = r.nextInt(8);
      DepthTerm stated = shape == 0 ? computed
          : shape == 1 ? computed.plus(term(r)) : term(r);
      Decision d = new Decider(as, witness).decide(computed, stated);
      String claim = context + ": " + computed.ascii() + " <= " + stated.ascii() + " gave "
          + d.verdict();
      switch (d.verdict()) {
        case TIGHT, HOLDS -> {
          counts[d.verdict() == Verdict.TIGHT ? 0 : 1]++;
          for (Map<String, BigInteger> p : grid) {
            assertThat(computed.evaluate(p)).as(claim + " but fails at " + p)
                .isLessThanOrEqualTo(stated.evaluate(p));
            d.slack().ifPresent(s -> assertThat(s.evaluate(p).signum()).as(claim + " slack at "
                + p).isGreaterThanOrEqualTo(0));
          }
        }
        case FAILS -> {
          counts[2]++;
          Map<String, BigInteger> x = d.counterexample().orElseThrow();
          assertThat(x.keySet()).as(claim).containsAll(vars);
          x.values().forEach(v -> assertThat(v.signum()).as(claim).isPositive());
          assertThat(satisfies(as, x)).as(claim + ": counterexample " + x + " inadmissible")
              .isTrue();
          assertThat(computed.evaluate(x)).as(claim + " at " + x)
              .isGreaterThan(stated.evaluate(x));
        }
        default -> counts[3]++;
      }
      if (d.condition().isPresent()) {
        HoldsIf h = d.condition().get();
        counts[5]++;
        for (Map<String, BigInteger> p : grid) {
          boolean conditions = satisfies(h.conditions(), p);
          boolean holds = computed.evaluate(p).compareTo(stated.evaluate(p)) <= 0;
          if (conditions) {
            assertThat(holds).as(claim + ": condition " + h.text() + " holds at " + p
                + " but the claim does not").isTrue();
          }
          if (h.necessary()) {
            assertThat(conditions).as(claim + ": claim holds at " + p + " but not the iff "
                + h.text()).isEqualTo(holds);
          }
        }
      }
    }
    System.out.printf("[differential] %d cases: %d TIGHT, %d HOLDS, %d FAILS, %d UNDECIDED, "
        + "%d infeasible, %d conditions%n", CASES, counts[0], counts[1], counts[2], counts[3],
        counts[4], counts[5]);
    // the generator must exercise every outcome, or the test proves little
    assertThat(counts[0]).isPositive();
    assertThat(counts[1]).isPositive();
    assertThat(counts[2]).isPositive();
    assertThat(counts[4]).isPositive();
    assertThat(counts[5]).isPositive();
  }

  /** Chains, rational linear bounds, constant bounds, and (sometimes) sets with no solution. */
  private static List<Assumption> assumptions(Random r) {
    List<Assumption> as = new ArrayList<>();
    int k = r.nextInt(4);
    for (int i = 0; i < k; i++) {
      switch (r.nextInt(6)) {
        case 0 -> { // chain link between two variables
          String a = any(r);
          String b = any(r);
          if (!a.equals(b)) {
            as.add(le(v(a), v(b)));
          }
        }
        case 1 -> as.add(le(v(any(r)).scale(coeff(r)), v(any(r)).scale(coeff(r))
            .plus(Polynomial.constant(r.nextInt(3)))));
        case 2 -> as.add(le(v(any(r)), Polynomial.constant(1 + r.nextInt(3))));
        case 3 -> as.add(le(Polynomial.constant(1 + r.nextInt(3)), v(any(r))));
        case 4 -> { // rational but no integer solution: 2x <= 2c + 1 <= 2x
          String x = any(r);
          Polynomial bound = Polynomial.constant(2L * (1 + r.nextInt(2)) + 1);
          as.add(le(v(x).scale(BigFraction.of(2)), bound));
          as.add(le(bound, v(x).scale(BigFraction.of(2))));
        }
        default -> { // a structural bound such as m*n <= 6 or a product chain
          String a = PARAMS.get(r.nextInt(PARAMS.size()));
          String b = any(r);
          as.add(le(v(a).times(v(b)), Polynomial.constant(2 + r.nextInt(6))));
        }
      }
    }
    return as;
  }

  /** max of one or two polynomials: terms c * (params of degree <= 2) * (at most one constant). */
  private static DepthTerm term(Random r) {
    List<Polynomial> ps = new ArrayList<>();
    int alternatives = 1 + (r.nextInt(3) == 0 ? 1 : 0);
    for (int a = 0; a < alternatives; a++) {
      Polynomial p = Polynomial.ZERO;
      int terms = 1 + r.nextInt(3);
      for (int t = 0; t < terms; t++) {
        Polynomial mono = Polynomial.constant(coeff(r));
        int params = r.nextInt(3);
        for (int q = 0; q < params; q++) {
          mono = mono.times(v(PARAMS.get(r.nextInt(PARAMS.size()))));
        }
        if (r.nextInt(5) != 0) {
          mono = mono.times(v(CONSTS.get(r.nextInt(CONSTS.size()))));
        }
        p = p.plus(mono);
      }
      ps.add(p);
    }
    return DepthTerm.max(ps);
  }

  private static String any(Random r) {
    return r.nextBoolean() ? PARAMS.get(r.nextInt(PARAMS.size()))
        : CONSTS.get(r.nextInt(CONSTS.size()));
  }

  private static BigFraction coeff(Random r) {
    return COEFFS.get(r.nextInt(COEFFS.size()));
  }

  private static Polynomial v(String name) {
    return Polynomial.variable(name);
  }

  private static Assumption le(Polynomial a, Polynomial b) {
    return new Assumption(a, b, a.ascii() + " <= " + b.ascii());
  }

  private static boolean satisfies(List<Assumption> as, Map<String, BigInteger> p) {
    for (Assumption a : as) {
      if (a.lhs().evaluate(p).compareTo(a.rhs().evaluate(p)) > 0) {
        return false;
      }
    }
    return true;
  }

  /** Every point of {1..GRID}^k where every assumption holds: the brute-force domain. */
  private static List<Map<String, BigInteger>> admissibleGrid(List<Assumption> as,
      List<String> vars) {
    List<Map<String, BigInteger>> out = new ArrayList<>();
    int total = 1;
    for (int i = 0; i < vars.size(); i++) {
      total *= GRID;
    }
    for (int code = 0; code < total; code++) {
      Map<String, BigInteger> p = new TreeMap<>();
      int c = code;
      for (String v : vars) {
        p.put(v, BigInteger.valueOf(1 + c % GRID));
        c /= GRID;
      }
      if (satisfies(as, p)) {
        out.add(p);
      }
    }
    return out;
  }

  private static String texts(List<Assumption> as) {
    List<String> t = new ArrayList<>();
    as.forEach(a -> t.add(a.text()));
    return t.toString();
  }
}
