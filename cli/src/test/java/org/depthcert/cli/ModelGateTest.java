package org.depthcert.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the {@code model-depth} job of docs/ci-workflow.yml in a scratch model repository. The
 * export step ({@code python3 export.py model.onnx}) is replaced by copying a fixture that
 * onnx/src/test/resources/org/depthcert/onnx/export_models.py made from the PyTorch code:
 * llama-layer.onnx (the baseline's model) or llama-layer-extra.onnx (the same LlamaLayer with
 * extra_block=True: one more RMSNorm + SwiGLU MLP + residual, sequentially after the layer). The
 * apt-get and mvn lines are skipped; {@code java -jar ...depthcert.jar} is this classpath's Main.
 */
class ModelGateTest {
  private static final Path FIXTURES = Path.of("..", "onnx", "src", "test", "resources", "org",
      "depthcert", "onnx");

  @TempDir Path repo;
  JsonNode job;

  @BeforeEach
  void baseline() throws IOException {
    job = new ObjectMapper(new YAMLFactory()).readTree(Path.of("..", "docs", "ci-workflow.yml")
        .toFile()).get("jobs").get("model-depth");
    Files.copy(FIXTURES.resolve("llama-layer.onnx"), repo.resolve("model.onnx"));
    CliRun imported = CliRun.of("import", repo.resolve("model.onnx").toString(), "--dim", "64=d",
        "--dim", "128=f", "--dim", "2=h", "--dim", "32=e", "-o",
        repo.resolve("model.yaml").toString());
    assertThat(imported.exit()).as(imported.toString()).isZero();
    CliRun saved = CliRun.of("check", repo.resolve("model.yaml").toString(), "--save-baseline",
        repo.resolve("baselines").toString());
    assertThat(saved.exit()).as(saved.toString()).isZero();
  }

  private CliRun runJob(String model) throws Exception {
    StringBuilder all = new StringBuilder();
    int exit = -1;
    for (JsonNode step : job.get("steps")) {
      if (!step.has("run")) {
        continue;
      }
      for (String line : step.get("run").asText().split("\n")) {
        line = line.strip();
        if (line.isEmpty() || line.startsWith("mvn ") || line.startsWith("sudo apt-get")) {
          continue;
        }
        if (line.startsWith("/usr/bin/python3 export.py")) {
          Files.copy(FIXTURES.resolve(model), repo.resolve("model.onnx"),
              StandardCopyOption.REPLACE_EXISTING);
          continue;
        }
        CliRun r = WorkflowLine.run(repo, line);
        all.append(r.out());
        exit = r.exit();
        if (exit != 0) {
          return new CliRun(exit, all.toString(), "");
        }
      }
    }
    return new CliRun(exit, all.toString(), "");
  }

  @Test
  void theUnchangedModelPasses() throws Exception {
    CliRun r = runJob("llama-layer.onnx");
    assertThat(r.exit()).as(r.toString()).isZero();
  }

  @Test
  void anExtraSequentialBlockIsADepthRegressionNamingTheGrownCoefficients() throws Exception {
    CliRun r = runJob("llama-layer-extra.onnx");
    assertThat(r.exit()).as(r.toString()).isEqualTo(1);
    // the extra block: rmsnorm 5s+S+q, gate matmul s+S, silu 4s+e, * up s, down matmul s+S,
    // residual s = 13s + 3S + e + q on both terms of max(29s+9S+2e+2q, 23s+7S+t+2e+q)
    assertThat(r.out()).contains("coefficient of d_std in the model: 29 -> 42")
        .contains("coefficient of d_std in the model: 23 -> 36")
        .contains("coefficient of d_sum in the model: 9 -> 12")
        .contains("coefficient of d_exp in the model: 2 -> 3")
        .contains("coefficient of d_sqrt in the model: 2 -> 3");
    assertThat(Files.readString(repo.resolve("reports/model-junit.xml"),
        StandardCharsets.UTF_8)).contains("coefficient of d_std in the model: 29 -&gt; 42");
  }
}
