package org.depthcert.algebra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.depthcert.algebra.Fixtures.q;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;

/** Exact phase-1 simplex: hand-checked systems, degenerate systems, random Farkas cross-checks. */
class ExactLpTest {

  private static ExactLp.Row ge(BigFraction rhs, BigFraction... coefficients) {
    return new ExactLp.Row(List.of(coefficients), false, rhs);
  }

  private static ExactLp.Row eq(BigFraction rhs, BigFraction... coefficients) {
    return new ExactLp.Row(List.of(coefficients), true, rhs);
  }

  /** {@code a . z} exactly. */
  private static BigFraction dot(List<BigFraction> a, List<BigFraction> z) {
    BigFraction s = BigFraction.ZERO;
    for (int i = 0; i < a.size(); i++) {
      s = s.add(a.get(i).multiply(z.get(i)));
    }
    return s;
  }

  /** Asserts that z has the right length, is >= 0 and satisfies every row exactly. */
  private static void assertSatisfies(List<BigFraction> z, int variables, List<ExactLp.Row> rows) {
    assertThat(z).hasSize(variables);
    assertThat(z).allSatisfy(x -> assertThat(x.signum()).isGreaterThanOrEqualTo(0));
    for (ExactLp.Row r : rows) {
      BigFraction lhs = dot(r.coefficients(), z);
      if (r.equality()) {
        assertThat(lhs).as("row %s at %s", r, z).isEqualTo(r.rhs());
      } else {
        assertThat(lhs).as("row %s at %s", r, z).isGreaterThanOrEqualTo(r.rhs());
      }
    }
  }

  private static Optional<List<BigFraction>> solveChecked(int variables, List<ExactLp.Row> rows) {
    Optional<List<BigFraction>> z = ExactLp.feasiblePoint(variables, rows);
    z.ifPresent(p -> assertSatisfies(p, variables, rows));
    return z;
  }

  // x + y = 1, x - y >= 1/2: x = 3/4 + t, y = 1/4 - t for t in [0, 1/4]. Feasible.
  @Test
  void smallFeasibleSystem() {
    List<ExactLp.Row> rows = List.of(eq(q(1), q(1), q(1)), ge(q(1, 2), q(1), q(-1)));
    List<BigFraction> z = solveChecked(2, rows).orElseThrow();
    assertThat(z.get(0)).isBetween(q(3, 4), q(1));
  }

  // x + y = 1 and x + y >= 2 contradict.
  @Test
  void contradictoryRowsAreInfeasible() {
    assertThat(solveChecked(2, List.of(eq(q(1), q(1), q(1)), ge(q(2), q(1), q(1))))).isEmpty();
  }

  // -x >= 1 means x <= -1, impossible for x >= 0.
  @Test
  void nonNegativityIsEnforced() {
    assertThat(solveChecked(1, List.of(ge(q(1), q(-1))))).isEmpty();
    // x - y = -1 is fine (y = x + 1)
    List<BigFraction> z = solveChecked(2, List.of(eq(q(-1), q(1), q(-1)))).orElseThrow();
    assertThat(z.get(1).subtract(z.get(0))).isEqualTo(q(1));
  }

  // -x >= -3 (x <= 3) and x >= 2: x in [2, 3]. Negative right-hand sides are flipped internally.
  @Test
  void negativeRightHandSides() {
    List<BigFraction> z =
        solveChecked(1, List.of(ge(q(-3), q(-1)), ge(q(2), q(1)))).orElseThrow();
    assertThat(z.get(0)).isBetween(q(2), q(3));
    // -x - y = -2 is x + y = 2
    assertThat(solveChecked(2, List.of(eq(q(-2), q(-1), q(-1))))).isPresent();
    // x <= 1 and x >= 3/2
    assertThat(solveChecked(1, List.of(ge(q(-1), q(-1)), ge(q(3, 2), q(1))))).isEmpty();
  }

  // Exact rationals: 3x = 1 needs x = 1/3 exactly; 3x = 1, 6x >= 2 + 1/10^9 is infeasible.
  @Test
  void exactNotFloatingPoint() {
    assertThat(solveChecked(1, List.of(eq(q(1), q(3))))).contains(List.of(q(1, 3)));
    assertThat(solveChecked(1, List.of(eq(q(1), q(3)), ge(q(2_000_000_001, 1_000_000_000),
        q(6))))).isEmpty();
  }

