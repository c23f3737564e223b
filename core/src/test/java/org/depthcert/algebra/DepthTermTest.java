package org.depthcert.algebra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.depthcert.algebra.Fixtures.c;
import static org.depthcert.algebra.Fixtures.k;
import static org.depthcert.algebra.Fixtures.max;
import static org.depthcert.algebra.Fixtures.point;
import static org.depthcert.algebra.Fixtures.prod;
import static org.depthcert.algebra.Fixtures.q;
import static org.depthcert.algebra.Fixtures.sum;
import static org.depthcert.algebra.Fixtures.v;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Normalisation of max-plus depth terms (hand-derived cases). */
class DepthTermTest {
  private static final Polynomial S = v("d_std");
  private static final Polynomial U = v("d_sum");
  private static final Polynomial E = v("d_exp");
  private static final Polynomial M = v("m");

  // 2s - s = s >= 0 coefficientwise: d_std is dominated.
  @Test
  void dropsScaledCopy() {
    assertThat(max(S, k(2, S))).isEqualTo(DepthTerm.of(k(2, S)));
    assertThat(max(k(2, S), S).ascii()).isEqualTo("2*d_std");
  }

  // s >= 1 gives 2s >= s + 1: shifted, (2s' + 2) - (s' + 2) = s' >= 0. Equal at s = 1.
  @Test
  void dropsTermDominatedOnlyThanksToDomainBound() {
    DepthTerm t = max(sum(S, c(1)), k(2, S));
    assertThat(t.terms()).containsExactly(k(2, S));
    // m >= 1: m*d_std >= d_std and d_std + m >= d_std + 1
    assertThat(max(S, prod(M, S)).terms()).containsExactly(prod(M, S));
    assertThat(max(sum(S, c(1)), sum(S, M)).terms()).containsExactly(sum(S, M));
    // m^2 >= m
    assertThat(max(prod(M, M, S), prod(M, S)).terms()).containsExactly(prod(M, M, S));
  }

  // Incomparable terms stay: s vs u; s/2 vs 1 (1/2 < 1 at s = 1, 3/2 > 1 at s = 3);
  // 2s vs s + u (s = 1, u = 2 vs s = 2, u = 1).
  @Test
  void keepsIncomparableTerms() {
    assertThat(max(S, U).terms()).hasSize(2);
    assertThat(max(S.scale(q(1, 2)), c(1)).terms()).hasSize(2);
    assertThat(max(k(2, S), sum(S, U)).terms()).hasSize(2);
    assertThat(max(prod(M, S), k(3, S)).terms()).hasSize(2); // m = 1 vs m = 5
  }

  @Test
  void duplicatesCollapse() {
    Polynomial p = sum(k(3, S), prod(M, E), c(2));
    assertThat(max(p, p, p)).isEqualTo(DepthTerm.of(p));
    assertThat(max(p, p, p).terms()).containsExactly(p);
    assertThat(max(S, U, S, U).terms()).containsExactlyInAnyOrder(S, U);
  }

  // Domination chains: 1 <= s <= 2s <= 2s + u; the largest alone survives.
  @Test
  void dominationChainKeepsTop() {
    Polynomial top = sum(k(2, S), U);
    assertThat(max(c(1), S, k(2, S), top).terms()).containsExactly(top);
    assertThat(max(top, k(2, S), S, c(1)).terms()).containsExactly(top);
  }

  @Test
  void zeroIsNeutralForMaxAndPlus() {
    DepthTerm t = max(sum(S, U), k(2, E), prod(M, S));
    assertThat(t.max(DepthTerm.ZERO)).isEqualTo(t);
    assertThat(t.plus(DepthTerm.ZERO)).isEqualTo(t);
    assertThat(DepthTerm.ZERO.terms()).containsExactly(Polynomial.ZERO);
    assertThat(DepthTerm.of(Polynomial.ZERO)).isEqualTo(DepthTerm.ZERO);
    assertThat(DepthTerm.ZERO.ascii()).isEqualTo("0");
  }

  // max(a, b) + max(c, d) = max(a + c, a + d, b + c, b + d); here with a = s, b = u, c = s, d = u:
  // max(2s, s + u, 2u) (s + u is not dominated: it is the average of the other two, and in
  // s' + u' + 2 vs 2s' + 2 the u' has no counterpart).
  @Test
  void plusIsPairwiseSum() {
    DepthTerm t = max(S, U).plus(max(S, U));
    assertThat(t.terms()).containsExactlyInAnyOrder(k(2, S), sum(S, U), k(2, U));
    assertThat(t.ascii()).isEqualTo("max(2*d_std, 2*d_sum, d_std + d_sum)");
  }

