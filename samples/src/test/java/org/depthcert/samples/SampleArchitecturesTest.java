package org.depthcert.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.depthcert.algebra.DepthTerm;
import org.depthcert.algebra.Verdict;
import org.depthcert.cert.Canonical;
import org.depthcert.cert.CertificateBuilder;
import org.depthcert.check.CheckResult;
import org.depthcert.check.Checker;
import org.depthcert.expr.FormulaParser;
import org.depthcert.fold.Folder;
import org.depthcert.lemmas.LemmaCatalog;
import org.depthcert.spec.SpecReader;
import org.depthcert.verifier.Outcome;
import org.depthcert.verifier.Verifier;
import org.junit.jupiter.api.Test;

/**
 * The three architectures beyond the seed paper, each depth derived by hand. Notation: s = d_std,
 * S = d_sum, P = d_prod, e = d_exp, t = d_trig, q = d_sqrt. Costs used (each derived in
 * NewRulesTest from the catalog): matmul s + S (Lemma 4.1), add/sub/mul/div/compare s (Lemma 3.4
 * Part 1), row_sum S, exp e, sin/cos t, softmax s + S + e (Definition 3.24), rotation_matrix t
 * (Definition 3.26), rmsnorm 5s + S + q, rope 3s, mha_causal 4s + 3S + e, residual_add s,
 * swiglu 5s + e, embedding 2s + S, argmax 2s + S + P; wiring (transpose, reshape) 0. A node's
 * arrival is the max of its inputs' arrivals plus its own depth; block inputs arrive at 0.
 */
class SampleArchitecturesTest {
  private static final FormulaParser ASCII =
      new FormulaParser(Set.of("m", "n", "d", "p", "d_g"));

  private static CheckResult check(String file) {
    return Checker.check(Folder.fold(SpecReader.read(Path.of(file)), LemmaCatalog.standard()));
  }

  private static DepthTerm term(String ascii) {
    return ASCII.parseTerm(ascii);
  }

  private static void certifiesAndVerifies(CheckResult r) {
    assertThat(r.conclusion().id()).isEqualTo("TC0");
    assertThat(r.claims()).allSatisfy(c ->
        assertThat(c.verdict()).isIn(Verdict.TIGHT, Verdict.HOLDS));
    byte[] cert = Canonical.write(CertificateBuilder.build(r)).getBytes(StandardCharsets.UTF_8);
    Outcome o = Verifier.verify(cert, Optional.empty());
    assertThat(o.line()).isEqualTo("ACCEPTED");
  }

  @Test
  void softmaxAttentionLayerAndModel() {
    CheckResult r = check("softmax-attention.yaml");
    // Q, K, V = X W: s + S.  Q K^T (Kt is wiring): (s + S) + (s + S) = 2s + 2S.
    // / d: 3s + 2S.  softmax: 3s + 2S + (s + S + e) = 4s + 3S + e.
    // A V: max(4s + 3S + e, s + S) + s + S = 5s + 4S + e.
    assertThat(r.folded().blocks().get("attention").depth())
        .isEqualTo(term("5*d_std + 4*d_sum + d_exp"));
    assertThat(r.folded().blocks().get("attention").criticalPaths().get(0).nodes())
        .containsExactly("X", "Q", "S", "Z", "A", "Out");
    // g ; repeat m {attention ; g}: d_g + m (5s + 4S + e + d_g).
    assertThat(r.folded().model().depth())
        .isEqualTo(term("(m+1)*d_g + 5*m*d_std + 4*m*d_sum + m*d_exp"));
    // Size: the n x n scores cost d n^2 products and sums, so with d <= n the degree is 3.
    assertThat(r.conclusion().sizeDegree()).contains(3);
    certifiesAndVerifies(r);
  }

  @Test
  void ropeAttentionLayerAndModel() {
    CheckResult r = check("rope-attention.yaml");
    // Q, K, V: s + S.  angle = offsets * theta: s.  R (Definition 3.26, cos and sin): s + t.
    // QR = Q_i R_{i-j}: max(s + S, s + t) + s + S = max(2s + 2S, 2s + S + t).
    // QRK: + s + S = max(3s + 3S, 3s + 2S + t).  / d: + s.  exp: + e
    //   A = max(4s + 3S + e, 4s + 2S + t + e)   (the reshape to n x n is wiring).
    assertThat(r.folded().blocks().get("attention").node("E").arrival())
        .isEqualTo(term("max(4*d_std + 3*d_sum + d_exp, 4*d_std + 2*d_sum + d_trig + d_exp)"));
    // D = A 1: + S.  A V: + s + S = max(5s + 4S + e, 5s + 3S + t + e), later than D.
    // Out = D^{-1} A V: + s = max(6s + 4S + e, 6s + 3S + t + e).
    assertThat(r.folded().blocks().get("attention").depth())
        .isEqualTo(term("max(6*d_std + 4*d_sum + d_exp, 6*d_std + 3*d_sum + d_trig + d_exp)"));
    // Two critical paths: through K (the S-heavy term) and through the rotation (the t term).
    assertThat(r.folded().blocks().get("attention").criticalPaths()).hasSize(2);
    assertThat(r.folded().model().depth()).isEqualTo(term("(m+1)*d_g + m*max(6*d_std "
        + "+ 4*d_sum + d_exp, 6*d_std + 3*d_sum + d_trig + d_exp)"));
    // Size: one d x d rotation and one 1 x d by d x d product per pair: d^2 n^2, degree 4.
    assertThat(r.conclusion().sizeDegree()).contains(4);
    certifiesAndVerifies(r);
  }