  @Test
  void trivialSystems() {
    assertThat(solveChecked(3, List.of())).contains(List.of(q(0), q(0), q(0)));
    assertThat(solveChecked(0, List.of(ge(q(0))))).contains(List.of());
    assertThat(solveChecked(0, List.of(eq(q(0))))).contains(List.of());
    assertThat(solveChecked(0, List.of(ge(q(1))))).isEmpty();
    assertThat(solveChecked(0, List.of(ge(q(-1))))).isPresent();
    assertThat(solveChecked(2, List.of(ge(q(-5), q(0), q(0))))).isPresent();
    assertThat(solveChecked(2, List.of(eq(q(1), q(0), q(0))))).isEmpty();
  }

  // Degenerate: a cyclic order x1 >= x2 >= x3 >= x1 (all rhs 0, so every pivot is degenerate),
  // repeated rows, and x1 + x2 + x3 = 3. The only solution is x1 = x2 = x3 = 1.
  @Test
  void degenerateCycleTerminates() {
    List<ExactLp.Row> rows = new ArrayList<>();
    for (int rep = 0; rep < 3; rep++) {
      rows.add(ge(q(0), q(1), q(-1), q(0)));
      rows.add(ge(q(0), q(0), q(1), q(-1)));
      rows.add(ge(q(0), q(-1), q(0), q(1)));
    }
    rows.add(eq(q(3), q(1), q(1), q(1)));
    // A cycling simplex would throw after ExactLp.MAX_PIVOTS pivots instead of returning.
    List<BigFraction> z = solveChecked(3, rows).orElseThrow();
    assertThat(z).containsExactly(q(1), q(1), q(1));
  }

  // Beale's cycling example (minimise -3/4 x4 + 150 x5 - 1/50 x6 + 6 x7 subject to
  // 1/4 x4 - 60 x5 - 1/25 x6 + 9 x7 <= 0, 1/2 x4 - 90 x5 - 1/50 x6 + 3 x7 <= 0, x6 <= 1; optimum
  // -1/20 at x4 = 1/25, x6 = 1, checked by enumerating the basic solutions), as a feasibility
  // problem with the objective bounded by a cut: objective <= -1/20 is feasible, <= -1/20 - 1/1000
  // is not. Without an anti-cycling rule the simplex can loop on it.
  @Test
  void bealeCyclingExampleTerminates() {
    // A cycling simplex would throw after ExactLp.MAX_PIVOTS pivots instead of returning.
    assertThat(solveChecked(4, beale(q(-1, 20)))).isPresent();
    assertThat(solveChecked(4, beale(q(-1, 20).subtract(q(1, 1000))))).isEmpty();
    assertThat(solveChecked(4, beale(q(0)))).isPresent();
  }

  /** Beale's constraints written as {@code >=} rows plus {@code objective <= bound}. */
  private static List<ExactLp.Row> beale(BigFraction bound) {
    return List.of(
        ge(q(0), q(-1, 4), q(60), q(1, 25), q(-9)),
        ge(q(0), q(-1, 2), q(90), q(1, 50), q(-3)),
        ge(q(-1), q(0), q(0), q(-1), q(0)),
        ge(bound.negate(), q(3, 4), q(-150), q(1, 50), q(-6)));
  }

  // Random feasible-by-construction systems: pick z0 >= 0, set equality rows to A z0 and
  // inequality rows to A z0 minus a non-negative amount. The solver must find a point.
  @Test
  void randomFeasibleByConstruction() {
    Random r = new Random(101);
    for (int trial = 0; trial < 300; trial++) {
      int n = 1 + r.nextInt(5);
      List<BigFraction> z0 = new ArrayList<>();
      for (int j = 0; j < n; j++) {
        z0.add(r.nextInt(3) == 0 ? BigFraction.ZERO : q(r.nextInt(7), 1 + r.nextInt(3)));
      }
      List<ExactLp.Row> rows = new ArrayList<>();
      int m = r.nextInt(6);
      for (int i = 0; i < m; i++) {
        List<BigFraction> a = randomRow(r, n);
        BigFraction value = dot(a, z0);
        boolean equality = r.nextInt(3) == 0;
        BigFraction rhs = equality ? value : value.subtract(q(r.nextInt(3), 1 + r.nextInt(2)));
        rows.add(new ExactLp.Row(a, equality, rhs));
      }
      assertThat(solveChecked(n, rows)).as("trial %d: %s", trial, rows).isPresent();
    }
  }