  // m * max(s, u + 1) = max(m s, m u + m).
  @Test
  void timesScalesEveryTerm() {
    DepthTerm t = max(S, sum(U, c(1))).times(M);
    assertThat(t.terms()).containsExactlyInAnyOrder(prod(M, S), sum(prod(M, U), M));
    assertThat(max(S, U).times(Polynomial.ZERO)).isEqualTo(DepthTerm.ZERO);
    assertThat(max(S, U).times(c(1, 2)).terms())
        .containsExactlyInAnyOrder(S.scale(q(1, 2)), U.scale(q(1, 2)));
  }

  @Test
  void timesRejectsDepthConstantsAndNegativeCounts() {
    DepthTerm t = DepthTerm.of(S);
    assertThatThrownBy(() -> t.times(U)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> t.times(M.minus(c(1))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rejectsIllFormedTerms() {
    assertThatThrownBy(() -> DepthTerm.max(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DepthTerm.of(S.minus(U)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative");
    assertThatThrownBy(() -> DepthTerm.of(prod(S, S)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("linear");
    assertThatThrownBy(() -> DepthTerm.of(prod(S, U)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("linear");
    assertThatThrownBy(() -> max(S, c(-1))).isInstanceOf(IllegalArgumentException.class);
    // polynomial in parameters is fine
    assertThat(DepthTerm.of(prod(M, M, M, S)).terms()).hasSize(1);
    assertThat(DepthTerm.constant("d_g")).isEqualTo(DepthTerm.of(v("d_g")));
  }

  @Test
  void evaluateIsMaxOfTerms() {
    DepthTerm t = max(prod(M, S), k(3, S));
    // m = 1, s = 2: max(2, 6) = 6; m = 5, s = 2: max(10, 6) = 10
    assertThat(t.evaluate(point("m", 1, "d_std", 2))).isEqualTo(q(6));
    assertThat(t.evaluate(point("m", 5, "d_std", 2))).isEqualTo(q(10));
    assertThat(t.variables()).containsExactly("m", "d_std");
    assertThat(t.isSingle()).isFalse();
  }

  @Test
  void normalFormIsIdempotent() {
    DepthTerm t = max(S, k(2, S), sum(S, U), k(2, U), c(3), prod(M, E), sum(prod(M, E), c(1)));
    assertThat(DepthTerm.max(t.terms())).isEqualTo(t);
    assertThat(DepthTerm.max(t.terms()).ascii()).isEqualTo(t.ascii());
    // 2s, s + u, 2u, 3, m e + 1 survive (s < 2s; m e < m e + 1); 3 vs 2s: s = 1 gives 2 < 3
    assertThat(t.terms()).containsExactlyInAnyOrder(k(2, S), sum(S, U), k(2, U), c(3),
        sum(prod(M, E), c(1)));
  }

  @Test
  void normalFormIsOrderIndependent() {
    List<Polynomial> input = new ArrayList<>(List.of(S, k(2, S), sum(S, U), k(2, U), c(3),
        prod(M, E), sum(prod(M, E), c(1)), sum(S, U), c(2)));
    DepthTerm reference = DepthTerm.max(input);
    Random r = new Random(7);
    for (int i = 0; i < 50; i++) {
      Collections.shuffle(input, r);
      DepthTerm t = DepthTerm.max(input);
      assertThat(t).isEqualTo(reference);
      assertThat(t.ascii()).isEqualTo(reference.ascii());
      assertThat(t.latex()).isEqualTo(reference.latex());
      assertThat(t.hashCode()).isEqualTo(reference.hashCode());
    }
  }

  @Test
  void printsMaxCanonically() {
    DepthTerm t = max(k(2, U), k(2, S));
    assertThat(t.ascii()).isEqualTo("max(2*d_std, 2*d_sum)");
    assertThat(t.latex())
        .isEqualTo("\\max\\{2d_{\\mathrm{std}}, 2d_{\\oplus}\\}");
    assertThat(t.toString()).isEqualTo(t.ascii());
    assertThat(DepthTerm.of(sum(prod(M, S), c(1, 2))).ascii()).isEqualTo("m*d_std + 1/2");
    assertThat(DepthTerm.of(sum(prod(M, S), c(1, 2))).latex())
        .isEqualTo("md_{\\mathrm{std}} + \\frac{1}{2}");
  }
}
