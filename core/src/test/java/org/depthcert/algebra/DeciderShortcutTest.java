package org.depthcert.algebra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.depthcert.algebra.Fixtures.le;
import static org.depthcert.algebra.Fixtures.randomDepthPolynomial;
import static org.depthcert.algebra.Fixtures.randomPolynomial;
import static org.depthcert.algebra.Fixtures.v;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;

/**
 * {@link Decider#solve} answers without the LP where it can (no assumptions, one fixed weight)
 * and remembers answers across deciders. Both must give exactly the certificate the LP gives:
 * the certificate is printed, so "an equally valid one" would change the bytes of every output.
 * Each case compares {@code solve} with {@link Decider#solveByLp} on the same question.
 */
class DeciderShortcutTest {
  private static final int CASES = Integer.getInteger("depthcert.propertyCases", 200);
  private static final List<String> VARS = List.of("d_std", "d_sum", "m");

  private static List<Assumption> assumptions(Random r) {
    switch (r.nextInt(4)) {
      case 0:
      case 1:
        return List.of(); // the shortcut's case, drawn half of the time
      case 2:
        return List.of(le(v("d_std"), v("d_sum")));
      default:
        return List.of(le(v("d_std"), v("m")), le(v("d_sum"), v("d_exp").plus(v("m"))));
    }
  }

  /**
   * A computed term against one to three stated terms. Half of the stated terms are t plus a
   * non-negative depth polynomial (then the single-weight LP is feasible), the others t plus a
   * signed random polynomial (feasible or not after the shift: a negative coefficient on a
   * monomial of high degree can be outweighed by the shift of another, or not).
   */
  private static List<Polynomial> stated(Random r, Polynomial t) {
    List<Polynomial> out = new ArrayList<>();
    int k = 1 + r.nextInt(3);
    for (int i = 0; i < k; i++) {
      out.add(t.plus(r.nextBoolean() ? randomDepthPolynomial(r) : randomPolynomial(r, VARS)));
    }
    return out;
  }

  @Test
  void everyAnswerIsTheLpsAnswer() {
    Random r = new Random(1300);
    int shortcutFeasible = 0;
    int shortcutInfeasible = 0;
    for (int i = 0; i < CASES; i++) {
      List<Assumption> as = assumptions(r);
      Polynomial t = randomDepthPolynomial(r);
      List<Polynomial> stated = stated(r, t);
      Decider decider = new Decider(as);
      List<Optional<Integer>> onlies = new ArrayList<>();
      onlies.add(Optional.empty());
      for (int j = 0; j < stated.size(); j++) {
        onlies.add(Optional.of(j));
      }
      for (Optional<Integer> only : onlies) {
        Optional<TermCertificate> lp = decider.solveByLp(t, stated, only);
        Optional<TermCertificate> fast = decider.solve(t, stated, only);
        assertThat(fast).as("%s <= %s weight %s under %s", t, stated, only, as).isEqualTo(lp);
        // asked again, by another decider: the remembered answer, still the LP's
        assertThat(new Decider(as).solve(t, stated, only)).isEqualTo(lp);
        if (as.isEmpty() && only.isPresent()) {
          if (lp.isPresent()) {
            shortcutFeasible++;
          } else {
            shortcutInfeasible++;
          }
        }
      }
    }
    // the generator reaches both outcomes of the shortcut
    assertThat(shortcutFeasible).isGreaterThan(CASES / 4);
    assertThat(shortcutInfeasible).isGreaterThan(CASES / 20);
  }

  // The LP's weight on a fixed single term is the exact value 1 (the convex row), so the
  // shortcut's lambdas are [0, .., 1, .., 0]: t = d_std, stated = [d_sum, d_std + 1], weight on
  // the second: d_std + 1 - d_std = 1 >= 0, weight 1 there; on the first: d_sum - d_std has the
  // coefficient -1 on d_std after the shift x = 1 + x', so no certificate.
  @Test
  void singleWeightByHand() {
    Decider d = new Decider(List.of());
    Polynomial t = v("d_std");
    List<Polynomial> stated = List.of(v("d_sum"), v("d_std").plus(Polynomial.ONE));
    assertThat(d.solve(t, stated, Optional.of(1))).contains(new TermCertificate(t,
        List.of(BigFraction.ZERO, BigFraction.ONE), List.of()));
    assertThat(d.solve(t, stated, Optional.of(0))).isEmpty();
    assertThat(d.solveByLp(t, stated, Optional.of(0))).isEmpty();
  }

  // The same polynomials under different assumptions are different questions: d_std <= d_sum
  // needs d_std <= d_sum (multiplier 1 on cofactor 1), and without it there is no certificate.
  @Test
  void assumptionsArePartOfTheQuestion() {
    Polynomial t = v("d_std");
    List<Polynomial> stated = List.of(v("d_sum"));
    List<Assumption> as = List.of(le(v("d_std"), v("d_sum")));
    assertThat(new Decider(as).solve(t, stated, Optional.of(0))).isPresent();
    assertThat(new Decider(List.of()).solve(t, stated, Optional.of(0))).isEmpty();
    assertThat(new Decider(as).solve(t, stated, Optional.of(0))).isPresent();
  }
}