  // Random infeasible-by-construction systems: any rows, plus the row
  // -(sum w_i a_i) . z >= -(sum w_i b_i) + 1 with w_i >= 0 on inequality rows (any sign on
  // equalities); adding it to the weighted sum gives 0 >= 1.
  @Test
  void randomInfeasibleByConstruction() {
    Random r = new Random(202);
    for (int trial = 0; trial < 300; trial++) {
      int n = 1 + r.nextInt(5);
      int m = 1 + r.nextInt(5);
      List<ExactLp.Row> rows = new ArrayList<>();
      List<BigFraction> combo = new ArrayList<>();
      for (int j = 0; j < n; j++) {
        combo.add(BigFraction.ZERO);
      }
      BigFraction comboRhs = BigFraction.ZERO;
      for (int i = 0; i < m; i++) {
        List<BigFraction> a = randomRow(r, n);
        boolean equality = r.nextBoolean();
        BigFraction b = q(r.nextInt(9) - 4);
        rows.add(new ExactLp.Row(a, equality, b));
        BigFraction w = equality ? q(r.nextInt(5) - 2) : q(r.nextInt(3));
        for (int j = 0; j < n; j++) {
          combo.set(j, combo.get(j).add(w.multiply(a.get(j))));
        }
        comboRhs = comboRhs.add(w.multiply(b));
      }
      List<BigFraction> neg = new ArrayList<>();
      combo.forEach(x -> neg.add(x.negate()));
      rows.add(r.nextInt(rows.size() + 1),
          new ExactLp.Row(neg, false, comboRhs.negate().add(q(1))));
      assertThat(solveChecked(n, rows)).as("trial %d: %s", trial, rows).isEmpty();
    }
  }

  // Random systems of any kind, cross-checked with Farkas' lemma: {A_ge z >= b_ge, A_eq z = b_eq,
  // z >= 0} is infeasible exactly when some y (y >= 0 on inequality rows, free on equalities) has
  // y^T A <= 0 and y^T b = 1. Exactly one of the two systems must be feasible, and every returned
  // point is checked.
  @Test
  void randomSystemsAgreeWithFarkasDual() {
    Random r = new Random(303);
    int feasible = 0;
    for (int trial = 0; trial < 400; trial++) {
      int n = 1 + r.nextInt(4);
      int m = 1 + r.nextInt(4);
      List<ExactLp.Row> rows = new ArrayList<>();
      for (int i = 0; i < m; i++) {
        rows.add(new ExactLp.Row(randomRow(r, n), r.nextInt(3) == 0, q(r.nextInt(7) - 3)));
      }
      boolean primal = solveChecked(n, rows).isPresent();
      // dual variables: y_i >= 0 per inequality row; y_i+ and y_i- per equality row
      List<Integer> dualRowIndex = new ArrayList<>();
      List<Integer> dualSign = new ArrayList<>();
      for (int i = 0; i < m; i++) {
        dualRowIndex.add(i);
        dualSign.add(1);
        if (rows.get(i).equality()) {
          dualRowIndex.add(i);
          dualSign.add(-1);
        }
      }
      int k = dualRowIndex.size();
      List<ExactLp.Row> dual = new ArrayList<>();
      for (int j = 0; j < n; j++) { // -(y^T A)_j >= 0
        List<BigFraction> coeffs = new ArrayList<>();
        for (int t = 0; t < k; t++) {
          coeffs.add(rows.get(dualRowIndex.get(t)).coefficients().get(j)
              .multiply(-dualSign.get(t)));
        }
        dual.add(new ExactLp.Row(coeffs, false, BigFraction.ZERO));
      }
      List<BigFraction> yb = new ArrayList<>();
      for (int t = 0; t < k; t++) {
        yb.add(rows.get(dualRowIndex.get(t)).rhs().multiply(dualSign.get(t)));
      }
      dual.add(new ExactLp.Row(yb, true, BigFraction.ONE));
      boolean farkas = solveChecked(k, dual).isPresent();
      assertThat(primal).as("trial %d: %s", trial, rows).isNotEqualTo(farkas);
      if (primal) {
        feasible++;
      }
    }
    // both outcomes must actually be exercised
    assertThat(feasible).isBetween(40, 360);
  }

  private static List<BigFraction> randomRow(Random r, int n) {
    List<BigFraction> a = new ArrayList<>();
    for (int j = 0; j < n; j++) {
      a.add(r.nextInt(3) == 0 ? BigFraction.ZERO : q(r.nextInt(9) - 4, 1 + r.nextInt(2)));
    }
    return a;
  }
}
