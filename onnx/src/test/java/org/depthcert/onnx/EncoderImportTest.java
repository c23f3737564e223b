package org.depthcert.onnx;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.depthcert.cert.CertificateBuilder;
import org.depthcert.check.CheckResult;
import org.depthcert.fold.BlockResult;
import org.depthcert.fold.CriticalPath;
import org.depthcert.fold.NodeResult;
import org.junit.jupiter.api.Test;

/**
 * torch.nn.TransformerEncoderLayer(d_model=64, nhead=2, dim_feedforward=128), exported by
 * export_models.py with the sequence length as the dynamic axis n, imported with
 * --dim 64=d --dim 128=f. Expected depths are derived by hand from the PyTorch code, with
 * s = d_std, S = d_sum, e = d_exp, q = d_sqrt:
 *
 * <pre>
 * attention  in_proj matmul s+S, + bias s, / sqrt(32) s, Q K^T matmul s+S,
 *            softmax (Definition 3.24: exp, row sum, div) e+S+s, A V matmul s+S,
 *            out_proj Gemm (matmul s+S, + bias s)                     = 8s + 5S + e
 * residual   + s                                                        = s
 * layer norm mean (row sum S, div s), - mean s, ^2 s, mean S+s, + eps s,
 *            sqrt q, divide s, * weight s, + bias s                     = 8s + 2S + q
 * MLP        linear1 matmul s+S, + bias s, relu (max2) s, linear2 s+S, + bias s = 5s + 2S
 * </pre>
 *
 * Post-norm: attention, residual, norm1, MLP, residual, norm2 = 8+1+8+5+1+8 = 31s,
 * 5+2+2+2 = 11S, e, 2q. Pre-norm: norm1, attention, residual, norm2, MLP, residual: the same sums.
 */
class EncoderImportTest {
  private static final String DEPTH = "31d_std + 11d_sum + d_exp + 2d_sqrt";

  @Test
  void postNormEncoderLayerHasTheHandDerivedDepthAndIsInTc0() {
    CheckResult r = Fixtures.check(Fixtures.importFixture("encoder-post.onnx", "64=d", "128=f"));
    assertThat(r.folded().model().depth()).isEqualTo(Fixtures.term(DEPTH));
    assertThat(r.conclusion().statement()).startsWith("uniform TC^0");
    assertThat(r.exitCode()).isZero();
  }

  @Test
  void preNormEncoderLayerHasTheHandDerivedDepth() {
    CheckResult r = Fixtures.check(Fixtures.importFixture("encoder-pre.onnx", "64=d", "128=f"));
    assertThat(r.folded().model().depth()).isEqualTo(Fixtures.term(DEPTH));
  }

  @Test
  void criticalPathRunsFromTheInputThroughSoftmaxAndBothNorms() {
    CheckResult r = Fixtures.check(Fixtures.importFixture("encoder-post.onnx", "64=d", "128=f"));
    BlockResult b = r.folded().blocks().values().iterator().next();
    assertThat(b.criticalPaths()).hasSize(1);
    CriticalPath path = b.criticalPaths().get(0);
    assertThat(path.nodes().get(0)).isEqualTo("src");
    assertThat(path.nodes()).contains("self_attn_MatMul", "self_attn_Softmax", "norm1_Sqrt",
        "linear1_MatMul", "Relu", "norm2_Sqrt");
    assertThat(path.nodes().get(path.nodes().size() - 1)).isEqualTo("norm2_Add_1");
  }

  @Test
  void everyOnnxNodeHasASpecNodeAndDepthZeroNodesSayWhy() {
    Imported imported = Fixtures.importFixture("encoder-post.onnx", "64=d", "128=f");
    CheckResult r = Fixtures.check(imported);
    BlockResult b = r.folded().blocks().values().iterator().next();
    // 124 ONNX nodes; helper nodes (NODE__what) come on top
    long named = b.nodes().stream().filter(n -> !n.spec().name().contains("__")).count();
    assertThat(named).isEqualTo(imported.onnxNodes()).isEqualTo(124);
    List<String> zeroWithoutReason = new ArrayList<>();
    for (NodeResult n : b.nodes()) {
      if (n.local().terms().stream().allMatch(t -> t.isZero())
          && !n.spec().note().contains("no gates")) {
        zeroWithoutReason.add(n.spec().name());
      }
    }
    assertThat(zeroWithoutReason).isEmpty();
    assertThat(imported.depthZero()).anyMatch(l -> l.startsWith("self_attn_Shape (ONNX Shape): "
        + "shape plumbing, the shape [n, 1, d] of src"));
  }

  @Test
  void theCertificateSaysWhichNodesWereShapePlumbing() {
    CheckResult r = Fixtures.check(Fixtures.importFixture("encoder-post.onnx", "64=d", "128=f"));
    ObjectNode cert = CertificateBuilder.build(r);
    JsonNode shape = null;
    for (JsonNode block : cert.get("blocks")) {
      for (JsonNode node : block.get("nodes")) {
        if (node.get("name").asText().equals("self_attn_Shape")) {
          shape = node;
        }
      }
    }
    assertThat(shape).isNotNull();
    assertThat(shape.get("note").asText()).contains("shape plumbing")
        .contains("no data flows, no gates");
  }

  @Test
  void importIsDeterministic() {
    String a = Fixtures.importFixture("encoder-post.onnx", "64=d", "128=f").yaml();
    String b = Fixtures.importFixture("encoder-post.onnx", "64=d", "128=f").yaml();
    assertThat(a).isEqualTo(b);
  }

  @Test
  void withoutDimNamesTheSizesStayNumbers() {
    Imported imported = Fixtures.importFixture("encoder-post.onnx");
    assertThat(imported.yaml()).contains("src: [\"n\", 64]");
    CheckResult r = Fixtures.check(imported);
    assertThat(r.folded().model().depth()).isEqualTo(Fixtures.term(DEPTH));
  }
}
