package org.depthcert.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * {@code depthcert audit} on the seed paper: exit codes, the two formats, -o DIR (JSON, text,
 * HTML, LaTeX), --sarif and --junit.
 */
class AuditCommandTest {
  /** Surefire runs in cli/; the seed paper is in the samples directory beside it. */
  private static final String PAPER = "../samples/papers/arxiv-2412.18040.yaml";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void jsonOnStdoutAndExitOneBecauseLemma45Fails() {
    Run r = run("audit", PAPER, "--format", "json");
    assertThat(r.code()).isEqualTo(Main.FAILS);
    assertThat(r.out()).startsWith("{").contains("\"verdict\": \"FAIL\"")
        .contains("\"spec\": \"" + PAPER + "\"");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void tableByDefaultAndFilesWithOutputDir() throws IOException {
    Run r = run("audit", PAPER, "-o", dir.toString());
    assertThat(r.code()).isEqualTo(Main.FAILS);
    assertThat(r.out()).startsWith("FAIL: 1 of ").contains("Lemma 4.5").contains("findings");
    assertThat(Files.readString(dir.resolve("audit.txt"))).isEqualTo(r.out());
    assertThat(Files.readString(dir.resolve("audit.json"))).contains("\"findings\"");
    assertThat(Files.readString(dir.resolve("audit.html")))
        .contains("<header class=\"banner v-FAIL\">").contains("<strong>Lemma 4.5</strong>");
    assertThat(Files.readString(dir.resolve("audit.tex"))).startsWith("\\documentclass")
        .contains("\\textbf{Lemma 4.5}");
    // a second run gives the same bytes, and no temporary file is left behind
    Path again = dir.resolve("again");
    assertThat(run("audit", PAPER, "-o", again.toString()).code()).isEqualTo(Main.FAILS);
    for (String f : List.of("audit.json", "audit.txt", "audit.html", "audit.tex")) {
      assertThat(Files.readAllBytes(again.resolve(f))).as(f)
          .isEqualTo(Files.readAllBytes(dir.resolve(f)));
    }
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("audit.json", "audit.txt", "audit.html", "audit.tex",
              "again");
    }
  }

  @Test
  void badInputWritesNoFile() throws IOException {
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(bad, "title: x\narchitectures:\n  a: {spec: missing.yaml}\nresults: []\n");
    Path out = dir.resolve("out");
    Run r = run("audit", bad.toString(), "-o", out.toString(), "--sarif",
        out.resolve("audit.sarif").toString(), "--junit", out.resolve("junit.xml").toString());
    assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(out).doesNotExist();
  }

  @Test
  void sarifHasOneResultPerFailingStatementOrFindingAtItsLineInThePaper() throws IOException {
    Path sarif = dir.resolve("reports/audit.sarif");
    Run r = run("audit", PAPER, "--sarif", sarif.toString(), "--format", "json");
    assertThat(r.code()).isEqualTo(Main.FAILS);
    JsonNode log = JSON.readTree(sarif.toFile());
    assertThat(GateReportsTest.validateSarif(log)).isEmpty();
    JsonNode audit = JSON.readTree(r.out());
    int failing = 0;
    for (JsonNode c : audit.get("claims")) {
      failing += c.get("verdict").asText().equals("FAILS") ? 1 : 0;
    }
    JsonNode results = log.get("runs").get(0).get("results");
    assertThat(results).hasSize(failing + audit.get("findings").size());
    List<String> paper = Files.readAllLines(Path.of(PAPER));
    for (JsonNode res : results) {
      JsonNode loc = res.get("locations").get(0).get("physicalLocation");
      assertThat(loc.get("artifactLocation").get("uri").asText())
          .isEqualTo("../samples/papers/arxiv-2412.18040.yaml");
      // the message starts with the result's id; the line is where the paper file gives it
      String message = res.get("message").get("text").asText();
      String line = paper.get(loc.get("region").get("startLine").asInt() - 1);
      assertThat(line).startsWith("  - id: ");
      String id = line.substring("  - id: ".length()).strip();
      assertThat(message).as(res.toString()).startsWith(id);
    }
    // Lemma 4.5 fails (stated 5 d_std + 5 d_sum + d_exp, the DAG needs 6 d_std + 3 d_sum +
    // d_exp): one claim-fails error, besides its soundness finding
    assertThat(results.findValuesAsText("ruleId")).contains("depthcert/claim-fails",
        "depthcert/soundness", "depthcert/proof-arithmetic");
    assertThat(results.get(0).get("ruleId").asText()).isEqualTo("depthcert/claim-fails");
    assertThat(results.get(0).get("message").get("text").asText())
        .startsWith("Lemma 4.5 FAILS (the proof's construction): stated 5*d_std + 5*d_sum + "
            + "d_exp; not established by this construction")
        // a full admissible point (issue #9 class 3): the other variables at 1
        .contains("it needs 6*d_std + 3*d_sum + d_exp; a counterexample to the bound for this "
            + "construction is d=1, m=1, n=1, p=1, d_std=3, d_sum=1, d_prod=1, d_exp=1")
        .contains("holds as defined, not established by the proof's construction");
  }

  @Test
  void junitHasOneTestcasePerStatementAndValidates() throws Exception {
    Path junit = dir.resolve("junit.xml");
    Run r = run("audit", PAPER, "--junit", junit.toString(), "--format", "json");
    assertThat(r.code()).isEqualTo(Main.FAILS);
    String xml = Files.readString(junit);
    GateReportsTest.validateXml(xml);
    JsonNode audit = JSON.readTree(r.out());
    Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(junit.toFile());
    NodeList cases = doc.getElementsByTagName("testcase");
    assertThat(cases.getLength()).isEqualTo(audit.get("claims").size());
    NodeList failures = doc.getElementsByTagName("failure");
    assertThat(failures.getLength()).isEqualTo(1);
    assertThat(((Element) failures.item(0).getParentNode()).getAttribute("name"))
        .isEqualTo("Lemma 4.5");
    // a full admissible point (issue #9 class 3): every declared variable, 1 where the claim
    // leaves it free
    assertThat(xml).contains("a counterexample to the bound for this construction is d=1, m=1, "
        + "n=1, p=1, d_std=3, d_sum=1, d_prod=1, d_exp=1, d_sqrt=1, d_g=1");
  }

  @Test
  void badInputIsOneLineAndExitTwo() throws IOException {
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(bad, "title: x\narchitectures:\n  a: {spec: missing.yaml}\nresults: []\n");
    Run r = run("audit", bad.toString());
    assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(r.err().strip()).startsWith("error: " + bad + ":3:").contains("no spec file")
        .doesNotContain("\n");
    assertThat(r.out()).isEmpty();
  }
}
