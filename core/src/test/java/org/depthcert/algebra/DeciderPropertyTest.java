package org.depthcert.algebra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.depthcert.algebra.Fixtures.admissiblePoints;
import static org.depthcert.algebra.Fixtures.allVariables;
import static org.depthcert.algebra.Fixtures.assertSound;
import static org.depthcert.algebra.Fixtures.le;
import static org.depthcert.algebra.Fixtures.randomDepthPolynomial;
import static org.depthcert.algebra.Fixtures.randomDepthTerm;
import static org.depthcert.algebra.Fixtures.satisfies;
import static org.depthcert.algebra.Fixtures.v;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;

/**
 * Seeded random properties of {@link Decider}: every claim is re-verified exactly (see
 * {@link Fixtures#assertSound}), constructed true statements are proved, constructed false ones
 * are refuted.
 */
class DeciderPropertyTest {
  private static final int CASES = 200;

  /**
   * Assumption sets that all hold at the all-ones point (so "computed = stated + positive" is
   * refutable there): none, d_std <= d_sum, d_std <= d_sum <= d_exp, d_std <= m, d_sum <= d_exp + m.
   */
  private static List<Assumption> randomAssumptions(Random r) {
    switch (r.nextInt(5)) {
      case 0:
        return List.of();
      case 1:
        return List.of(le(v("d_std"), v("d_sum")));
      case 2:
        return List.of(le(v("d_std"), v("d_sum")), le(v("d_sum"), v("d_exp")));
      case 3:
        return List.of(le(v("d_std"), v("m")));
      default:
        return List.of(le(v("d_sum"), v("d_exp").plus(v("m"))));
    }
  }

  // stated = computed + p with p >= 0 coefficientwise: always provable (each computed term t is
  // below t + p, which is below some kept stated term); TIGHT exactly when p = 0.
  @Test
  void statedAboveComputedIsProved() {
    Random r = new Random(100);
    for (int i = 0; i < CASES; i++) {
      List<Assumption> as = randomAssumptions(r);
      DepthTerm computed = randomDepthTerm(r);
      Polynomial p = r.nextInt(6) == 0 ? Polynomial.ZERO : randomDepthPolynomial(r);
      DepthTerm stated = computed.plus(DepthTerm.of(p));
      Decision d = new Decider(as).decide(computed, stated);
      assertSound(d, computed, stated, as, r);
      assertThat(d.verdict()).as("%s <= %s under %s", computed, stated, as)
          .isEqualTo(p.isZero() ? Verdict.TIGHT : Verdict.HOLDS);
      if (computed.isSingle() && stated.isSingle()) {
        assertThat(d.slack()).contains(p);
      }
    }
  }

  // stated = computed * (1 + m) or computed + max(p, q): also provable.
  @Test
  void scaledOrMaxedStatedIsProved() {
    Random r = new Random(101);
    for (int i = 0; i < CASES; i++) {
      List<Assumption> as = randomAssumptions(r);
      DepthTerm computed = randomDepthTerm(r);
      DepthTerm stated = r.nextBoolean()
          ? computed.times(v("m").plus(Polynomial.ONE))
          : computed.plus(randomDepthTerm(r)).max(randomDepthTerm(r));
      Decision d = new Decider(as).decide(computed, stated);
      assertSound(d, computed, stated, as, r);
      assertThat(d.holds()).as("%s <= %s under %s", computed, stated, as).isTrue();
    }
  }

  // computed = stated + (positive constant or a depth constant >= 1): false at every point, in
  // particular at the all-ones point, which every assumption set here allows.
  @Test
  void computedAboveStatedIsRefuted() {
    Random r = new Random(102);
    List<String> bumps = List.of("d_std", "d_sum", "d_exp", "d_trig", "d_g");
    for (int i = 0; i < CASES; i++) {
      List<Assumption> as = randomAssumptions(r);
      DepthTerm stated = randomDepthTerm(r);
      Polynomial bump = r.nextBoolean()
          ? Polynomial.constant(Fixtures.q(1 + r.nextInt(3), 1 + r.nextInt(3)))
          : v(bumps.get(r.nextInt(bumps.size())));
      DepthTerm computed = stated.plus(DepthTerm.of(bump));
      Decision d = new Decider(as).decide(computed, stated);
      assertSound(d, computed, stated, as, r);
      assertThat(d.verdict()).as("%s <= %s under %s", computed, stated, as)
          .isEqualTo(Verdict.FAILS);
      if (computed.isSingle() && stated.isSingle()) {
        assertThat(d.excess()).contains(bump);
      }
      // it can never hold: computed - stated = bump > 0 everywhere
      if (stated.isSingle()) {
        assertThat(d.holdsIf()).isEmpty();
      }
    }
  }

