package org.depthcert.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;

/**
 * The fast dominance and normalisation (shifted coefficients in arrays compared without
 * arithmetic, sums of shifts merged with machine integers that fall back to fractions, and the
 * one-pass front of undominated terms) against the plain computation they replaced: the full
 * shift of s - t in fractions, and every pair of terms compared. Random terms are linear in the
 * depth constants with polynomial coefficients in n and d, as depth terms are; coefficients are
 * small (many ties and dominations), rational, negative, or near the long range's ends (so the
 * exact fallback is taken).
 */
class MaxTermPropertyTest {
  private static final String[] CONSTANTS = {"d_std", "d_sum", "d_exp"};
  private static final String[] PARAMETERS = {"n", "d"};

  @Test
  void dominanceAgreesWithThePlainShiftOfTheDifference() {
    Random r = new Random(13);
    for (int i = 0; i < 20_000; i++) {
      Poly s = term(r);
      Poly t = r.nextInt(4) == 0 ? s.plus(term(r)) : term(r);
      assertThat(MaxTerm.dominates(s, t)).as("%s >= %s", s, t).isEqualTo(plainDominates(s, t));
      assertThat(MaxTerm.dominates(t, s)).as("%s >= %s", t, s).isEqualTo(plainDominates(t, s));
    }
  }

  @Test
  void aDominatingTermIsAtLeastTheOtherOnEveryGridPoint() {
    // Soundness, by brute force: s dominates t must mean s >= t wherever every variable is
    // an integer in 1..3 (the verifier's domain is every variable >= 1).
    Random r = new Random(14);
    int dominating = 0;
    for (int i = 0; i < 3000; i++) {
      Poly s = term(r);
      Poly t = term(r);
      if (MaxTerm.dominates(s, t)) {
        dominating++;
        for (Map<String, BigInteger> x : grid()) {
          assertThat(s.evaluate(x).compareTo(t.evaluate(x))).as("%s >= %s at %s", s, t, x)
              .isGreaterThanOrEqualTo(0);
        }
      }
    }
    assertThat(dominating).as("the sample must contain dominating pairs").isGreaterThan(100);
  }

  @Test
  void theShiftOfASumIsTheMergedSumOfTheShifts() {
    Random r = new Random(15);
    for (int i = 0; i < 20_000; i++) {
      Poly a = term(r);
      Poly b = r.nextInt(5) == 0 ? a.negate() : term(r);
      Poly merged = a.sum(b);
      assertThat(merged).isEqualTo(a.plus(b));
      assertThat(merged.shiftedForm().toPoly()).as("%s + %s", a, b)
          .isEqualTo(a.plus(b).shifted());
    }
  }

  @Test
  void longsThatWouldOverflowAreAddedExactly() {
    // The boundary: (2^63 - 1)*d_std + 1*d_std shifts to 2^63*d_std + 2^63, one past the long
    // range; the merged sum must say so exactly, and compare exactly with a term just below.
    BigFraction max = BigFraction.of(Long.MAX_VALUE);
    Poly big = Poly.monomial(Mono.of("d_std", 1), max);
    Poly one = Poly.variable("d_std");
    Poly sum = big.sum(one);
    BigFraction twoTo63 = BigFraction.of(BigInteger.TWO.pow(63));
    assertThat(sum.shiftedForm().toPoly()).isEqualTo(Poly.monomial(Mono.of("d_std", 1), twoTo63)
        .plus(Poly.constant(twoTo63)));
    assertThat(MaxTerm.dominates(sum, big)).isTrue();
    assertThat(MaxTerm.dominates(big, sum)).isFalse();
    // and back into range: (2^63 - 1) + 1 - 1 is a long again and still exact
    Poly back = sum.sum(one.negate());
    assertThat(back).isEqualTo(big);
    assertThat(back.shiftedForm().toPoly()).isEqualTo(big.shifted());
    // Long.MIN_VALUE itself is a long; one below is not
    Poly min = Poly.monomial(Mono.ONE, BigFraction.of(Long.MIN_VALUE));
    assertThat(min.sum(Poly.constant(BigFraction.of(-1))).shiftedForm().toPoly())
        .isEqualTo(Poly.constant(BigFraction.of(BigInteger.valueOf(Long.MIN_VALUE)
            .subtract(BigInteger.ONE))));
    assertThat(MaxTerm.dominates(min, min.sum(Poly.constant(BigFraction.of(-1))))).isTrue();
  }

  @Test
  void normalisationAgreesWithThePairwisePlainOneInOrder() {
    Random r = new Random(16);
    for (int i = 0; i < 3000; i++) {
      List<Poly> candidates = new ArrayList<>();
      int k = 1 + r.nextInt(12);
      for (int j = 0; j < k; j++) {
        // repeats and translates of earlier candidates, as the sums of a node's inputs are
        candidates.add(j > 0 && r.nextInt(4) == 0
            ? candidates.get(r.nextInt(j)).sum(r.nextBoolean() ? Poly.ZERO : small(r))
            : term(r));
      }
      assertThat(new ArrayList<>(MaxTerm.normalise(candidates))).as("%s", candidates)
          .isEqualTo(new ArrayList<>(plainNormalise(candidates)));
    }
  }

