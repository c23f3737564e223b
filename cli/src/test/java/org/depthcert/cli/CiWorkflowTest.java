package org.depthcert.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the {@code run:} commands of docs/ci-workflow.yml in a scratch repository laid out as the
 * workflow expects (specs/, baselines/), with two substitutions that keep this a unit test: the
 * {@code mvn} build line is skipped (this build is the one running the test) and {@code java -jar
 * .depthcert/cli/target/depthcert.jar} becomes the same Main class on this test's classpath, in
 * a child JVM whose working directory is the scratch repository. Every other line runs in bash.
 */
class CiWorkflowTest {
  private static final String JAR = WorkflowLine.JAR;
  private static final Path WORKFLOW = Path.of("..", "docs", "ci-workflow.yml");

  @TempDir Path repo;
  JsonNode workflow;

  @BeforeEach
  void scratchRepository() throws IOException {
    workflow = new ObjectMapper(new YAMLFactory()).readTree(WORKFLOW.toFile());
    Path specs = Files.createDirectories(repo.resolve("specs"));
    // two samples whose claims all hold
    for (String s : List.of("layer-norm-mlp.yaml", "rope-tensor-attention.yaml")) {
      Files.copy(CliRun.SAMPLES.resolve(s), specs.resolve(s));
    }
    CliRun saved = CliRun.of("check", specs.toString(), "--save-baseline",
        repo.resolve("baselines").toString());
    assertThat(saved.exit()).as(saved.toString()).isZero();
  }

  private List<String> runLines() {
    List<String> lines = new ArrayList<>();
    for (JsonNode step : workflow.get("jobs").get("depthcert").get("steps")) {
      if (step.has("run")) {
        Arrays.stream(step.get("run").asText().split("\n")).map(String::strip)
            .filter(l -> !l.isEmpty()).forEach(lines::add);
      }
    }
    return lines;
  }

  /** Runs every line; returns the exit code of the last. */
  private int runWorkflow() throws Exception {
    Assumptions.assumeTrue(GraphAndExplainTest.onPath("bash"), "bash not installed");
    int exit = -1;
    for (String line : runLines()) {
      if (line.startsWith("mvn ")) {
        continue;
      }
      CliRun r = WorkflowLine.run(repo, line);
      exit = r.exit();
      if (exit != 0) {
        System.err.println("[ci-workflow] " + line + " -> exit " + exit + "\n" + r.out());
        return exit;
      }
    }
    return exit;
  }

  @Test
  void theWorkflowHasTheStepsTheDocsPromise() {
    List<String> lines = runLines();
    assertThat(lines).anyMatch(l -> l.startsWith("mvn "));
    assertThat(lines).anyMatch(l -> l.startsWith(JAR + " check specs/ --baseline baselines/"));
    String text = workflow.toString();
    assertThat(text).contains("actions/setup-java").contains("upload-sarif")
        .contains("reports/junit.xml").contains("reports/depthcert.sarif");
  }

  @Test
  void aCleanRepositoryPassesAndGetsValidReports() throws Exception {
    assertThat(runWorkflow()).isZero();
    Path junit = repo.resolve("reports/junit.xml");
    Path sarif = repo.resolve("reports/depthcert.sarif");
    GateReportsTest.validateXml(Files.readString(junit, StandardCharsets.UTF_8));
    assertThat(GateReportsTest.validateSarif(new ObjectMapper().readTree(sarif.toFile())))
        .isEmpty();
    // the files the upload steps name are the ones the gate wrote
    List<String> uploaded = new ArrayList<>();
    for (JsonNode step : workflow.get("jobs").get("depthcert").get("steps")) {
      JsonNode with = step.path("with");
      if (with.has("path") && !step.path("uses").asText().startsWith("actions/checkout")) {
        uploaded.add(with.get("path").asText());
      }
      if (with.has("sarif_file")) {
        uploaded.add(with.get("sarif_file").asText());
      }
    }
    assertThat(uploaded).containsExactly("reports/junit.xml", "reports/depthcert.sarif");
  }

  @Test
  void aGrowingDepthFailsTheJob() throws Exception {
    // one more division (d_std) on layer_norm's longest path, before the sqrt
    Path spec = repo.resolve("specs/layer-norm-mlp.yaml");
    String text = Files.readString(spec, StandardCharsets.UTF_8);
    String from = "deviation: {op: sqrt, in: [variance]";
    assertThat(text).contains(from);
    Files.writeString(spec, text.replace(from, "variance2: {op: div, in: [variance, d_float]}\n"
        + "      deviation: {op: sqrt, in: [variance2]"), StandardCharsets.UTF_8);
    assertThat(runWorkflow()).isEqualTo(1);
    assertThat(Files.readString(repo.resolve("reports/junit.xml"), StandardCharsets.UTF_8))
        .contains("coefficient of d_std in block layer_norm: 5 -&gt; 6");
  }
}
