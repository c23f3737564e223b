package org.depthcert.fold;

import static org.assertj.core.api.Assertions.assertThat;

import org.depthcert.algebra.DepthTerm;
import org.depthcert.expr.FormulaParser;
import org.junit.jupiter.api.Test;

/** The fold on small hand-checked DAGs (notation: s = d_std, S = d_sum, e = d_exp). */
class FoldTest {
  private static final FormulaParser P = new FormulaParser(java.util.Set.of("m", "n", "d", "d_g"));

  private static DepthTerm t(String s) {
    return P.parseTerm(s);
  }

  @Test
  void arrivalIsMaxOfInputsPlusLocal() {
    Folded f = TinyCatalog.fold(TinyCatalog.header() + String.join("\n",
        "blocks:",
        "  b:",
        "    inputs: {X: [n, d], W: [d, d]}",
        "    nodes:",
        "      A: {op: matmul, in: [X, W]}",   // s + S
        "      E: {op: exp, in: [X]}",         // e
        "      O: {op: add, in: [A, E]}",      // max(s + S, e) + s
        "    output: O",
        ""));
    BlockResult b = f.blocks().get("b");
    assertThat(b.node("A").arrival()).isEqualTo(t("d_std + d_sum"));
    assertThat(b.node("E").arrival()).isEqualTo(t("d_exp"));
    // Neither s + S nor e dominates the other, so the max keeps both.
    assertThat(b.depth()).isEqualTo(t("max(2*d_std + d_sum, d_std + d_exp)"));
    assertThat(b.criticalPaths()).extracting(CriticalPath::nodes)
        .containsExactlyInAnyOrder(java.util.List.of("X", "A", "O"),
            java.util.List.of("X", "E", "O"));
    // attainedBy names the input that attains each term and the parts that add up to it.
    Attainment viaA = b.node("O").attainedBy().stream()
        .filter(a -> a.input().equals("A")).findFirst().orElseThrow();
    assertThat(viaA.inputTerm().plus(viaA.localTerm())).isEqualTo(viaA.term());
  }

  @Test
  void repeatIsClosedFormNotUnrolled() {
    Folded f = TinyCatalog.fold(TinyCatalog.header() + String.join("\n",
        "constants: [d_g]",
        "blocks:",
        "  b:",
        "    inputs: {X: [n, d]}",
        "    nodes:",
        "      E: {op: exp, in: [X]}",
        "  g: {op: opaque, depth: d_g}",
        "model: [g, {repeat: m, body: [b, g]}]",
        ""));
    // g + m (b + g) = d_g + m (e + d_g)
    assertThat(f.model().depth()).isEqualTo(t("(m+1)*d_g + m*d_exp"));
    assertThat(f.model().composition()).isEqualTo("g + m*(b + g)");
    // sizes: exp gadgets n*d per layer, m layers; g counted once per run: m + 1.
    assertThat(f.model().size().get("exp")).isEqualTo(P.parsePolynomial("m*n*d"));
    assertThat(f.model().size().get("block:g")).isEqualTo(P.parsePolynomial("m + 1"));
  }

  @Test
  void derivedLemmaIsProvedByFoldingItsBody() {
    Folded f = TinyCatalog.fold(TinyCatalog.header() + String.join("\n",
        "blocks:",
        "  b:",
        "    inputs: {X: [n, d], W: [d, d]}",
        "    nodes:",
        "      A: {op: matmul, in: [X, W]}",
        ""));
    NodeResult a = f.blocks().get("b").node("A");
    // body: products (s) then row sums (S); size: n*d*d products and n*d sums of d summands.
    assertThat(a.local()).isEqualTo(t("d_std + d_sum"));
    assertThat(a.size().get("std")).isEqualTo(P.parsePolynomial("n*d^2"));
    assertThat(a.size().get("sum")).isEqualTo(P.parsePolynomial("n*d^2"));
    assertThat(a.bindings()).containsEntry("k", P.parsePolynomial("d"));
    // hypothesis k <= n becomes d <= n: discharged by the assumption.
    assertThat(a.sideConditions()).singleElement()
        .satisfies(s -> assertThat(s.status()).isEqualTo(SideCondition.Status.DISCHARGED));
  }

  @Test
  void violatedHypothesisIsReportedNotHidden() {
    Folded f = TinyCatalog.fold(TinyCatalog.header() + String.join("\n",
        "blocks:",
        "  b:",
        "    inputs: {A: [n, n^2], V: [n^2, d]}",
        "    nodes:",
        "      AV: {op: matmul, in: [A, V]}",
        ""));
    SideCondition s = f.blocks().get("b").node("AV").sideConditions().get(0);
    // inner dimension n^2 <= n fails at n = 2 (4 > 2)
    assertThat(s.instantiated()).isEqualTo("n^2 <= n");
    assertThat(s.status()).isEqualTo(SideCondition.Status.VIOLATED);
    // the depth is still the lemma's: a violated hypothesis is a finding, not a new depth
    assertThat(f.blocks().get("b").depth()).isEqualTo(t("d_std + d_sum"));
  }

  @Test
  void eachAndCountApplyAnOpToViewsInParallel() {
    Folded f = TinyCatalog.fold(TinyCatalog.header() + String.join("\n",
        "blocks:",
        "  b:",
        "    inputs: {A: [n, d]}",
        "    nodes:",
        "      R: {op: row_sum, in: [A], each: [[1, d]], count: n}",
        ""));
    NodeResult r = f.blocks().get("b").node("R");
    // n instances of a sum of d entries: output n x 1, n*d summands
    assertThat(r.shape().ascii()).isEqualTo("[n, 1]");
    assertThat(r.size().get("sum")).isEqualTo(P.parsePolynomial("n*d"));
  }
}
