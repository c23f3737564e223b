package org.depthcert.algebra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.depthcert.algebra.Fixtures.assertSound;
import static org.depthcert.algebra.Fixtures.c;
import static org.depthcert.algebra.Fixtures.k;
import static org.depthcert.algebra.Fixtures.le;
import static org.depthcert.algebra.Fixtures.max;
import static org.depthcert.algebra.Fixtures.point;
import static org.depthcert.algebra.Fixtures.prod;
import static org.depthcert.algebra.Fixtures.q;
import static org.depthcert.algebra.Fixtures.sum;
import static org.depthcert.algebra.Fixtures.v;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Hand-derived decisions; every expected value is worked out in the comment above it. */
class DeciderTest {
  private static final Polynomial D_STD = v("d_std");
  private static final Polynomial D_SUM = v("d_sum");
  private static final Polynomial D_EXP = v("d_exp");
  private static final Polynomial D_TRIG = v("d_trig");
  private static final Polynomial D_G = v("d_g");
  private static final Polynomial M = v("m");
  private static final Polynomial D = v("d");
  private static final Polynomial N = v("n");

  private static final Assumption STD_LE_SUM = le(D_STD, D_SUM);
  private static final Assumption D_LE_N = le(D, N);

  private final Random random = new Random(20261122L);

  private Decision decide(List<Assumption> assumptions, DepthTerm computed, DepthTerm stated) {
    Decision d = new Decider(assumptions).decide(computed, stated);
    assertSound(d, computed, stated, assumptions, random);
    return d;
  }

  private Decision decide(List<Assumption> assumptions, Polynomial computed, Polynomial stated) {
    return decide(assumptions, DepthTerm.of(computed), DepthTerm.of(stated));
  }

  // 6s + 3u + e <= 5s + 5u + e  <=>  s <= 2u (s = d_std, u = d_sum, e = d_exp).
  // Violated iff s > 2u, i.e. s >= 2u + 1 >= 3. Smallest violation by sum of values: u = 1, s = 3,
  // e = 1 (sum 5, unique: s >= 3 and u, e >= 1). There 6*3 + 3 + 1 = 22 > 5*3 + 5 + 1 = 21.
  @Test
  void seedPaperLemmaFailsWithoutAssumption() {
    Polynomial computed = sum(k(6, D_STD), k(3, D_SUM), D_EXP);
    Polynomial stated = sum(k(5, D_STD), k(5, D_SUM), D_EXP);
    Decision d = decide(List.of(), computed, stated);
    assertThat(d.verdict()).isEqualTo(Verdict.FAILS);
    Map<String, BigInteger> cex = d.counterexample().orElseThrow();
    assertThat(cex).isEqualTo(point("d_std", 3, "d_sum", 1, "d_exp", 1));
    assertThat(computed.evaluate(cex)).isEqualTo(q(22));
    assertThat(stated.evaluate(cex)).isEqualTo(q(21));
    assertThat(d.holdsIf()).contains("d_std <= 2*d_sum");
    assertThat(d.excess().orElseThrow().ascii()).isEqualTo("d_std - 2*d_sum");
    assertThat(d.slack()).isEmpty();
  }

  // With s <= u: stated - computed = 2u - s = (u - s) + u >= 0. Certificate: lambda = 1, multiplier
  // mu on (u - s) with residual (2 - mu)u + (mu - 1)s, valid exactly for 1 <= mu <= 2.
  @Test
  void seedPaperLemmaHoldsUnderStdLeSum() {
    Polynomial computed = sum(k(6, D_STD), k(3, D_SUM), D_EXP);
    Polynomial stated = sum(k(5, D_STD), k(5, D_SUM), D_EXP);
    Decision d = decide(List.of(STD_LE_SUM), computed, stated);
    assertThat(d.verdict()).isEqualTo(Verdict.HOLDS);
    assertThat(d.slack().orElseThrow().ascii()).isEqualTo("-d_std + 2*d_sum");
    TermCertificate cert = d.certificates().get(0);
    assertThat(cert.lambdas()).containsExactly(q(1));
    assertThat(cert.multipliers()).hasSize(1);
    Multiplier mu = cert.multipliers().get(0);
    assertThat(mu.assumption()).isZero();
    assertThat(mu.cofactor()).isEqualTo(Monomial.ONE);
    assertThat(mu.value()).isBetween(q(1), q(2));
  }