  @Test
  void llamaDecoderLayerAndModel() {
    CheckResult r = check("llama-block.yaml");
    FormulaParser p = new FormulaParser(Set.of("m", "n", "d", "h", "e", "f", "v", "p"));
    // N1 = rmsnorm: 5s + S + q.  Q, K, V: 6s + 2S + q.  angle: s; C, Sn: s + t.
    // Qr = rope(Q, C, Sn): max(6s + 2S + q, s + t) + 3s = max(9s + 2S + q, 4s + t); Kr alike.
    // reshapes into heads: 0.  mha_causal: + 4s + 3S + e = max(13s + 5S + q + e, 8s + 3S + t + e).
    // merge heads: 0.  O = Am W_O: + s + S = max(14s + 6S + q + e, 9s + 4S + t + e).
    // H = X + O: + s = max(15s + 6S + q + e, 10s + 4S + t + e).
    // N2 = rmsnorm(H): + 5s + S + q = max(20s + 7S + 2q + e, 15s + 5S + t + q + e).
    // G, U = N2 W: + s + S = max(21s + 8S + 2q + e, 16s + 6S + t + q + e).
    // F = swiglu(G, U): + 5s + e = max(26s + 8S + 2q + 2e, 21s + 6S + t + q + 2e).
    // Dn = F W_down: + s + S;  Out = H + Dn: + s
    //   = max(28s + 9S + 2q + 2e, 23s + 7S + t + q + 2e).
    assertThat(r.folded().blocks().get("layer").node("Qr").arrival())
        .isEqualTo(p.parseTerm("max(9*d_std + 2*d_sum + d_sqrt, 4*d_std + d_trig)"));
    assertThat(r.folded().blocks().get("layer").node("Att").arrival()).isEqualTo(p.parseTerm(
        "max(13*d_std + 5*d_sum + d_sqrt + d_exp, 8*d_std + 3*d_sum + d_trig + d_exp)"));
    DepthTerm layer = p.parseTerm("max(28*d_std + 9*d_sum + 2*d_exp + 2*d_sqrt, "
        + "23*d_std + 7*d_sum + d_trig + 2*d_exp + d_sqrt)");
    assertThat(r.folded().blocks().get("layer").depth()).isEqualTo(layer);
    // embed: compare s, then the one-hot row times E: s + S, so 2s + S.
    assertThat(r.folded().blocks().get("embed").depth()).isEqualTo(p.parseTerm("2*d_std + d_sum"));
    // head: rmsnorm 5s + S + q; logits + s + S; argmax + 2s + S + P: 8s + 3S + P + q.
    assertThat(r.folded().blocks().get("head").depth())
        .isEqualTo(p.parseTerm("8*d_std + 3*d_sum + d_prod + d_sqrt"));
    // embed ; repeat m {layer} ; head: (2s + S) + m * layer + (8s + 3S + P + q).
    assertThat(r.folded().model().depth()).isEqualTo(p.parseTerm("10*d_std + 4*d_sum + d_prod "
        + "+ d_sqrt + m*max(28*d_std + 9*d_sum + 2*d_exp + 2*d_sqrt, 23*d_std + 7*d_sum + d_trig "
        + "+ 2*d_exp + d_sqrt)"));
    // Size: the largest terms are d^2 n (the d x d weights), d f n (f <= n), n v^2 (argmax over
    // the vocabulary, v <= n) and the per-head scores e*h*n^2, which d = h*e reads as d n^2:
    // all degree 3 in n (degree 4 if h*e were bounded as h <= n times e <= n).
    assertThat(r.conclusion().sizeDegree()).contains(3);
    certifiesAndVerifies(r);
  }

  @Test
  void aReshapeIntoHeadsThatLosesEntriesIsRejected() {
    // [n, d] into [h, n, d] would need d = h*d: with d = h*e the counts n*h*e and h*n*h*e differ.
    String spec = String.join("\n",
        "title: bad heads",
        "parameters:",
        "  n: {meaning: length}",
        "  d: {meaning: width, equals: \"h*e\"}",
        "  h: {meaning: heads}",
        "  e: {meaning: head width}",
        "blocks:",
        "  b:",
        "    inputs: {X: [n, d]}",
        "    nodes:",
        "      Xh: {op: reshape, in: [X], shape: [h, n, d]}",
        "");
    var tree = org.depthcert.spec.LocatedTree.parse("bad.yaml",
        spec.getBytes(StandardCharsets.UTF_8));
    var parsed = SpecReader.read(tree, "0");
    org.assertj.core.api.Assertions.assertThatThrownBy(() ->
        Folder.fold(parsed, LemmaCatalog.standard()))
        .isInstanceOf(org.depthcert.spec.SpecError.class)
        .hasMessageContaining("a reshape keeps its number of entries")
        .hasMessageContaining("d = e*h");
  }
}
