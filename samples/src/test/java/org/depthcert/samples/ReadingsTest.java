package org.depthcert.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.commons.numbers.fraction.BigFraction;
import org.depthcert.algebra.DepthTerm;
import org.depthcert.algebra.Verdict;
import org.depthcert.check.CheckResult;
import org.depthcert.check.Checker;
import org.depthcert.check.ClaimResult;
import org.depthcert.expr.FormulaParser;
import org.depthcert.fold.Folded;
import org.depthcert.fold.Variants;
import org.depthcert.lemmas.LemmaCatalog;
import org.depthcert.spec.SpecReader;
import org.junit.jupiter.api.Test;

/**
 * The readings of Definition 3.30 in the tensor-attention sample, folded and checked by hand.
 * Notation: s = d_std, a = d_sum (the paper's d_⊕), e = d_exp. Lemma 4.1 (matmul) costs s + a,
 * Lemma 4.3 (column-wise Kronecker) s, division s, row sum a, exp e; a node arrives at the max of
 * its inputs plus its own depth, block inputs (and, in a variant, given nodes) at 0.
 */
class ReadingsTest {
  private static final FormulaParser ASCII = new FormulaParser(Set.of("m", "n", "d", "p", "d_g"));

  private static LinkedHashMap<String, Folded> readings(String file) {
    return Variants.foldAll(SpecReader.read(Path.of(file)), LemmaCatalog.standard());
  }

  private static ClaimResult claim(Folded f, String id) {
    CheckResult r = Checker.check(f);
    return r.claims().stream().filter(c -> c.claim().id().equals(id)).findFirst().orElseThrow();
  }

  private static DepthTerm term(String ascii) {
    return ASCII.parseTerm(ascii);
  }

  @Test
  void definition330AsDefinedGivesFiveStdTwoSumAndLemma45Holds() {
    Folded asDefined = readings("tensor-attention.yaml").get("as-defined");
    // Q, K1, K2, V1, V2 given: arrive at 0.  K = K1 ⊘ K2: s;  V = V1 ⊘ V2: s.
    // Q K^T: max(0, s) + s + a = 2s + a;  / d: 3s + a;  A = exp: 3s + a + e.
    // D = A 1: 3s + 2a + e;  A V: max(3s + a + e, s) + s + a = 4s + 2a + e.
    // Out = A V / D: max(4s + 2a + e, 3s + 2a + e) + s = 5s + 2a + e.
    assertThat(asDefined.blocks().get("attention").depth())
        .isEqualTo(term("5*d_std + 2*d_sum + d_exp"));
    // Lemma 4.5 states 5s + 5a + e >= 5s + 2a + e for all a >= 0: holds, slack 3a.
    ClaimResult l45 = claim(asDefined, "Lemma 4.5");
    assertThat(l45.verdict()).isEqualTo(Verdict.HOLDS);
    assertThat(l45.depth().orElseThrow().slack().orElseThrow())
        .isEqualTo(ASCII.parsePolynomial("3*d_sum"));
  }

  @Test
  void theProofsConstructionGivesSixStdThreeSumAndLemma45HoldsOnlyIfStdAtMostTwiceSum() {
    Folded base = readings("tensor-attention.yaml").get("");
    // SampleVerdictsTest derives 6s + 3a + e for the base reading (Q, ... computed from X).
    assertThat(base.blocks().get("attention").depth())
        .isEqualTo(term("6*d_std + 3*d_sum + d_exp"));
    ClaimResult l45 = claim(base, "Lemma 4.5");
    assertThat(l45.verdict()).isEqualTo(Verdict.FAILS);
    // 5s + 5a + e >= 6s + 3a + e  <=>  2a >= s.  At s=3, a=1, e=1: 21 < 22.
    assertThat(l45.depth().orElseThrow().holdsIf()).contains("d_std <= 2*d_sum");
    Map<String, BigInteger> x = l45.depth().orElseThrow().counterexample().orElseThrow();
    assertThat(x).containsEntry("d_std", BigInteger.valueOf(3))
        .containsEntry("d_sum", BigInteger.ONE).containsEntry("d_exp", BigInteger.ONE);
  }

  @Test
  void diagProductReadingChargesTheReciprocalAndAMatrixProduct() {
    Folded product = readings("tensor-attention.yaml").get("diag-product");
    // As the base up to A = 4s + 2a + e and A V = 5s + 3a + e.  D is now 1/(A 1): a row sum
    // then a reciprocal, 4s + 2a + e + a + s = 5s + 3a + e.  Out = diag(D) (A V): diag places
    // wires, the product (Lemma 4.1) max(5s + 3a + e, 5s + 3a + e) + s + a = 6s + 4a + e.
    assertThat(product.blocks().get("attention").depth())
        .isEqualTo(term("6*d_std + 4*d_sum + d_exp"));
    // 5s + 5a + e >= 6s + 4a + e  <=>  a >= s.
    assertThat(claim(product, "Lemma 4.5").depth().orElseThrow().holdsIf())
        .contains("d_std <= d_sum");
  }

  @Test
  void verdictsAgreeWithBruteForceOverAnIntegerGrid() {
    LinkedHashMap<String, Folded> all = readings("tensor-attention.yaml");
    for (Folded f : all.values()) {
      ClaimResult l45 = claim(f, "Lemma 4.5");
      boolean everHolds = true;
      for (int s = 0; s <= 6; s++) {
        for (int a = 0; a <= 6; a++) {
          for (int e = 0; e <= 6; e++) {
            Map<String, BigInteger> at = Map.of("d_std", BigInteger.valueOf(s),
                "d_sum", BigInteger.valueOf(a), "d_exp", BigInteger.valueOf(e));
            BigFraction stated = BigFraction.of(5L * s + 5L * a + e);
            BigFraction needed = l45.computed().evaluate(at);
            everHolds &= stated.compareTo(needed) >= 0;
          }
        }
      }
      assertThat(l45.verdict() != Verdict.FAILS).as(f.spec().readings().label())
          .isEqualTo(everHolds);
    }
  }

  @Test
  void ropeAngleHardWiredChargesOnlyTheTrigonometryForTheRotations() {
    LinkedHashMap<String, Folded> all = readings("rope-tensor-attention.yaml");
    // Base: angle = offsets * theta: s;  Rrel (sin, cos; placing is wiring): s + t.
    assertThat(all.get("").blocks().get("attention").node("Rrel").arrival())
        .isEqualTo(term("d_std + d_trig"));
    // Hard-wired: the angles are inputs at 0, Rrel: t.
    assertThat(all.get("angle-hard-wired").blocks().get("attention").node("Rrel").arrival())
        .isEqualTo(term("d_trig"));
  }
}