  // Regression for the multiplier sign: under d_std <= d_sum the claim d_sum <= d_std is false
  // (d_std = 1, d_sum = 2: 2 > 1). Adding (instead of subtracting) mu*(d_sum - d_std) to the stated
  // side "certified" it with mu = 1.
  @Test
  void assumptionCannotCertifyTheReverseInequality() {
    Decision d = decide(List.of(STD_LE_SUM), D_SUM, D_STD);
    assertThat(d.verdict()).isEqualTo(Verdict.FAILS);
    assertThat(d.counterexample()).contains(new TreeMap<>(point("d_std", 1, "d_sum", 2)));
  }

  // m(6s + 3u + e) + (m + 1)g <= (m + 1)g + 6ms + 5mu + me: the difference is 5mu - 3mu = 2mu,
  // non-negative coefficientwise, so HOLDS with lambda = 1, no multipliers, slack 2*m*d_sum.
  @Test
  void repeatedLayerWithDeclaredConstantHolds() {
    Polynomial computed = sum(prod(M, sum(k(6, D_STD), k(3, D_SUM), D_EXP)),
        prod(sum(M, c(1)), D_G));
    Polynomial stated = sum(prod(sum(M, c(1)), D_G), k(6, prod(M, D_STD)), k(5, prod(M, D_SUM)),
        prod(M, D_EXP));
    Decision d = decide(List.of(), computed, stated);
    assertThat(d.verdict()).isEqualTo(Verdict.HOLDS);
    assertThat(d.slack().orElseThrow().ascii()).isEqualTo("2*m*d_sum");
    assertThat(d.certificates()).hasSize(1);
    assertThat(d.certificates().get(0).lambdas()).containsExactly(q(1));
    assertThat(d.certificates().get(0).multipliers()).isEmpty();
  }

  // max(4s + 3u + e, 5s + 2u + t + e) <= 7s + 4u + t + e: neither computed term dominates the other
  // (their difference s - u + t has a negative coefficient), and each is below the stated term
  // coefficientwise (differences 3s + u + t and 2s + 2u). So two certificates, lambda = 1 each.
  @Test
  void maxOfTwoTermsNeedsTwoCertificates() {
    Polynomial a = sum(k(4, D_STD), k(3, D_SUM), D_EXP);
    Polynomial b = sum(k(5, D_STD), k(2, D_SUM), D_TRIG, D_EXP);
    DepthTerm computed = max(a, b);
    assertThat(computed.terms()).hasSize(2);
    DepthTerm stated = DepthTerm.of(sum(k(7, D_STD), k(4, D_SUM), D_TRIG, D_EXP));
    Decision d = decide(List.of(), computed, stated);
    assertThat(d.verdict()).isEqualTo(Verdict.HOLDS);
    assertThat(d.certificates()).hasSize(2);
    assertThat(d.certificates()).extracting(TermCertificate::computedTerm)
        .containsExactlyInAnyOrder(a, b);
    assertThat(d.certificates()).allSatisfy(cert -> {
      assertThat(cert.lambdas()).containsExactly(q(1));
      assertThat(cert.multipliers()).isEmpty();
    });
    assertThat(d.slack()).isEmpty(); // slack only for single terms
  }

  // Equal terms: TIGHT, slack 0.
  @Test
  void equalTermsAreTight() {
    Polynomial p = sum(k(6, D_STD), k(3, prod(M, D_SUM)), D_EXP, c(2));
    Decision d = decide(List.of(), p, sum(c(2), D_EXP, k(3, prod(M, D_SUM)), k(6, D_STD)));
    assertThat(d.verdict()).isEqualTo(Verdict.TIGHT);
    assertThat(d.slack()).contains(Polynomial.ZERO);
  }

