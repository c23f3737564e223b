package org.depthcert.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The "done when": on a copy of the samples with a planted regression, {@code check
 * --baseline} exits 1 and names the coefficient, and the JUnit XML and SARIF files it writes
 * validate (against a hand-written XSD of the common Jenkins/Ant shape and the SARIF 2.1.0 JSON
 * schema Microsoft publishes, shipped in test resources).
 */
class GateReportsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dir;
  static CliRun run;
  static Path junit;
  static Path sarif;

  @BeforeAll
  static void plantRegression() throws IOException {
    Path specs = dir.resolve("specs");
    Files.createDirectories(specs);
    // the three samples this test reasons about (the catalog adds more samples over time)
    for (String name : List.of("layer-norm-mlp.yaml", "rope-tensor-attention.yaml",
        "tensor-attention.yaml")) {
      Files.copy(CliRun.SAMPLES.resolve(name), specs.resolve(name));
    }
    Path base = dir.resolve("base");
    CliRun saved = CliRun.of("check", specs.toString(), "--save-baseline", base.toString());
    // tensor-attention's Lemma 4.5 fails in the paper itself (computed 6 d_std + 3 d_sum + d_exp
    // is not below the stated 5 d_std + 5 d_sum + d_exp when d_std > 2 d_sum): exit 1 already.
    assertThat(saved.exit()).as(saved.toString()).isEqualTo(1);
    // Plant: a second division between S = QK^T/d and A = exp(S), on attention's critical path
    // X, K1, K, Kt, QKt, S, A, AV, Out: +d_std, so the block goes 6 -> 7 d_std and the model,
    // d_g + m (attention + d_g), goes 6 -> 7 in its coefficient of m*d_std.
    Path ta = specs.resolve("tensor-attention.yaml");
    String text = Files.readString(ta, StandardCharsets.UTF_8);
    String from = "      A: {op: exp, in: [S]";
    assertThat(text).contains(from);
    Files.writeString(ta, text.replace(from, "      S2: {op: div, in: [S, d_float]}\n"
        + "      A: {op: exp, in: [S2]"), StandardCharsets.UTF_8);
    junit = dir.resolve("reports/junit.xml");
    sarif = dir.resolve("reports/depthcert.sarif");
    run = CliRun.of("check", specs.toString(), "--baseline", base.toString(), "--junit",
        junit.toString(), "--sarif", sarif.toString());
  }

  @Test
  void theGateFailsAndNamesTheCoefficient() {
    assertThat(run.exit()).as(run.toString()).isEqualTo(1);
    assertThat(run.out())
        .containsPattern("PASS +\\S*layer-norm-mlp.yaml .*baseline UNCHANGED")
        .containsPattern("PASS +\\S*rope-tensor-attention.yaml .*baseline UNCHANGED")
        .containsPattern("FAIL +\\S*tensor-attention.yaml .*baseline REGRESSED")
        .contains("coefficient of d_std in block attention: 6 -> 7")
        .contains("coefficient of m*d_std in the model: 6 -> 7")
        .contains("3 specs: 1 FAIL 2 PASS");
  }

  @Test
  void junitXmlValidatesAndCountsMatch() throws Exception {
    String xml = Files.readString(junit, StandardCharsets.UTF_8);
    validateXml(xml);
    Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(junit.toFile());
    NodeList suites = doc.getElementsByTagName("testsuite");
    // one suite per copied sample: layer-norm-mlp, rope-tensor-attention, tensor-attention
    // (name order)
    assertThat(suites.getLength()).isEqualTo(3);
    for (int i = 0; i < suites.getLength(); i++) {
      Element s = (Element) suites.item(i);
      assertThat(Integer.parseInt(s.getAttribute("tests")))
          .isEqualTo(s.getElementsByTagName("testcase").getLength());
      assertThat(Integer.parseInt(s.getAttribute("failures")))
          .isEqualTo(s.getElementsByTagName("failure").getLength());
    }
    // tensor-attention: 7 claims + the baseline testcase; failures: Lemma 4.5 (fails in the
    // paper), Lemma 4.6 and Theorem 4.7 (stated 6m d_std, now 7m d_std) and the baseline.
    Element ta = (Element) suites.item(2);
    assertThat(ta.getAttribute("name")).endsWith("tensor-attention.yaml");
    assertThat(ta.getAttribute("tests")).isEqualTo("8");
    assertThat(ta.getAttribute("failures")).isEqualTo("4");
    assertThat(xml).contains("coefficient of d_std in block attention: 6 -&gt; 7")
        .contains("a counterexample to the bound for this construction is d=1, m=1, n=1, p=1, "
            + "d_std=");
  }

  @Test
  void sarifValidatesAgainstTheSarif210Schema() throws IOException {
    JsonNode log = JSON.readTree(sarif.toFile());
    assertThat(validateSarif(log)).isEmpty();
    List<String> rules = new ArrayList<>();
    log.get("runs").get(0).get("results").forEach(r -> rules.add(r.get("ruleId").asText()));
    assertThat(rules).contains("depthcert/claim-fails", "depthcert/baseline-regression",
        "depthcert/hypothesis");
    // every result points at its spec with a line: Lemma 4.5 is the fifth claim of the sample
    JsonNode first = log.get("runs").get(0).get("results").findParents("ruleId").stream()
        .filter(r -> r.get("message").get("text").asText().startsWith("Lemma 4.5 FAILS"))
        .findFirst().orElseThrow();
    JsonNode loc = first.get("locations").get(0).get("physicalLocation");
    assertThat(loc.get("artifactLocation").get("uri").asText()).endsWith("tensor-attention.yaml");
    int line = loc.get("region").get("startLine").asInt();
    List<String> lines = Files.readAllLines(CliRun.SAMPLES.resolve("tensor-attention.yaml"));
    // +1: the planted node adds one line above the claims
    assertThat(lines.get(line - 2)).contains("id: Lemma 4.5");
  }

  @Test
  void theSameInputGivesTheSameBytes() throws IOException {
    Path again = dir.resolve("again");
    CliRun second = CliRun.of("check", dir.resolve("specs").toString(), "--baseline",
        dir.resolve("base").toString(), "--junit", again.resolve("junit.xml").toString(),
        "--sarif", again.resolve("depthcert.sarif").toString());
    assertThat(second.exit()).isEqualTo(run.exit());
    assertThat(second.out()).isEqualTo(run.out());
    assertThat(Files.readAllBytes(again.resolve("junit.xml"))).isEqualTo(Files.readAllBytes(junit));
    assertThat(Files.readAllBytes(again.resolve("depthcert.sarif")))
        .isEqualTo(Files.readAllBytes(sarif));
  }

  @Test
  void severalSpecsGiveOneCombinedJsonObject() throws IOException {
    CliRun r = CliRun.of("check", dir.resolve("specs").toString(), "--baseline",
        dir.resolve("base").toString(), "--format", "json");
    assertThat(r.exit()).isEqualTo(1);
    JsonNode o = JSON.readTree(r.out());
    assertThat(o.get("verdict").asText()).isEqualTo("FAIL");
    assertThat(o.get("exitCode").asInt()).isEqualTo(1);
    assertThat(o.get("specs")).hasSize(3);
    List<String> verdicts = new ArrayList<>();
    o.get("specs").forEach(s -> verdicts.add(s.get("baseline").get("verdict").asText()));
    // files in name order: layer-norm-mlp, rope-tensor-attention, tensor-attention (the one
    // with the planted regression)
    assertThat(verdicts).containsExactly("UNCHANGED", "UNCHANGED", "REGRESSED");
    // each element is the single-spec object of DESIGN.md section 9
    assertThat(o.get("specs").get(2).get("claims")).hasSize(7);
    assertThat(o.get("specs").get(2).get("depth").asText())
        .isEqualTo("7*m*d_std + 3*m*d_sum + m*d_exp + m*d_g + d_g");
  }

  @Test
  void theValidatorsRejectBrokenReports() throws IOException {
    // a test of the tests: each validator must be able to say no
    assertThatThrownBy(() -> validateXml("<testsuites><testsuite tests=\"1\"><testcase/>"
        + "</testsuite></testsuites>")).isInstanceOf(SAXException.class);
    ObjectNode log = (ObjectNode) JSON.readTree(sarif.toFile());
    log.put("version", "2.0.0");
    assertThat(validateSarif(log)).isNotEmpty();
  }

  static void validateXml(String xml) throws SAXException, IOException {
    SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    Validator v = f.newSchema(GateReportsTest.class.getResource("junit-jenkins.xsd"))
        .newValidator();
    v.validate(new StreamSource(new StringReader(xml)));
  }

  static Set<ValidationMessage> validateSarif(JsonNode log) throws IOException {
    try (InputStream in = GateReportsTest.class.getResourceAsStream("sarif-2.1.0-rtm.5.json")) {
      JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4)
          .getSchema(in);
      return schema.validate(log);
    }
  }
}
