package org.depthcert.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line end to end: output, exit codes (DESIGN.md section 9), errors, files. */
class MainTest {
  private static final String SAMPLES = "../samples/";

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void checkJsonIsOneStableObjectWithEveryClaim() throws Exception {
    Run r = run("check", SAMPLES + "tensor-attention.yaml", "--format", "json");
    // Lemma 4.5 fails (6*d_std + 3*d_sum + d_exp > 5*d_std + 5*d_sum + d_exp at d_std = 3), so 1.
    assertThat(r.code()).isEqualTo(1);
    JsonNode j = new ObjectMapper().readTree(r.out());
    assertThat(j.get("tool").asText()).isEqualTo("depthcert");
    assertThat(j.get("verdict").asText()).isEqualTo("FAIL");
    assertThat(j.get("class").asText()).isEqualTo("TC0");
    assertThat(j.get("depth").asText())
        .isEqualTo("6*m*d_std + 3*m*d_sum + m*d_exp + m*d_g + d_g");
    assertThat(j.get("claims")).hasSize(7);
    JsonNode l45 = j.get("claims").get(4);
    assertThat(l45.get("id").asText()).isEqualTo("Lemma 4.5");
    assertThat(l45.get("verdict").asText()).isEqualTo("FAILS");
    assertThat(l45.get("holdsIf").asText()).isEqualTo("d_std <= 2*d_sum");
    assertThat(l45.get("counterexample").get("d_std").asInt()).isEqualTo(3);
    assertThat(j.get("claims").get(5).get("slack").asText()).isEqualTo("2*m*d_sum");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void checkPassesOnTheRopeSample() {
    Run r = run("check", SAMPLES + "rope-tensor-attention.yaml");
    assertThat(r.code()).isZero();
    // the three violated hypotheses (k <= n at attention.QRK, attention.D, attention.AV) are
    // counted on the first line (issue #9 class 11)
    assertThat(r.out().lines().findFirst().orElseThrow())
        .startsWith("PASS (3 violated lemma hypotheses; --strict fails the claims resting on "
            + "them): all 6 claims hold");
  }

  @Test
  void certifyWritesTheCertificateAndIsDeterministic(@TempDir Path dir) throws Exception {
    Run first = run("certify", SAMPLES + "rope-tensor-attention.yaml", "-o",
        dir.resolve("a").toString());
    Run second = run("certify", SAMPLES + "rope-tensor-attention.yaml", "-o",
        dir.resolve("b").toString());
    assertThat(first.code()).isZero();
    assertThat(first.out().lines().findFirst().orElseThrow()).startsWith("PASS");
    byte[] a = Files.readAllBytes(dir.resolve("a/certificate.json"));
    byte[] b = Files.readAllBytes(dir.resolve("b/certificate.json"));
    assertThat(a).isEqualTo(b);
    JsonNode cert = new ObjectMapper().readTree(a);
    assertThat(cert.get("certVersion").asText()).isEqualTo("2");
    assertThat(cert.get("class").get("id").asText()).isEqualTo("TC0");
    try (var files = Files.list(dir.resolve("a"))) {
      // the JSON certificate and its two renderings (issue 3), the same for each of the
      // sample's three variants (docs/audit.md), and no leftover temporary file
      List<String> names = new java.util.ArrayList<>();
      for (String stem : List.of("certificate", "certificate.as-defined",
          "certificate.angle-hard-wired", "certificate.diag-product")) {
        for (String ext : List.of(".json", ".html", ".tex")) {
          names.add(stem + ext);
        }
      }
      assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrderElementsOf(
          names);
    }
  }

  @Test
  void certifyWithoutSpecUsesTheBundledRopeSample(@TempDir Path dir) {
    Run r = run("certify", "-o", dir.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("RoPE-based tensor attention Transformer");
    assertThat(dir.resolve("certificate.json")).exists();
  }

  @Test
  void badInputIsOneLineExitTwoAndWritesNothing(@TempDir Path dir) throws Exception {
    Path spec = dir.resolve("bad.yaml");
    Files.writeString(spec, "title: t\nblocks:\n  b:\n    inputs: {X: [n]}\n    nodes:\n"
        + "      A: {op: nope, in: [X]}\nparameters: {n: {}}\n");
    Path out = dir.resolve("out");
    Run r = run("certify", spec.toString(), "-o", out.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().lines()).singleElement().satisfies(line -> assertThat(line)
        .startsWith("error: " + spec + ":6: blocks.b.nodes.A.op: unknown op 'nope'"));
    assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(out).doesNotExist();
  }

  @Test
  void missingFileAndUsageErrorsExitTwo() {
    assertThat(run("check", "no-such.yaml").code()).isEqualTo(2);
    assertThat(run("check", SAMPLES + "tensor-attention.yaml", "--format", "xml").code())
        .isEqualTo(2);
    Run unknown = run("frobnicate");
    assertThat(unknown.code()).isEqualTo(2);
    // a usage mistake is one line like any bad input, pointing at --help instead of dumping it
    assertThat(unknown.err().lines()).singleElement().satisfies(line -> assertThat(line)
        .isEqualTo("error: Unmatched argument at index 0: 'frobnicate' (see 'depthcert --help')"));
  }

  @Test
  void lemmasListsTheCatalogByPaperNumber() {
    Run r = run("lemmas");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("Lemma 4.1", "2412.18040/L4.1", "d_std + d_sum (derived, as stated)");
    Run one = run("lemmas", "5.5");
    assertThat(one.out()).startsWith("Lemma 5.5: Layer normalisation");
  }
}
