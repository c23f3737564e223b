package org.depthcert.algebra;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;

/**
 * The compact storage of {@link Polynomial} (interned monomials, long coefficients with an exact
 * fallback) against a plain reference: sorted maps of BigFraction coefficients with the
 * schoolbook operations, on random polynomials whose coefficients are often at the long overflow
 * boundary (Long.MAX_VALUE, Long.MIN_VALUE and their neighbours), so that sums, products, negations
 * and dominance tests cross it.
 */
class CompactPolynomialTest {
  private static final int CASES = Integer.getInteger("depthcert.propertyCases", 300) * 2;
  private static final List<String> VARS = List.of("d_std", "d_exp", "m", "n");
  private static final BigInteger MAX = BigInteger.valueOf(Long.MAX_VALUE);
  private static final BigInteger MIN = BigInteger.valueOf(Long.MIN_VALUE);

  // ------------------------------------------------------------------ the plain reference

  private static TreeMap<Monomial, BigFraction> ref(Polynomial p) {
    return new TreeMap<>(p.terms());
  }

  private static TreeMap<Monomial, BigFraction> refPlus(Map<Monomial, BigFraction> a,
      Map<Monomial, BigFraction> b) {
    TreeMap<Monomial, BigFraction> r = new TreeMap<>(a);
    b.forEach((m, c) -> r.merge(m, c, BigFraction::add));
    r.values().removeIf(c -> c.signum() == 0);
    return r;
  }

  private static TreeMap<Monomial, BigFraction> refTimes(Map<Monomial, BigFraction> a,
      Map<Monomial, BigFraction> b) {
    TreeMap<Monomial, BigFraction> r = new TreeMap<>();
    a.forEach((m1, c1) -> b.forEach((m2, c2) -> r.merge(m1.times(m2), c1.multiply(c2),
        BigFraction::add)));
    r.values().removeIf(c -> c.signum() == 0);
    return r;
  }

  /** x := replacement, by expanding each power. */
  private static TreeMap<Monomial, BigFraction> refSubstitute(Map<Monomial, BigFraction> a,
      String x, Map<Monomial, BigFraction> replacement) {
    TreeMap<Monomial, BigFraction> r = new TreeMap<>();
    for (Map.Entry<Monomial, BigFraction> t : a.entrySet()) {
      Map<String, Integer> rest = new TreeMap<>(t.getKey().exponents());
      rest.remove(x);
      TreeMap<Monomial, BigFraction> term = new TreeMap<>(Map.of(Monomial.of(rest), t.getValue()));
      for (int k = 0; k < t.getKey().exponent(x); k++) {
        term = refTimes(term, replacement);
      }
      r = refPlus(r, term);
    }
    return r;
  }

  private static TreeMap<Monomial, BigFraction> refShifted(Map<Monomial, BigFraction> a) {
    TreeMap<Monomial, BigFraction> r = new TreeMap<>(a);
    for (String x : VARS) {
      r = refSubstitute(r, x, Map.of(Monomial.of(x), BigFraction.ONE, Monomial.ONE,
          BigFraction.ONE));
    }
    return r;
  }

  private static boolean refCovers(Map<Monomial, BigFraction> a, Map<Monomial, BigFraction> b) {
    Map<Monomial, BigFraction> diff = new TreeMap<>(a);
    b.forEach((m, c) -> diff.merge(m, c.negate(), BigFraction::add));
    return diff.values().stream().allMatch(c -> c.signum() >= 0);
  }

  // ------------------------------------------------------------------ random inputs

  private static BigFraction coefficient(Random r, boolean nonNegative) {
    BigFraction c;
    switch (r.nextInt(6)) {
      case 0:
        c = BigFraction.of(MAX.subtract(BigInteger.valueOf(r.nextInt(3))));
        break;
      case 1:
        c = BigFraction.of(MIN.add(BigInteger.valueOf(r.nextInt(3))));
        break;
      case 2:
        c = BigFraction.of(BigInteger.ONE.shiftLeft(62).add(BigInteger.valueOf(r.nextInt(3))));
        break;
      case 3:
        c = BigFraction.of(1 + r.nextInt(5), 2 + r.nextInt(2));
        break;
      default:
        c = BigFraction.of(r.nextInt(9) - 4);
    }
    return nonNegative ? c.abs() : c;
  }

  private static Polynomial random(Random r, boolean depthShaped) {
    Map<Monomial, BigFraction> coeffs = new TreeMap<>();
    for (int i = 0; i < r.nextInt(5); i++) {
      Map<String, Integer> e = new TreeMap<>();
      if (depthShaped) {
        e.put("m", r.nextInt(2));
        if (r.nextBoolean()) {
          e.put(VARS.get(r.nextInt(2)), 1);
        }
      } else {
        for (String v : VARS) {
          if (r.nextInt(3) == 0) {
            e.put(v, 1 + r.nextInt(2));
          }
        }
      }
      coeffs.merge(Monomial.of(e), coefficient(r, depthShaped), BigFraction::add);
    }
    return Polynomial.of(coeffs);
  }