  // max(a, b) and max(b, a) have the same normal form: TIGHT.
  @Test
  void maxIsTightAgainstItsPermutation() {
    Polynomial a = sum(k(2, D_STD), M);
    Polynomial b = sum(D_SUM, prod(M, D_EXP));
    Decision d = decide(List.of(), max(a, b), max(b, a));
    assertThat(d.verdict()).isEqualTo(Verdict.TIGHT);
    assertThat(d.certificates()).hasSize(2);
  }

  // d^2 <= n under d <= n: violated iff d^2 > n >= d, so d >= 2; smallest sum: d = 2, n = 2
  // (d = 2, n = 3 gives 4 > 3 too, but sum 5). At d = n = 2: 4 > 2.
  @Test
  void squareBelowParameterFails() {
    Decision d = decide(List.of(D_LE_N), prod(D, D), N);
    assertThat(d.verdict()).isEqualTo(Verdict.FAILS);
    assertThat(d.counterexample()).contains(new TreeMap<>(point("d", 2, "n", 2)));
    assertThat(d.holdsIf()).contains("d^2 <= n");
  }

  // d <= n under d <= n: residual n - mu(n - d) - d = (1 - mu)(n - d), valid only for mu = 1.
  @Test
  void assumptionItselfHolds() {
    Decision d = decide(List.of(D_LE_N), D, N);
    assertThat(d.verdict()).isEqualTo(Verdict.HOLDS);
    TermCertificate cert = d.certificates().get(0);
    assertThat(cert.multipliers()).singleElement().satisfies(mu -> {
      assertThat(mu.cofactor()).isEqualTo(Monomial.ONE);
      assertThat(mu.value()).isEqualTo(q(1));
    });
    assertThat(d.slack().orElseThrow().ascii()).isEqualTo("-d + n");
    // without the assumption it fails at d = 2, n = 1
    Decision free = decide(List.of(), D, N);
    assertThat(free.verdict()).isEqualTo(Verdict.FAILS);
    assertThat(free.counterexample()).contains(new TreeMap<>(point("d", 2, "n", 1)));
  }

  // n*d <= n^2 under d <= n needs the cofactor n: n^2 - nd - mu*n*(n - d) = (1 - mu)(n^2 - nd), so
  // mu = 1 with cofactor n. Cofactor 1 cannot work: n^2 - nd - mu(n - d) shifted has the term
  // -n'd' whatever mu is; cofactor d gives n^2 - (1 + mu)nd + mu d^2, again -n'd' < 0.
  @Test
  void productNeedsCofactorMultiplier() {
    Decision d = decide(List.of(D_LE_N), prod(N, D), prod(N, N));
    assertThat(d.verdict()).isEqualTo(Verdict.HOLDS);
    TermCertificate cert = d.certificates().get(0);
    assertThat(cert.multipliers()).singleElement().satisfies(mu -> {
      assertThat(mu.cofactor()).isEqualTo(Monomial.of("n"));
      assertThat(mu.value()).isEqualTo(q(1));
    });
    // without the assumption: d = 2, n = 1 gives 2 > 1
    Decision free = decide(List.of(), prod(N, D), prod(N, N));
    assertThat(free.verdict()).isEqualTo(Verdict.FAILS);
    assertThat(free.counterexample()).contains(new TreeMap<>(point("d", 2, "n", 1)));
  }

  // s + u <= max(2s, 2u): neither stated term alone works (2s - s - u has -u), but
  // (2s + 2u)/2 - (s + u) = 0. The convex row forces lambda_1 + lambda_2 = 1 and the coefficient
  // rows 2 lambda_1 >= 1, 2 lambda_2 >= 1, so lambdas are exactly 1/2, 1/2.
  @Test
  void convexCombinationOfTwoStatedTerms() {
    DepthTerm stated = max(k(2, D_STD), k(2, D_SUM));
    Decision d = decide(List.of(), DepthTerm.of(sum(D_STD, D_SUM)), stated);
    assertThat(d.verdict()).isEqualTo(Verdict.HOLDS);
    assertThat(d.certificates().get(0).lambdas()).containsExactly(q(1, 2), q(1, 2));
    assertThat(d.certificates().get(0).residual(stated.terms(), List.of()))
        .isEqualTo(Polynomial.ZERO);
  }

