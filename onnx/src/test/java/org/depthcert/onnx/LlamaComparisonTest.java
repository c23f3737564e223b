package org.depthcert.onnx;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.depthcert.algebra.DepthTerm;
import org.depthcert.algebra.Polynomial;
import org.depthcert.check.CheckResult;
import org.depthcert.fold.Folder;
import org.depthcert.spec.SpecReader;
import org.junit.jupiter.api.Test;

/**
 * The Llama-style decoder layer written in PyTorch (export_models.py, LlamaLayer) against the
 * hand-written samples/llama-block.yaml block 'layer'. The two are the same computation except
 * for two modelling differences, each worth exactly one d_std on one of the two maximal terms:
 *
 * <ol>
 *   <li>The causal mask. The sample masks with causal_mask, wiring of depth 0 (the positions
 *       are known when the circuit is built). The PyTorch code adds an additive mask input
 *       (0 / -inf), which the exported graph computes with one Add: +1 d_std on every path
 *       through the attention scores.
 *   <li>RoPE's granularity. The sample applies the derived rule rope(Q, C, S), charging its
 *       folded depth 3 d_std (neg, mul, add) after the latest input; on the path through the
 *       cosines C that input is C, so the sample charges 3 d_std after C. The exported graph is
 *       node by node: after C come only the multiplication and the addition, 2 d_std.
 * </ol>
 *
 * Term without d_trig (its critical path goes through Q, not C): only difference 1 applies,
 * +1 d_std: sample 28s + 9S + 2e + 2q, imported 29s + 9S + 2e + 2q. Term with d_trig (through
 * the cosines): differences 1 and 2 cancel, +1 - 1 = 0: both 23s + 7S + t + 2e + q.
 */
class LlamaComparisonTest {
  private static final String[] DIMS = {"64=d", "128=f", "2=h", "32=e"};

  private static DepthTerm sampleLayer() {
    return Folder.fold(SpecReader.read(Path.of("../samples/llama-block.yaml"),
        Fixtures.CATALOG.declaredConstants()), Fixtures.CATALOG).blocks().get("layer").depth();
  }

  @Test
  void theImportedLayerHasTheHandDerivedDepth() {
    // derived by hand from LlamaLayer.forward (s = d_std, S = d_sum, e = d_exp, q = d_sqrt,
    // t = d_trig). Through Q: rmsnorm (x*x s, mean S+s, + eps s, sqrt q, divide s, * g s)
    // 5s+S+q; Q matmul s+S; rope after Q (neg, mul, add) 3s; scores matmul s+S; / sqrt(e) s;
    // + mask s; softmax e+S+s; A V s+S; output projection s+S; residual s: H at 16s+6S+e+q.
    // Then rmsnorm 5s+S+q; gate matmul s+S; silu (sigmoid: neg s, exp e, add s, div s; mul s)
    // 4s+e; * up s; down matmul s+S; residual s: +13s+3S+e+q = 29s+9S+2e+2q.
    // Through the cosines: angle s, cos t, * s, + s = 3s+t; then scores to residual as above
    // (s+S, s, s, e+S+s, s+S, s+S, s) = 7s+4S+e: H at 10s+4S+e+t; +13s+3S+e+q = 23s+7S+t+2e+q.
    CheckResult r = Fixtures.check(Fixtures.importFixture("llama-layer.onnx", DIMS));
    assertThat(r.folded().model().depth()).isEqualTo(Fixtures.term(
        "max(29d_std + 9d_sum + 2d_exp + 2d_sqrt, 23d_std + 7d_sum + d_trig + 2d_exp + d_sqrt)"));
    assertThat(r.conclusion().statement()).startsWith("uniform TC^0");
  }

  @Test
  void theImportedLayerDiffersFromTheSampleByExactlyTheNamedModellingDifferences() {
    DepthTerm sample = sampleLayer();
    DepthTerm imported = Fixtures.check(Fixtures.importFixture("llama-layer.onnx", DIMS))
        .folded().model().depth();
    assertThat(sample).isEqualTo(Fixtures.term(
        "max(28d_std + 9d_sum + 2d_exp + 2d_sqrt, 23d_std + 7d_sum + d_trig + 2d_exp + d_sqrt)"));
    List<Polynomial> expected = new ArrayList<>();
    Polynomial std = Polynomial.variable("d_std");
    for (Polynomial t : sample.terms()) {
      // difference 1 (+d_std, the mask's Add) on both terms; difference 2 (-d_std, rope's
      // granularity) only on the term through the cosines
      expected.add(t.variables().contains("d_trig") ? t : t.plus(std));
    }
    assertThat(imported).isEqualTo(DepthTerm.max(expected));
  }
}
