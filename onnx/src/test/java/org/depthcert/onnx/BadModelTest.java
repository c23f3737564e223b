package org.depthcert.onnx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.depthcert.onnx.proto.OnnxProto.AttributeProto;
import org.depthcert.onnx.proto.OnnxProto.GraphProto;
import org.depthcert.onnx.proto.OnnxProto.ModelProto;
import org.depthcert.onnx.proto.OnnxProto.NodeProto;
import org.depthcert.onnx.proto.OnnxProto.OperatorSetIdProto;
import org.depthcert.spec.SpecError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Model files are untrusted input: each broken one is one SpecError (exit 2) saying why. */
class BadModelTest {
  @TempDir
  Path tmp;

  private static String error(Path p) {
    try {
      OnnxImporter.importModel(p, List.of(), null, null, Fixtures.CATALOG);
    } catch (SpecError e) {
      return e.oneLine();
    }
    throw new AssertionError("imported " + p + " without an error");
  }

  @Test
  void aFileThatIsNotOnnx() throws IOException {
    Path p = tmp.resolve("model.onnx");
    Files.writeString(p, "title: a spec, not a model\n");
    assertThat(error(p)).startsWith(p + ": not an ONNX model");
  }

  @Test
  void anUnsupportedOpset() {
    assertThat(error(Fixtures.path("bad-opset.onnx")))
        .endsWith("bad-opset.onnx: opset_import: unsupported opset 99 (the op table follows "
            + "opsets 7 to 17)");
  }

  @Test
  void missingExternalDataWeights() {
    assertThat(error(Fixtures.path("bad-external.onnx"))).endsWith("bad-external.onnx: "
        + "graph.initializer[0]: external-data weight 'w' is missing: no file "
        + "bad-external.weights beside the model");
  }

  @Test
  void truncatedExternalDataWeights() throws IOException {
    Path model = tmp.resolve("m.onnx");
    Files.copy(Fixtures.path("bad-external.onnx"), model);
    Files.write(tmp.resolve("bad-external.weights"), new byte[10]); // the model needs 64 bytes
    assertThat(error(model)).contains("external-data weight 'w' is truncated");
    Files.write(tmp.resolve("bad-external.weights"), new byte[64]);
    assertThat(OnnxImporter.importModel(model, List.of(), null, null, Fixtures.CATALOG).yaml())
        .contains("mm: {op: matmul");
  }

  @Test
  void anUnmappedOpNamesItselfAndItsNodeAndIsNeverDepthZero() {
    assertThat(error(Fixtures.path("bad-unmapped.onnx"))).endsWith("graph.node[0] (mix): op "
        + "Einsum has no mapping (see docs/onnx.md for the ops depthcert reads); an unmapped op "
        + "is never counted as depth 0");
  }

  @Test
  void anOpWhoseCatalogRuleIsMissingStops() throws IOException {
    Path p = tmp.resolve("erf.onnx");
    Files.write(p, ModelBuilder.unary("Erf", "e1").toByteArray());
    assertThat(error(p)).endsWith("graph.node[0] (e1): ONNX Erf maps to catalog op 'erf', "
        + "which the catalog lacks (add a lemma for it with --catalog)");
  }

  @Test
  void nestingBeyondTheLimitIsRefused() throws IOException {
    GraphProto g = GraphProto.newBuilder().setName("leaf").build();
    for (int i = 0; i < OnnxFile.MAX_NESTING; i++) {
      NodeProto n = NodeProto.newBuilder().setOpType("If").addAttribute(AttributeProto
          .newBuilder().setName("then_branch").setType(AttributeProto.AttributeType.GRAPH)
          .setG(g)).build();
      g = GraphProto.newBuilder().setName("level" + i).addNode(n).build();
    }
    ModelProto m = ModelProto.newBuilder().setIrVersion(7).setGraph(g)
        .addOpsetImport(OperatorSetIdProto.newBuilder().setVersion(13)).build();
    Path p = tmp.resolve("deep.onnx");
    Files.write(p, m.toByteArray());
    assertThat(error(p)).contains("not an ONNX model").contains("nest");
  }

  @Test
  void aNonexistentFile() {
    assertThatThrownBy(() -> OnnxImporter.importModel(tmp.resolve("none.onnx"), List.of(), null,
        null, Fixtures.CATALOG)).isInstanceOf(SpecError.class).hasMessage("no such file");
  }
}
