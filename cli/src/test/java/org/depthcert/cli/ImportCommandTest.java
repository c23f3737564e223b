package org.depthcert.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code depthcert import}, and check/certify taking an .onnx file directly. */
class ImportCommandTest {
  private static final Path FIXTURES = Path.of("..", "onnx", "src", "test", "resources", "org",
      "depthcert", "onnx");

  @TempDir Path tmp;

  @Test
  void importWritesASpecThatCertifyTakes() {
    Path spec = tmp.resolve("enc.yaml");
    CliRun r = CliRun.of("import", FIXTURES.resolve("encoder-post.onnx").toString(), "--dim",
        "64=d", "--dim", "128=f", "--name", "Encoder layer", "-o", spec.toString());
    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(r.out()).contains("imported 124 ONNX nodes as ").contains("wrote " + spec);
    assertThat(r.err()).isEmpty();
    CliRun c = CliRun.of("certify", spec.toString(), "-o", tmp.resolve("cert").toString());
    assertThat(c.exit()).as(c.toString()).isZero();
    // EncoderImportTest derives this depth by hand
    assertThat(c.out()).contains("depth  31*d_std + 11*d_sum + d_exp + 2*d_sqrt")
        .contains("class  uniform TC^0 under d <= n, f <= n, p <= poly(n)");
    CliRun v = CliRun.of("verify", tmp.resolve("cert/certificate.json").toString());
    assertThat(v.exit()).as(v.toString()).isZero();
  }

  @Test
  void checkAndCertifyTakeTheOnnxFileDirectly() {
    CliRun r = CliRun.of("check", FIXTURES.resolve("encoder-pre.onnx").toString());
    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(r.out()).contains("31*d_std + 11*d_sum + d_exp + 2*d_sqrt");
    CliRun c = CliRun.of("certify", FIXTURES.resolve("encoder-pre.onnx").toString(), "-o",
        tmp.resolve("c").toString());
    assertThat(c.exit()).as(c.toString()).isZero();
  }

  @Test
  void aBadModelIsOneLineExitTwoAndNoOutput() {
    Path spec = tmp.resolve("x.yaml");
    CliRun r = CliRun.of("import", FIXTURES.resolve("bad-unmapped.onnx").toString(), "-o",
        spec.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err().strip()).doesNotContain("\n").startsWith("error: ")
        .endsWith("graph.node[0] (mix): op Einsum has no mapping (see docs/onnx.md for the ops "
            + "depthcert reads); an unmapped op is never counted as depth 0");
    assertThat(Files.exists(spec)).isFalse();
    CliRun c = CliRun.of("check", FIXTURES.resolve("bad-opset.onnx").toString());
    assertThat(c.exit()).isEqualTo(2);
    assertThat(c.err()).contains("unsupported opset 99");
  }

  @Test
  void aSharedValueIsAWarningOnStderr() {
    Path spec = tmp.resolve("llama.yaml");
    CliRun r = CliRun.of("import", FIXTURES.resolve("llama-layer.onnx").toString(), "--dim",
        "64=d", "--dim", "128=f", "--dim", "2=h", "--dim", "32=e", "-o", spec.toString());
    assertThat(r.exit()).as(r.toString()).isZero();
    // the values' head dimension e is never equated with the queries' and keys' by the graph
    assertThat(r.err()).contains("warning: 32 (named e) is the size of dimensions the graph "
        + "never equates: {Reshape axis 2, Reshape_1 axis 2} and {Reshape_2 axis 2}");
  }
}