  // A genuinely false max: s + u + 1 <= max(2s, 2u) fails at s = u = 1 (3 > 2).
  @Test
  void convexCombinationCannotCoverAnExcess() {
    Decision d = decide(List.of(), DepthTerm.of(sum(D_STD, D_SUM, c(1))),
        max(k(2, D_STD), k(2, D_SUM)));
    assertThat(d.verdict()).isEqualTo(Verdict.FAILS);
    assertThat(d.counterexample()).contains(new TreeMap<>(point("d_std", 1, "d_sum", 1)));
    assertThat(d.excess()).isEmpty(); // only for single terms
    // With a max on the stated side the condition is checked sufficient only (issue #9 class 5):
    // t <= 2*d_std, i.e. 2*d_std - (d_std + d_sum + 1) = d_std - d_sum - 1 >= 0.
    assertThat(d.holdsIfPhrase()).contains("holds if d_sum + 1 <= d_std (sufficient condition "
        + "only)");
  }

  // Regression for the counterexample search. Over the integers the chain d_std <= a, 2a + 1 <= 2b
  // (a < b), b <= c, c <= d_sum gives d_std + 1 <= d_sum, so the claim holds; it is not certifiable
  // (over the reals a = 1, b = c = d_sum = 3/2 breaks it), so the answer must be UNDECIDED. The
  // old single pass over the assumptions never added b to the search, skipped 2a + 1 <= 2b and
  // b <= c, and returned the bogus FAILS point {a=1, c=1, d_std=1, d_sum=1}.
  @Test
  void counterexampleSearchFollowsAssumptionChains() {
    Polynomial a = v("a");
    Polynomial b = v("b");
    Polynomial cc = v("c");
    List<Assumption> chain = List.of(le(sum(k(2, a), c(1)), k(2, b)), le(b, cc), le(cc, D_SUM),
        le(D_STD, a));
    Decision d = decide(chain, sum(D_STD, c(1)), D_SUM);
    assertThat(d.verdict()).isEqualTo(Verdict.UNDECIDED);
    assertThat(d.holdsIf()).contains("d_std + 1 <= d_sum");
    // and the same chain still finds a real counterexample: d_std + 2 <= d_sum fails at
    // d_std = a = 1, b = c = d_sum = 2
    Decision f = decide(chain, sum(D_STD, c(2)), D_SUM);
    assertThat(f.verdict()).isEqualTo(Verdict.FAILS);
    assertThat(f.counterexample().orElseThrow()).containsKeys("a", "b", "c");
  }

  // Assumptions a <= b, b <= a, 2a + 2d_std <= 2b + 3 force d_std <= 3/2, i.e. d_std = 1 on the
  // integers, so d_std <= 1 holds (not certifiable over the reals: d_std = 3/2). No assumption has
  // a side made only of d_std, so the old search ignored all three and reported d_std = 2.
  @Test
  void counterexampleSearchIncludesAssumptionsSharingAVariable() {
    Polynomial a = v("a");
    Polynomial b = v("b");
    List<Assumption> as = List.of(le(a, b), le(b, a),
        le(sum(k(2, a), k(2, D_STD)), sum(k(2, b), c(3))));
    Decision d = decide(as, D_STD, c(1));
    assertThat(d.verdict()).isEqualTo(Verdict.UNDECIDED);
    Decision never = decide(as, D_STD, Polynomial.ZERO);
    assertThat(never.verdict()).isEqualTo(Verdict.FAILS);
    assertThat(never.holdsIf()).isEmpty(); // d_std > 0 everywhere: can never hold
  }

