package org.depthcert.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/**
 * {@code graph} and {@code explain} on the tensor attention sample. Its attention block has 7
 * inputs (X, W_Q, W_K1, W_K2, W_V1, W_V2, d_float) and 14 nodes, so 21 vertices; the opaque g
 * has none. Its critical path, by hand (the longest of the input-to-Out paths, ties to the first
 * declared input): X -> K1 (matmul, d_std + d_sum) -> K (colwise_kron, d_std) -> Kt (transpose,
 * 0) -> QKt (matmul, d_std + d_sum) -> S (div, d_std) -> A (exp, d_exp) -> AV (matmul, d_std +
 * d_sum) -> Out (div, d_std) = 6 d_std + 3 d_sum + d_exp.
 */
class GraphAndExplainTest {
  private static final String SPEC = CliRun.SAMPLES.resolve("tensor-attention.yaml").toString();
  private static final List<String> CRITICAL =
      List.of("X", "K1", "K", "Kt", "QKt", "S", "A", "AV", "Out");

  @TempDir Path dir;

  @Test
  void dotIsAcceptedByGraphviz() throws Exception {
    CliRun r = CliRun.of("graph", SPEC, "--format", "dot");
    assertThat(r.exit()).as(r.toString()).isZero();
    Assumptions.assumeTrue(onPath("dot"),
        "Graphviz 'dot' is not installed: skipping the DOT check (.ci/run installs graphviz)");
    Process p = new ProcessBuilder("dot", "-Tsvg").redirectErrorStream(false).start();
    p.getOutputStream().write(r.out().getBytes(StandardCharsets.UTF_8));
    p.getOutputStream().close();
    String svg = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(err).isZero();
    assertThat(err).isEmpty();
    // exactly the 21 vertices: a mis-quoted label would have made dot invent extra nodes
    assertThat(count(svg, "class=\"node\"")).isEqualTo(21);
    assertThat(svg).contains("attention.Out").contains("Tensor attention Transformer");
  }

  @Test
  void jsonMarksTheCriticalPath() throws Exception {
    CliRun r = CliRun.of("graph", SPEC, "--format", "json");
    assertThat(r.exit()).as(r.toString()).isZero();
    JsonNode g = new ObjectMapper().readTree(r.out());
    assertThat(g.get("nodes")).hasSize(21);
    List<String> critical = new ArrayList<>();
    g.get("nodes").forEach(n -> {
      if (n.get("critical").asBoolean()) {
        critical.add(n.get("name").asText());
      }
    });
    assertThat(critical).containsExactlyInAnyOrderElementsOf(CRITICAL);
    JsonNode out = g.get("nodes").findParents("name").stream()
        .filter(n -> n.get("id").asText().equals("attention.Out")).findFirst().orElseThrow();
    assertThat(out.get("arrival").asText()).isEqualTo("6*d_std + 3*d_sum + d_exp");
    long criticalEdges = 0;
    for (JsonNode e : g.get("edges")) {
      criticalEdges += e.get("critical").asBoolean() ? 1 : 0;
    }
    assertThat(criticalEdges).isEqualTo(CRITICAL.size() - 1);
  }

  @Test
  void graphmlIsWellFormedAndWritesAtomicallyToAFile() throws Exception {
    Path file = dir.resolve("g.graphml");
    CliRun r = CliRun.of("graph", SPEC, "--format", "graphml", "--block", "attention", "-o",
        file.toString());
    assertThat(r.exit()).as(r.toString()).isZero();
    Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(Files.readAllBytes(file)));
    assertThat(doc.getElementsByTagName("node").getLength()).isEqualTo(21);
    // 14 nodes; inputs per node from the spec: 2 per matmul (7), 2 per kron (2), 1 transpose,
    // 2 div S, 1 exp, 1 row_sum, 2 div Out -> 14 + 4 + 1 + 2 + 1 + 1 + 2 = 25 edges
    assertThat(doc.getElementsByTagName("edge").getLength()).isEqualTo(25);
  }

  @Test
  void unknownFormatAndBlockAreUsageErrors() {
    assertThat(CliRun.of("graph", SPEC, "--format", "png").exit()).isEqualTo(2);
    CliRun r = CliRun.of("graph", SPEC, "--block", "nope");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("no folded block 'nope'").contains("attention");
  }

  @Test
  void explainWalksTheCriticalPathBackToAnInput() {
    CliRun r = CliRun.of("explain", SPEC, "attention.Out");
    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(r.out()).startsWith("attention.Out: arrival 6*d_std + 3*d_sum + d_exp\n")
        .contains("AV arrives at 5*d_std + 3*d_sum + d_exp and attains the maximum (also in: D"
            + " at 4*d_std + 3*d_sum + d_exp)")
        .contains("+ d_exp from Lemma 3.6 = 4*d_std + 2*d_sum + d_exp")
        .endsWith("X: input of block attention, arrives at 0\n");
    // the steps appear in critical-path order, from Out back to K1
    List<String> steps = new ArrayList<>();
    Matcher m = Pattern.compile("(?m)^  (\\w+) = ").matcher(r.out());
    while (m.find()) {
      steps.add(0, m.group(1));
    }
    assertThat(steps).containsExactlyElementsOf(CRITICAL.subList(1, CRITICAL.size()));
  }

  @Test
  void explainNamesAmbiguousNodes() {
    CliRun r = CliRun.of("explain", CliRun.SAMPLES.resolve("layer-norm-mlp.yaml").toString(),
        "Out");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("ambiguous").contains("layer_norm.Out, mlp.Out");
    CliRun block = CliRun.of("explain", CliRun.SAMPLES.resolve("layer-norm-mlp.yaml")
        .toString(), "mlp");
    assertThat(block.exit()).isZero();
    assertThat(block.out()).startsWith("mlp.Out: arrival 2*d_std + d_sum\n");
  }

  private static int count(String s, String needle) {
    int n = 0;
    for (int i = s.indexOf(needle); i >= 0; i = s.indexOf(needle, i + 1)) {
      n++;
    }
    return n;
  }

  static boolean onPath(String exe) {
    for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(d, exe))) {
        return true;
      }
    }
    return false;
  }
}