  @Test
  void theMaxOfSumsOfNormalFormsAgreesWithThePlainNormalisationOfAllSums() {
    // a node's arrival: inputs' normal forms (one may be listed twice, as add(T, T) lists it)
    // plus its local depth; the translates are not compared within themselves
    Random r = new Random(17);
    for (int i = 0; i < 3000; i++) {
      List<Set<Poly>> inputs = new ArrayList<>();
      int k = 1 + r.nextInt(3);
      for (int j = 0; j < k; j++) {
        inputs.add(j > 0 && r.nextInt(3) == 0 ? inputs.get(r.nextInt(j)) : normalForm(r));
      }
      Set<Poly> local = normalForm(r);
      List<Poly> sums = new ArrayList<>();
      for (Set<Poly> a : inputs) {
        for (Poly x : a) {
          for (Poly y : local) {
            sums.add(x.plus(y));
          }
        }
      }
      assertThat(new ArrayList<>(MaxTerm.maxOfSums(inputs, local)))
          .as("%s + %s", inputs, local).isEqualTo(new ArrayList<>(plainNormalise(sums)));
    }
  }

  /** A random depth term in normal form (the plain normalisation of random terms). */
  private static Set<Poly> normalForm(Random r) {
    List<Poly> terms = new ArrayList<>();
    int k = 1 + r.nextInt(5);
    for (int j = 0; j < k; j++) {
      terms.add(term(r));
    }
    return plainNormalise(terms);
  }

  @Test
  void normalisationOfALargeAntichainKeepsItWhole() {
    // k*d_std + (300 - k)*d_exp for k = 0..300 shift to 300 + k*d_std' + (300 - k)*d_exp':
    // equal constants and crossing coefficients, so no term dominates another and all 301
    // stay, in order. d_std + 301*d_exp (shift 302 + d_std' + 301*d_exp') dominates term k
    // exactly when k <= 1 and 300 - k <= 301, i.e. the terms k = 0 and k = 1.
    List<Poly> antichain = new ArrayList<>();
    for (int k = 0; k <= 300; k++) {
      antichain.add(AsciiForm.polynomial(k + "*d_std + " + (300 - k) + "*d_exp").orElseThrow());
    }
    assertThat(new ArrayList<>(MaxTerm.normalise(antichain))).isEqualTo(antichain);
    List<Poly> more = new ArrayList<>(antichain);
    Poly above = AsciiForm.polynomial("d_std + 301*d_exp").orElseThrow();
    more.add(above);
    List<Poly> expected = new ArrayList<>(antichain.subList(2, antichain.size()));
    expected.add(above);
    assertThat(new ArrayList<>(MaxTerm.normalise(more))).isEqualTo(expected);
    assertThat(new ArrayList<>(MaxTerm.normalise(more))).isEqualTo(
        new ArrayList<>(plainNormalise(more)));
  }

  /** The normalisation before issue #13: every pair, through the full shift of s - t. */
  private static Set<Poly> plainNormalise(List<Poly> candidates) {
    Set<Poly> distinct = new LinkedHashSet<>(candidates);
    Set<Poly> kept = new LinkedHashSet<>();
    for (Poly t : distinct) {
      boolean dominated = false;
      for (Poly s : distinct) {
        dominated |= !s.equals(t) && plainDominates(s, t);
      }
      if (!dominated) {
        kept.add(t);
      }
    }
    return kept;
  }

  private static boolean plainDominates(Poly s, Poly t) {
    return s.minus(t).shifted().nonNegativeCoefficients();
  }

  /** A random depth-like term: sum over a few constants of (polynomial in n, d) * constant. */
  private static Poly term(Random r) {
    Poly t = Poly.ZERO;
    int parts = r.nextInt(4);
    for (int i = 0; i < parts; i++) {
      Poly coefficient = small(r);
      Poly c = r.nextInt(5) == 0 ? Poly.ONE : Poly.variable(CONSTANTS[r.nextInt(3)]);
      t = t.plus(coefficient.times(c));
    }
    return t;
  }

  /** A polynomial in n and d of degree <= 2 per variable with a varied coefficient. */
  private static Poly small(Random r) {
    TreeMap<Mono, BigFraction> m = new TreeMap<>();
    int monomials = 1 + r.nextInt(2);
    for (int i = 0; i < monomials; i++) {
      TreeMap<String, Integer> e = new TreeMap<>();
      for (String v : PARAMETERS) {
        int k = r.nextInt(3);
        if (k > 0) {
          e.put(v, k);
        }
      }
      m.merge(new Mono(e), coefficient(r), BigFraction::add);
    }
    return Poly.of(m);
  }

  private static BigFraction coefficient(Random r) {
    switch (r.nextInt(8)) {
      case 0:
        return BigFraction.of(1 + r.nextInt(5), 2 + r.nextInt(3));
      case 1:
        return BigFraction.of(-1 - r.nextInt(3));
      case 2:
        return BigFraction.of(Long.MAX_VALUE - r.nextInt(3));
      case 3:
        return BigFraction.of(Long.MIN_VALUE + r.nextInt(3));
      default:
        return BigFraction.of(1 + r.nextInt(3));
    }
  }

  private static List<Map<String, BigInteger>> grid() {
    List<Map<String, BigInteger>> points = new ArrayList<>();
    List<String> vars = new ArrayList<>(List.of(CONSTANTS));
    vars.addAll(List.of(PARAMETERS));
    int n = vars.size();
    for (int code = 0; code < Math.pow(3, n); code++) {
      Map<String, BigInteger> x = new HashMap<>();
      int c = code;
      for (String v : vars) {
        x.put(v, BigInteger.valueOf(1 + c % 3));
        c /= 3;
      }
      points.add(x);
    }
    return points;
  }
}
