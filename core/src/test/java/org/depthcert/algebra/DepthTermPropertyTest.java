package org.depthcert.algebra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.depthcert.algebra.Fixtures.randomDepthPolynomial;
import static org.depthcert.algebra.Fixtures.randomDepthTerm;
import static org.depthcert.algebra.Fixtures.randomParameterMonomial;
import static org.depthcert.algebra.Fixtures.randomPoint;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;

/** Seeded random properties of max-plus depth terms, checked by exact evaluation. */
class DepthTermPropertyTest {
  private static final Set<String> VARS = new TreeSet<>(List.of("d_std", "d_sum", "d_exp", "m"));
  private static final int CASES = 300;

  private static BigFraction max(BigFraction a, BigFraction b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  /** A random structural repeat count: a non-negative combination of 1, m, m^2. */
  private static Polynomial randomRepeatCount(Random r) {
    Polynomial p = Polynomial.ZERO;
    for (int i = 0; i < 1 + r.nextInt(2); i++) {
      p = p.plus(Polynomial.monomial(randomParameterMonomial(r), Fixtures.randomCoefficient(r)));
    }
    return p;
  }

  @Test
  void plusMaxTimesAgreeWithEvaluation() {
    Random r = new Random(10);
    for (int i = 0; i < CASES; i++) {
      DepthTerm a = randomDepthTerm(r);
      DepthTerm b = randomDepthTerm(r);
      Polynomial count = randomRepeatCount(r);
      for (int j = 0; j < 5; j++) {
        Map<String, BigInteger> x = randomPoint(r, VARS, j == 4 ? 500 : 5);
        BigFraction ax = a.evaluate(x);
        BigFraction bx = b.evaluate(x);
        assertThat(a.plus(b).evaluate(x)).as("%s + %s at %s", a, b, x).isEqualTo(ax.add(bx));
        assertThat(a.max(b).evaluate(x)).as("max(%s, %s) at %s", a, b, x)
            .isEqualTo(max(ax, bx));
        assertThat(a.times(count).evaluate(x)).as("(%s) * %s at %s", a, count, x)
            .isEqualTo(ax.multiply(count.evaluate(x)));
        assertThat(a.times(Polynomial.variable("m")).evaluate(x))
            .isEqualTo(ax.multiply(x.get("m")));
      }
    }
  }

  // Normalisation never changes the value: max of the raw candidates equals the normal form's
  // value at random points >= 1.
  @Test
  void normalisationPreservesValue() {
    Random r = new Random(11);
    for (int i = 0; i < CASES; i++) {
      List<Polynomial> raw = new ArrayList<>();
      for (int k = 0; k < 1 + r.nextInt(5); k++) {
        raw.add(randomDepthPolynomial(r));
      }
      DepthTerm t = DepthTerm.max(raw);
      assertThat(t.terms()).isNotEmpty();
      assertThat(raw).containsAll(t.terms());
      for (int j = 0; j < 5; j++) {
        Map<String, BigInteger> x = randomPoint(r, VARS, j == 4 ? 500 : 5);
        BigFraction expected = null;
        for (Polynomial p : raw) {
          expected = expected == null ? p.evaluate(x) : max(expected, p.evaluate(x));
        }
        assertThat(t.evaluate(x)).isEqualTo(expected);
      }
    }
  }

  // A normal form: no kept term is coefficientwise dominated by another after the shift, no
  // duplicates, canonical order; re-normalising and shuffling change nothing.
  @Test
  void normalFormIsReducedIdempotentAndOrderIndependent() {
    Random r = new Random(12);
    for (int i = 0; i < CASES; i++) {
      List<Polynomial> raw = new ArrayList<>();
      for (int k = 0; k < 1 + r.nextInt(6); k++) {
        raw.add(randomDepthPolynomial(r));
      }
      if (r.nextBoolean()) {
        raw.add(raw.get(r.nextInt(raw.size()))); // a duplicate
      }
      DepthTerm t = DepthTerm.max(raw);
      List<Polynomial> kept = t.terms();
      assertThat(kept).doesNotHaveDuplicates();
      for (int a = 0; a < kept.size(); a++) {
        for (int b = 0; b < kept.size(); b++) {
          if (a != b) {
            assertThat(kept.get(b).shifted().minus(kept.get(a).shifted())
                .isNonNegativeCoefficientwise()).as("%s dominated by %s", kept.get(a),
                    kept.get(b)).isFalse();
          }
        }
      }
      for (int a = 0; a + 1 < kept.size(); a++) {
        assertThat(kept.get(a).ascii()).isLessThan(kept.get(a + 1).ascii());
      }
      assertThat(DepthTerm.max(kept)).isEqualTo(t);
      List<Polynomial> shuffled = new ArrayList<>(raw);
      Collections.shuffle(shuffled, r);
      DepthTerm u = DepthTerm.max(shuffled);
      assertThat(u).isEqualTo(t);
      assertThat(u.ascii()).isEqualTo(t.ascii());
      assertThat(u.latex()).isEqualTo(t.latex());
      assertThat(u.hashCode()).isEqualTo(t.hashCode());
    }
  }

  @Test
  void algebraicLaws() {
    Random r = new Random(13);
    for (int i = 0; i < CASES; i++) {
      DepthTerm a = randomDepthTerm(r);
      DepthTerm b = randomDepthTerm(r);
      DepthTerm c = randomDepthTerm(r);
      assertThat(a.max(b)).isEqualTo(b.max(a));
      assertThat(a.max(b).max(c)).isEqualTo(a.max(b.max(c)));
      assertThat(a.max(a)).isEqualTo(a);
      assertThat(a.plus(b)).isEqualTo(b.plus(a));
      assertThat(a.plus(b).plus(c)).isEqualTo(a.plus(b.plus(c)));
      assertThat(a.plus(DepthTerm.ZERO)).isEqualTo(a);
      assertThat(a.max(DepthTerm.ZERO)).isEqualTo(a);
      assertThat(a.times(Polynomial.ONE)).isEqualTo(a);
      // a <= a + b everywhere, so max(a, a + b) = a + b
      assertThat(a.max(a.plus(b))).isEqualTo(a.plus(b));
      // the variables of a sum are the union (no coefficient cancels: all are non-negative)
      Set<String> union = new TreeSet<>(a.variables());
      union.addAll(b.variables());
      assertThat(new TreeSet<>(a.plus(b).variables())).isEqualTo(union);
    }
  }
}