  // ------------------------------------------------------------------ the properties

  @Test
  void ringOperationsAgreeWithThePlainMaps() {
    Random r = new Random(1313);
    for (int i = 0; i < CASES; i++) {
      Polynomial a = random(r, false);
      Polynomial b = random(r, false);
      assertThat(ref(a.plus(b))).as("%s + %s", a, b).isEqualTo(refPlus(ref(a), ref(b)));
      assertThat(ref(a.minus(b))).as("%s - %s", a, b)
          .isEqualTo(refPlus(ref(a), ref(b.scale(BigFraction.of(-1)))));
      assertThat(ref(a.times(b))).as("%s * %s", a, b).isEqualTo(refTimes(ref(a), ref(b)));
      assertThat(ref(a.substitute("m", b))).as("%s [m := %s]", a, b)
          .isEqualTo(refSubstitute(ref(a), "m", ref(b)));
      assertThat(ref(a.shifted())).as("shift %s", a).isEqualTo(refShifted(ref(a)));
      assertThat(a.plus(b).minus(b)).isEqualTo(a);
      assertThat(a.negate().negate()).isEqualTo(a);
      // one value, one stored form: built another way, equal and with the same hash
      Polynomial again = Polynomial.of(ref(a.plus(b)));
      assertThat(again).isEqualTo(a.plus(b)).hasSameHashCodeAs(a.plus(b));
      assertThat(again.ascii()).isEqualTo(a.plus(b).ascii());
    }
  }

  @Test
  void dominanceTestsAgreeWithThePlainMaps() {
    Random r = new Random(1314);
    for (int i = 0; i < CASES; i++) {
      boolean shaped = r.nextBoolean();
      Polynomial a = random(r, shaped);
      Polynomial b = r.nextInt(4) == 0 ? a.plus(random(r, shaped)) : random(r, shaped);
      assertThat(a.coversCoefficientwise(b)).as("%s >= %s", a, b)
          .isEqualTo(refCovers(ref(a), ref(b)));
      assertThat(a.coversAfterShift(b)).as("%s >= %s after the shift", a, b)
          .isEqualTo(refCovers(refShifted(ref(a)), refShifted(ref(b))));
      assertThat(b.coversAfterShift(a)).as("%s >= %s after the shift", b, a)
          .isEqualTo(refCovers(refShifted(ref(b)), refShifted(ref(a))));
    }
  }

  /** The normal form of a max is the set of maximal candidates (by the reference), in ASCII order. */
  @Test
  void maxKeepsExactlyTheMaximalCandidates() {
    Random r = new Random(1315);
    for (int i = 0; i < CASES; i++) {
      List<Polynomial> candidates = new ArrayList<>();
      for (int k = 0; k < 1 + r.nextInt(6); k++) {
        candidates.add(r.nextInt(3) == 0 && !candidates.isEmpty()
            ? candidates.get(0).plus(random(r, true)) : random(r, true));
      }
      TreeMap<String, Polynomial> expected = new TreeMap<>();
      for (Polynomial p : candidates) {
        boolean dominated = false;
        for (Polynomial q : candidates) {
          dominated |= !q.equals(p) && refCovers(refShifted(ref(q)), refShifted(ref(p)));
        }
        if (!dominated) {
          expected.put(p.ascii(), p);
        }
      }
      assertThat(DepthTerm.max(candidates).terms()).as("max%s", candidates)
          .containsExactlyElementsOf(expected.values());
    }
  }

  // Hand-checked boundary: (2^63 - 1) + 1 = 2^63 leaves the long range and must stay exact, and
  // 2^63 - 1 = 9223372036854775807 prints digit for digit.
  @Test
  void overflowFallsBackExactly() {
    Polynomial max = Polynomial.constant(Long.MAX_VALUE);
    Polynomial sum = max.plus(Polynomial.ONE);
    assertThat(sum.ascii()).isEqualTo("9223372036854775808");
    assertThat(sum.minus(Polynomial.ONE)).isEqualTo(max);
    assertThat(Polynomial.constant(Long.MIN_VALUE).negate().ascii())
        .isEqualTo("9223372036854775808");
    assertThat(Polynomial.constant(Long.MIN_VALUE).ascii()).isEqualTo("-9223372036854775808");
    Polynomial x = Polynomial.variable("d_std");
    // MAX*x + MAX covers MAX*x + (MAX - 1) before and after the shift; the sums overflow a long
    Polynomial big = x.scale(BigFraction.of(Long.MAX_VALUE)).plus(max);
    Polynomial lower = x.scale(BigFraction.of(Long.MAX_VALUE)).plus(max.minus(Polynomial.ONE));
    assertThat(big.coversAfterShift(lower)).isTrue();
    assertThat(lower.coversAfterShift(big)).isFalse();
  }
}
