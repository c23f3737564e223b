package org.depthcert.onnx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reruns export_models.py with Debian's PyTorch and ONNX (/usr/bin/python3) and checks that each
 * fresh export imports to exactly the spec the checked-in fixture gives: the fixtures are what
 * the script makes. Without torch the test says so and is skipped, except under CI=true, where
 * .ci/run installs python3-torch and python3-onnx and a missing one is a failure.
 */
class ExportScriptTest {
  private static final Path PYTHON = Path.of("/usr/bin/python3");

  @TempDir Path out;

  private static boolean torchAvailable() throws IOException, InterruptedException {
    if (!Files.isExecutable(PYTHON)) {
      return false;
    }
    Process p = new ProcessBuilder(PYTHON.toString(), "-c", "import torch, onnx")
        .redirectErrorStream(true).start();
    p.getInputStream().readAllBytes();
    return p.waitFor(120, TimeUnit.SECONDS) && p.exitValue() == 0;
  }

  @Test
  void freshExportsImportToTheSameSpecsAsTheFixtures() throws Exception {
    boolean torch = torchAvailable();
    String why = "needs /usr/bin/python3 with torch and onnx (Debian: python3-torch, "
        + "python3-onnx) to rerun export_models.py";
    if (!torch && "true".equals(System.getenv("CI"))) {
      throw new AssertionError(why + "; under CI=true this test never skips");
    }
    Assumptions.assumeTrue(torch, why);
    Process p = new ProcessBuilder(PYTHON.toString(), Fixtures.path("export_models.py")
        .toString(), out.toString()).redirectErrorStream(true).start();
    String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(600, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(log).isZero();
    for (String model : List.of("encoder-post.onnx", "encoder-pre.onnx", "llama-layer.onnx",
        "llama-layer-extra.onnx")) {
      List<String> dims = List.of("64=d", "128=f", "2=h", "32=e");
      String fresh = OnnxImporter.importModel(out.resolve(model), dims, null, null,
          Fixtures.CATALOG).yaml();
      String fixture = OnnxImporter.importModel(Fixtures.path(model), dims, null, null,
          Fixtures.CATALOG).yaml();
      assertThat(fresh).as(model).isEqualTo(fixture);
    }
  }
}
