package org.depthcert.lemmas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.depthcert.algebra.DepthTerm;
import org.depthcert.expr.FormulaParser;
import org.depthcert.fold.RuleProofs;
import org.depthcert.rules.Catalog;
import org.depthcert.rules.Rule;
import org.junit.jupiter.api.Test;

/** The bundled catalog: every lemma the seed paper uses, and every derived lemma proved by its body. */
class LemmaCatalogTest {
  private static final Catalog CATALOG = LemmaCatalog.standard();
  private static final RuleProofs PROOFS = new RuleProofs(CATALOG);
  private static final FormulaParser P = new FormulaParser(Set.of());

  private static Rule byNumber(String number) {
    return CATALOG.rules().stream().filter(r -> r.number().equals(number)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + number));
  }

  private static DepthTerm folded(String number) {
    return PROOFS.fold(byNumber(number)).depth();
  }

  @Test
  void everyLemmaOfTheSeedPaperIsThereOnceByItsNumber() {
    for (String n : new String[] {"Lemma 3.4 Part 1", "Lemma 3.4 Part 2", "Lemma 3.4 Part 3",
        "Corollary 3.5", "Lemma 3.6", "Lemma 3.7", "Lemma 4.1", "Lemma 4.2", "Lemma 4.3",
        "Lemma 4.4", "Lemma 5.1", "Lemma 5.4", "Lemma 5.5", "Definition 3.24",
        "Definition 3.26"}) {
      assertThat(CATALOG.rules()).filteredOn(r -> r.number().equals(n)).hasSize(1);
    }
    Set<String> ids = new HashSet<>();
    CATALOG.rules().forEach(r -> assertThat(ids.add(r.id())).as(r.id()).isTrue());
  }

  @Test
  void axiomsCarryTheDepthConstantOfTheirLemma() {
    // Lemma 3.4: d_std (Part 1), d_prod (Part 2, the paper's d_⊗), d_sum (Part 3, d_⊕);
    // Corollary 3.5 floor: d_std; Lemma 3.6 exp: d_exp; 3.7 sqrt: d_sqrt; 5.1 sin/cos: d_trig.
    assertThat(byNumber("Lemma 3.4 Part 1").depth()).contains(P.parseTerm("d_std"));
    assertThat(byNumber("Lemma 3.4 Part 2").depth()).contains(P.parseTerm("d_prod"));
    assertThat(byNumber("Lemma 3.4 Part 3").depth()).contains(P.parseTerm("d_sum"));
    assertThat(byNumber("Corollary 3.5").depth()).contains(P.parseTerm("d_std"));
    assertThat(byNumber("Lemma 3.6").depth()).contains(P.parseTerm("d_exp"));
    assertThat(byNumber("Lemma 3.7").depth()).contains(P.parseTerm("d_sqrt"));
    assertThat(byNumber("Lemma 5.1").depth()).contains(P.parseTerm("d_trig"));
  }

  @Test
  void derivedLemmasFoldToTheirStatedDepth() {
    // Lemma 4.1: one product per (i, l, j) (Lemma 3.4 Part 1) then a sum of k of them (Part 3).
    assertThat(folded("Lemma 4.1")).isEqualTo(P.parseTerm("d_std + d_sum"));
    // Lemmas 4.2-4.4: every entry of a Kronecker product is one product.
    assertThat(folded("Lemma 4.2")).isEqualTo(P.parseTerm("d_std"));
    assertThat(folded("Lemma 4.3")).isEqualTo(P.parseTerm("d_std"));
    assertThat(folded("Lemma 4.4")).isEqualTo(P.parseTerm("d_std"));
    // Lemma 5.4: X W^T (d_std + d_sum, the transpose is wiring) then + b (d_std).
    assertThat(folded("Lemma 5.4")).isEqualTo(P.parseTerm("2*d_std + d_sum"));
    // Lemma 5.5: sum (S), /d (s), -mu (s), square (s), sum (S), /d (s), sqrt (q), divide (s):
    // 5s + 2S + q along S1 mu C Q S2 var sd O.
    assertThat(folded("Lemma 5.5")).isEqualTo(P.parseTerm("5*d_std + 2*d_sum + d_sqrt"));
    for (Rule r : CATALOG.rules()) {
      r.stated().ifPresent(s -> assertThat(PROOFS.fold(r).depth()).as(r.number()).isEqualTo(s));
    }
  }

  @Test
  void definitionsWithoutAStatedDepthStillFold() {
    // softmax (Definition 3.24): exp, row sum, division: d_exp + d_sum + d_std.
    assertThat(folded("Definition 3.24")).isEqualTo(P.parseTerm("d_exp + d_sum + d_std"));
    // rotation matrices (Definition 3.26): sin and cos in parallel, placement is wiring: d_trig.
    assertThat(folded("Definition 3.26")).isEqualTo(P.parseTerm("d_trig"));
  }

  @Test
  void matmulSizeCountsProductsAndSummands() {
    // (a x k)(k x b): a*b*k products and a*b sums of k summands.
    var size = PROOFS.fold(byNumber("Lemma 4.1")).size();
    assertThat(size.get("std")).isEqualTo(new FormulaParser(Set.of("a", "b", "k"))
        .parsePolynomial("a*b*k"));
    assertThat(size.get("sum")).isEqualTo(new FormulaParser(Set.of("a", "b", "k"))
        .parsePolynomial("a*b*k"));
  }
}
