package org.depthcert.onnx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.depthcert.onnx.proto.OnnxProto.GraphProto;
import org.depthcert.spec.SpecError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --dim VALUE=NAME: names become parameters, and one name never silently means two things. */
class DimNamesTest {
  @TempDir
  Path tmp;

  /** y = x W with x [n, 4] and W [4, 4]; with {@code residual}, y = x W + x. */
  private Path model(boolean residual) throws IOException {
    GraphProto.Builder g = GraphProto.newBuilder().setName("g")
        .addInput(ModelBuilder.value("x", "n", 4)).addInitializer(ModelBuilder.weight("W", 4, 4))
        .addOutput(ModelBuilder.value("y", "n", 4))
        .addNode(ModelBuilder.node("MatMul", "mm", residual ? "xw" : "y", "x", "W"));
    if (residual) {
      g.addNode(ModelBuilder.node("Add", "res", "y", "xw", "x"));
    }
    Path p = tmp.resolve(residual ? "res.onnx" : "plain.onnx");
    Files.write(p, ModelBuilder.model(g).toByteArray());
    return p;
  }

  @Test
  void aNamedSizeBecomesAParameterAssumedAtMostN() throws IOException {
    Imported imported = OnnxImporter.importModel(model(true), List.of("4=d"), "T", null,
        Fixtures.CATALOG);
    assertThat(imported.yaml()).contains("  d: {meaning: \"the size 4 of the model, named with "
        + "--dim 4=d\", assume: \"d <= n\"}").contains("x: [\"n\", \"d\"]")
        .contains("W: [\"d\", \"d\"]");
  }

  @Test
  void aValueSharedByDimensionsTheGraphNeverEquatesIsReported() throws IOException {
    // x W: the graph equates x's axis 1 with W's axis 0 (the inner dimension), but W's axis 1 is
    // the output width, which nothing ties to the input width: naming 4 d says they are equal
    Imported plain = OnnxImporter.importModel(model(false), List.of("4=d"), null, null,
        Fixtures.CATALOG);
    assertThat(plain.warnings()).containsExactly("4 (named d) is the size of dimensions the "
        + "graph never equates: {W axis 0, x axis 1} and {W axis 1}; they all became d, check "
        + "that it means one thing");
  }

  @Test
  void aResidualTiesTheWidthsTogetherSoNothingIsReported() throws IOException {
    Imported res = OnnxImporter.importModel(model(true), List.of("4=d"), null, null,
        Fixtures.CATALOG);
    assertThat(res.warnings()).isEmpty();
  }

  @Test
  void oneValueTwoNamesOrOneNameTwoValuesIsAnError() throws IOException {
    Path p = model(true);
    assertThatThrownBy(() -> OnnxImporter.importModel(p, List.of("4=d", "4=e"), null, null,
        Fixtures.CATALOG)).isInstanceOf(SpecError.class).hasMessage("--dim 4=e: 4 is already "
            + "named d");
    assertThatThrownBy(() -> OnnxImporter.importModel(p, List.of("4=d", "8=d"), null, null,
        Fixtures.CATALOG)).isInstanceOf(SpecError.class).hasMessage("--dim 8=d: d already names "
            + "4");
    assertThatThrownBy(() -> OnnxImporter.importModel(p, List.of("four=d"), null, null,
        Fixtures.CATALOG)).isInstanceOf(SpecError.class).hasMessage("--dim four=d: expected "
            + "VALUE=NAME, e.g. 64=d");
  }

  @Test
  void aShapeMismatchInTheModelIsReportedAtItsNode() throws IOException {
    GraphProto.Builder g = GraphProto.newBuilder().setName("g")
        .addInput(ModelBuilder.value("x", "n", 4)).addInitializer(ModelBuilder.weight("W", 3, 4))
        .addOutput(ModelBuilder.value("y", "n", 4))
        .addNode(ModelBuilder.node("MatMul", "mm", "y", "x", "W"));
    Path p = tmp.resolve("bad.onnx");
    Files.write(p, ModelBuilder.model(g).toByteArray());
    assertThatThrownBy(() -> OnnxImporter.importModel(p, List.of(), null, null,
        Fixtures.CATALOG)).isInstanceOf(SpecError.class)
        .hasMessage("shape mismatch: MatMul inner dimensions: 4 vs 3");
  }
}