  // An assumption on unrelated variables does not enter the search, but the counterexample is a
  // full admissible point (issue #9 class 3): d and n take the domain witness's values (1, 1
  // satisfy d <= n).
  @Test
  void unrelatedAssumptionIsIgnoredBySearch() {
    Decision d = decide(List.of(D_LE_N), sum(D_STD, c(1)), D_STD);
    assertThat(d.verdict()).isEqualTo(Verdict.FAILS);
    assertThat(d.searchVariables()).containsExactly("d_std");
    assertThat(d.counterexample()).contains(new TreeMap<>(point("d", 1, "n", 1, "d_std", 1)));
    assertThat(d.holdsIf()).isEmpty();
  }

  // Integer-only truths are UNDECIDED, never guessed: d_std + 1/2 <= d_sum under
  // d_std + 1/4 <= d_sum holds on the integers (there d_std < d_sum means d_std + 1 <= d_sum) but
  // not on the reals (d_sum = d_std + 1/4), so there is neither a certificate nor a counterexample.
  @Test
  void integerOnlyTruthIsUndecided() {
    Decision d = decide(List.of(le(sum(D_STD, c(1, 4)), D_SUM)), sum(D_STD, c(1, 2)), D_SUM);
    assertThat(d.verdict()).isEqualTo(Verdict.UNDECIDED);
    assertThat(d.holdsIf()).contains("d_std + 1/2 <= d_sum");
  }

  // Constants only: 2 <= 3 HOLDS with slack 1, 3 <= 2 FAILS at the empty point.
  @Test
  void constantsOnly() {
    Decision holds = decide(List.of(), c(2), c(3));
    assertThat(holds.verdict()).isEqualTo(Verdict.HOLDS);
    assertThat(holds.slack()).contains(c(1));
    Decision fails = decide(List.of(), c(3), c(2));
    assertThat(fails.verdict()).isEqualTo(Verdict.FAILS);
    assertThat(fails.counterexample().orElseThrow()).isEmpty();
    assertThat(fails.holdsIf()).isEmpty();
  }

  // Zero is below every depth term.
  @Test
  void zeroIsBelowEverything() {
    Decision d = decide(List.of(), DepthTerm.ZERO, max(D_STD, prod(M, D_SUM)));
    assertThat(d.verdict()).isEqualTo(Verdict.HOLDS);
    assertThat(decide(List.of(), DepthTerm.ZERO, DepthTerm.ZERO).verdict())
        .isEqualTo(Verdict.TIGHT);
  }

  // Under d_std <= d_sum: max(d_std, d_sum) <= d_sum HOLDS; the term d_std needs the multiplier 1
  // on d_sum - d_std (residual d_sum - (d_sum - d_std) - d_std = 0), the term d_sum needs none.
  @Test
  void maxUnderAssumptionCollapses() {
    Decision d = decide(List.of(STD_LE_SUM), max(D_STD, D_SUM), DepthTerm.of(D_SUM));
    assertThat(d.verdict()).isEqualTo(Verdict.HOLDS);
    assertThat(d.certificates()).anySatisfy(cert -> {
      assertThat(cert.computedTerm()).isEqualTo(D_STD);
      assertThat(cert.multipliers()).singleElement()
          .satisfies(mu -> assertThat(mu.value()).isEqualTo(q(1)));
    });
  }

  // A polynomial side condition (decide(Polynomial, Polynomial)) with a structural parameter:
  // m <= m^2 holds for m >= 1 (shifted m^2 - m = m'^2 + m' >= 0), m^2 <= m fails at m = 2.
  @Test
  void polynomialSideConditions() {
    Decider decider = new Decider(List.of());
    assertThat(decider.decide(M, prod(M, M)).verdict()).isEqualTo(Verdict.HOLDS);
    Decision f = decider.decide(prod(M, M), M);
    assertThat(f.verdict()).isEqualTo(Verdict.FAILS);
    assertThat(f.counterexample()).contains(new TreeMap<>(point("m", 2)));
    assertThat(decider.assumptions()).isEmpty();
  }
}