  // Arbitrary random pairs: whatever the verdict, it must be sound; and when some point of the
  // {1,2,3} grid (admissible for all assumptions) violates the bound, the verdict must be FAILS.
  @Test
  void arbitraryPairsAreDecidedSoundly() {
    Random r = new Random(103);
    Map<Verdict, Integer> seen = new EnumMap<>(Verdict.class);
    for (int i = 0; i < CASES; i++) {
      List<Assumption> as = randomAssumptions(r);
      DepthTerm computed = randomDepthTerm(r);
      DepthTerm stated = randomDepthTerm(r);
      Decision d = new Decider(as).decide(computed, stated);
      assertSound(d, computed, stated, as, r);
      seen.merge(d.verdict(), 1, Integer::sum);
      int smallest = smallestGridViolation(computed, stated, as);
      if (smallest >= 0) {
        assertThat(d.verdict()).as("%s <= %s under %s", computed, stated, as)
            .isEqualTo(Verdict.FAILS);
        // the search returns a smallest point by sum of values among its candidates, which
        // include this grid (restricted to the variables the search needs)
        int cexSum = d.counterexample().orElseThrow().values().stream()
            .mapToInt(BigInteger::intValueExact).sum();
        assertThat(cexSum).isLessThanOrEqualTo(smallest);
      }
      // swapping the sides: when both directions hold the two terms agree at admissible points
      // (they need not have equal normal forms: max(x, 2) and max(x, 2, x/2 + 1) are the same
      // function, and x/2 + 1 is not dominated by a single term, so both are normal forms)
      Decision back = new Decider(as).decide(stated, computed);
      assertSound(back, stated, computed, as, r);
      if (d.holds() && back.holds()) {
        for (Map<String, BigInteger> p : admissiblePoints(r, allVariables(computed, stated, as),
            as, 10)) {
          assertThat(computed.evaluate(p)).isEqualTo(stated.evaluate(p));
        }
      }
    }
    // the generator exercises both outcomes
    assertThat(seen.getOrDefault(Verdict.FAILS, 0)).isPositive();
    assertThat(seen.getOrDefault(Verdict.HOLDS, 0)).isPositive();
  }

  // HOLDS is stable under adding the same polynomial to both sides and under scaling both sides
  // by a positive repeat count (the certificate transfers: lambdas sum to 1, cofactors scale).
  @Test
  void holdsIsStableUnderCommonShiftAndScaling() {
    Random r = new Random(104);
    int proved = 0;
    for (int i = 0; i < CASES; i++) {
      List<Assumption> as = randomAssumptions(r);
      DepthTerm computed = randomDepthTerm(r);
      DepthTerm stated = r.nextBoolean() ? randomDepthTerm(r)
          : computed.plus(DepthTerm.of(randomDepthPolynomial(r)));
      Decider decider = new Decider(as);
      Decision d = decider.decide(computed, stated);
      if (!d.holds()) {
        continue;
      }
      proved++;
      DepthTerm common = DepthTerm.of(randomDepthPolynomial(r));
      DepthTerm c2 = computed.plus(common);
      DepthTerm s2 = stated.plus(common);
      Decision shifted = decider.decide(c2, s2);
      assertSound(shifted, c2, s2, as, r);
      assertThat(shifted.holds()).as("%s <= %s under %s", c2, s2, as).isTrue();
      Polynomial count = v("m").plus(Polynomial.constant(r.nextInt(3)));
      DepthTerm c3 = computed.times(count);
      DepthTerm s3 = stated.times(count);
      Decision scaled = decider.decide(c3, s3);
      assertSound(scaled, c3, s3, as, r);
      assertThat(scaled.holds()).as("%s <= %s under %s", c3, s3, as).isTrue();
    }
    assertThat(proved).isGreaterThan(CASES / 3);
  }

  // Certificates that use assumptions: computed terms built from the stated one by moving weight
  // from d_sum to d_std, true under d_std <= d_sum. With a = m^k (k = 0..2) and c >= 0:
  // t + c a d_std <= t + c a d_sum, certified by the multiplier c on cofactor a.
  @Test
  void weightMovedAlongAnAssumptionIsProved() {
    Random r = new Random(105);
    List<Assumption> as = List.of(le(v("d_std"), v("d_sum")));
    for (int i = 0; i < CASES / 2; i++) { // two decisions per case
      Polynomial base = randomDepthPolynomial(r);
      Polynomial a = Polynomial.monomial(Fixtures.randomParameterMonomial(r),
          Fixtures.randomCoefficient(r).add(BigFraction.ONE));
      DepthTerm computed = DepthTerm.of(base.plus(a.times(v("d_std"))));
      DepthTerm stated = DepthTerm.of(base.plus(a.times(v("d_sum"))));
      Decision d = new Decider(as).decide(computed, stated);
      assertSound(d, computed, stated, as, r);
      assertThat(d.verdict()).as("%s <= %s", computed, stated).isEqualTo(Verdict.HOLDS);
      assertThat(d.certificates().get(0).multipliers()).isNotEmpty();
      // the reverse is false under the same assumption (d_std = 1, d_sum = 2)
      Decision back = new Decider(as).decide(stated, computed);
      assertSound(back, stated, computed, as, r);
      assertThat(back.verdict()).as("%s <= %s", stated, computed).isEqualTo(Verdict.FAILS);
    }
  }

  /**
   * The smallest sum of values of an admissible point of {1,2,3}^vars (every variable of both
   * sides and of the assumptions) where computed > stated, or -1 when there is none.
   */
  private static int smallestGridViolation(DepthTerm computed, DepthTerm stated,
      List<Assumption> as) {
    List<String> vars = new ArrayList<>(allVariables(computed, stated, as));
    int total = 1;
    for (int i = 0; i < vars.size(); i++) {
      total *= 3;
    }
    int best = -1;
    for (int code = 0; code < total; code++) {
      Map<String, BigInteger> p = new TreeMap<>();
      int c = code;
      int sum = 0;
      for (String var : vars) {
        p.put(var, BigInteger.valueOf(1 + c % 3));
        sum += 1 + c % 3;
        c /= 3;
      }
      if ((best < 0 || sum < best) && satisfies(p, as)
          && computed.evaluate(p).compareTo(stated.evaluate(p)) > 0) {
        best = sum;
      }
    }
    return best;
  }
}
