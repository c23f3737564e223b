package org.depthcert.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.InputStream;
import org.depthcert.cli.MainTest.Run;
import org.depthcert.verifier.Verifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The worked example of docs/writing-lemmas.md, run as a user would: a lemma file that declares
 * its own depth constant and gadget kind, a spec that loads it with --catalog, and where the
 * declarations end up (certificate, HTML, LaTeX, verifier, check --format json); the bundled
 * log's d_log likewise; bad lemma files; the lemmas command and docs/lemmas.md.
 */
class UserCatalogTest {
  private static final String LEMMAS = "../docs/examples/ln-lemmas.yaml";
  private static final String SPEC = "../docs/examples/softplus-mlp.yaml";
  private static final ObjectMapper JSON = new ObjectMapper();

  private static Run run(String... args) {
    return MainTest.run(args);
  }

  private static String sha256(Path p) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
        .digest(Files.readAllBytes(p)));
  }

  @Test
  void theWorkedExampleCertifiesAndEveryReportShowsItsAssumption(@TempDir Path out)
      throws Exception {
    Run r = run("certify", SPEC, "--catalog", LEMMAS, "-o", out.toString());
    assertThat(r.err()).isEmpty();
    // matmul (s + S), softplus_ln (s + e + d_ln), matmul (s + S): 3s + 2S + e + d_ln, as claimed.
    assertThat(r.code()).isZero();
    JsonNode cert = JSON.readTree(out.resolve("certificate.json").toFile());
    JsonNode assumed = cert.get("userAssumptions");
    assertThat(assumed).hasSize(2);
    assertThat(assumed.get(0).get("name").asText()).isEqualTo("d_ln");
    assertThat(assumed.get(0).get("kind").asText()).isEqualTo("constant");
    assertThat(assumed.get(0).get("file").asText()).isEqualTo(LEMMAS);
    // line 7: where the declaration of d_ln (its meaning and citation) begins
    assertThat(assumed.get(0).get("line").asInt()).isEqualTo(7);
    assertThat(assumed.get(0).get("sha256").asText()).isEqualTo(sha256(Path.of(LEMMAS)));
    assertThat(assumed.get(1).get("name").asText()).isEqualTo("ln");
    assertThat(cert.get("model").get("depth").asText())
        .isEqualTo("3*d_std + 2*d_sum + d_exp + d_ln");
    assertThat(cert.get("class").get("premises").toString())
        .contains("assumed in " + LEMMAS + ":7: d_ln is a constant");
    String html = Files.readString(out.resolve("certificate.html"));
    assertThat(html).contains("Assumptions from lemma files").contains("<code>d_ln</code>")
        .contains(sha256(Path.of(LEMMAS)));
    String tex = Files.readString(out.resolve("certificate.tex"));
    assertThat(tex).contains("Assumptions from lemma files").contains("\\texttt{d\\_ln}");
    // compared with the spec and the user's lemma file, not only re-computed
    Run v = run("verify", out.resolve("certificate.json").toString(), "--spec", SPEC,
        "--catalog", LEMMAS);
    assertThat(v.out().trim()).isEqualTo("ACCEPTED");
    assertThat(v.code()).isZero();
    Run json = run("check", SPEC, "--catalog", LEMMAS, "--format", "json");
    JsonNode j = JSON.readTree(json.out());
    assertThat(j.get("userAssumptions").get(0).get("name").asText()).isEqualTo("d_ln");
  }

  /** The new fields (userAssumptions, spec.constants, parameters[].equals) are in the schema. */
  @Test
  void newSamplesAndTheWorkedExampleGiveSchemaValidCertificates(@TempDir Path out)
      throws Exception {
    JsonSchema schema;
    try (InputStream in = Verifier.class.getResourceAsStream("certificate.schema.json")) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    }
    String[][] runs = {{SPEC, "--catalog", LEMMAS}, {"../samples/llama-block.yaml"},
        {"../samples/softmax-attention.yaml"}, {"../samples/rope-attention.yaml"}};
    for (int i = 0; i < runs.length; i++) {
      Path dir = out.resolve("c" + i);
      String[] args = new String[runs[i].length + 3];
      args[0] = "certify";
      System.arraycopy(runs[i], 0, args, 1, runs[i].length);
      args[args.length - 2] = "-o";
      args[args.length - 1] = dir.toString();
      assertThat(run(args).code()).as(runs[i][0]).isZero();
      JsonNode cert = JSON.readTree(dir.resolve("certificate.json").toFile());
      assertThat(schema.validate(cert)).as(runs[i][0]).isEmpty();
    }
  }

  @Test
  void theVerifierRejectsACertificateThatHidesItsAssumption(@TempDir Path out) throws Exception {
    run("certify", SPEC, "--catalog", LEMMAS, "-o", out.toString());
    ObjectNode cert = (ObjectNode) JSON.readTree(out.resolve("certificate.json").toFile());
    // Dropping the d_ln record leaves a depth constant nobody declares.
    ObjectNode dropped = cert.deepCopy();
    ((ArrayNode) dropped.get("userAssumptions")).remove(0);
    Path p1 = out.resolve("dropped.json");
    Files.writeString(p1, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(dropped));
    Run r1 = run("verify", p1.toString());
    assertThat(r1.code()).isEqualTo(1);
    assertThat(r1.out()).contains("REJECTED").contains("d_ln is neither built in");
    // Leaving the record but removing it from the premises hides it from the class conclusion.
    ObjectNode hidden = cert.deepCopy();
    ArrayNode premises = (ArrayNode) hidden.get("class").get("premises");
    for (int i = premises.size() - 1; i >= 0; i--) {
      if (premises.get(i).asText().startsWith("assumed in")) {
        premises.remove(i);
      }
    }
    Path p2 = out.resolve("hidden.json");
    Files.writeString(p2, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(hidden));
    Run r2 = run("verify", p2.toString());
    assertThat(r2.code()).isEqualTo(1);
    assertThat(r2.out()).contains("the class conclusion does not list this assumption");
  }

  @Test
  void theBundledLogarithmIsRecordedAsAnAssumptionToo(@TempDir Path out) throws Exception {
    Path spec = Path.of("src/test/resources/org/depthcert/cli/bundled-softplus.yaml");
    Run r = run("certify", spec.toString(), "-o", out.toString());
    // matmul s + S, softplus s + e + d_log: 2s + S + e + d_log, as claimed.
    assertThat(r.code()).isZero();
    JsonNode cert = JSON.readTree(out.resolve("certificate.json").toFile());
    assertThat(cert.get("userAssumptions").get(0).get("name").asText()).isEqualTo("d_log");
    assertThat(cert.get("userAssumptions").get(0).get("file").asText())
        .isEqualTo("lemmas/depthcert/log.yaml");
    assertThat(Files.readString(out.resolve("certificate.html"))).contains("<code>d_log</code>");
    assertThat(Files.readString(out.resolve("certificate.tex"))).contains("\\texttt{d\\_log}");
    assertThat(run("verify", out.resolve("certificate.json").toString(), "--spec",
        spec.toString()).out().trim()).isEqualTo("ACCEPTED");
  }

  @Test
  void theGateNamesTheDeclaredConstantWhoseCoefficientGrew(@TempDir Path dir) throws Exception {
    String text = Files.readString(Path.of(
        "src/test/resources/org/depthcert/cli/bundled-softplus.yaml"));
    Path spec = dir.resolve("layer.yaml");
    Files.writeString(spec, text);
    Path base = dir.resolve("base");
    assertThat(run("check", spec.toString(), "--save-baseline", base.toString()).code()).isZero();
    // softplus applied twice: each costs s + e + d_log, so d_log's coefficient goes 1 -> 2.
    Files.writeString(spec, text.replace("      A: {op: softplus, in: [H]}",
        "      A0: {op: softplus, in: [H]}\n      A: {op: softplus, in: [A0]}"));
    Run r = run("check", spec.toString(), "--baseline", base.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).contains("coefficient of d_log in the model: 1 -> 2");
  }

  @Test
  void aBadLemmaFileIsOneLocatedLineAndExit2(@TempDir Path dir) throws Exception {
    String text = Files.readString(Path.of(LEMMAS)).replace("size: {ln: 1}", "size: {log2: 1}");
    Path bad = dir.resolve("bad-lemmas.yaml");
    Files.writeString(bad, text);
    Path out = dir.resolve("out");
    Run r = run("certify", SPEC, "--catalog", bad.toString(), "-o", out.toString());
    assertThat(r.code()).isEqualTo(2);
    int line = 1 + (int) text.substring(0, text.indexOf("size: {log2")).chars()
        .filter(c -> c == '\n').count();
    assertThat(r.err().trim()).startsWith("error: " + bad + ":" + line
        + ": rules[0].size.log2: unknown gadget kind 'log2'");
    assertThat(r.err().trim().lines()).hasSize(1);
    assertThat(out).doesNotExist();
    // the file's constant, used in a spec checked without the file: unknown, at its line
    Run r2 = run("check", SPEC);
    assertThat(r2.code()).isEqualTo(2);
    assertThat(r2.err()).contains("softplus-mlp.yaml:20: claims[0].stated:")
        .contains("unknown depth constant 'd_ln'");
  }

  @Test
  void lemmasFindsEveryPartAndShowsTheWholeRule() {
    Run parts = run("lemmas", "3.4");
    assertThat(parts.out()).contains("Lemma 3.4 Part 1:").contains("Lemma 3.4 Part 2:")
        .contains("Lemma 3.4 Part 3:").doesNotContain("Lemma 3.6");
    Run one = run("lemmas", "4.1");
    assertThat(one.out()).contains("signature   A: [a, k], B: [k, b] -> [a, b]")
        .contains("hypotheses  k <= n").contains("size        std: a*b*k, sum: a*b*k")
        .contains("P = mul(A, B) x a*b*k: d_std -> d_std")
        // the products read as one row of k per entry (a reshape: wiring), then summed
        .contains("R = reshape(P): 0 -> d_std")
        .contains("S = row_sum(R) x a*b: d_sum -> d_std + d_sum");
    assertThat(run("lemmas", "rmsnorm").out()).startsWith("RMSNorm:");
  }

  @Test
  void docsLemmasIsTheGeneratedMarkdown() throws Exception {
    Run r = run("lemmas", "--format", "markdown");
    assertThat(r.code()).isZero();
    String onDisk = Files.readString(Path.of("../docs/lemmas.md"), StandardCharsets.UTF_8);
    assertThat(onDisk).as("docs/lemmas.md is out of date: run "
        + "'depthcert lemmas --format markdown > docs/lemmas.md'").isEqualTo(r.out());
  }

  @Test
  void checkJsonSaysWhatTheCertificateSays() throws Exception {
    Run r = run("check", "../samples/softmax-attention.yaml", "--format", "json");
    JsonNode j = JSON.readTree(r.out());
    JsonNode att = j.get("blocks").get(0);
    assertThat(att.get("name").asText()).isEqualTo("attention");
    // see SampleArchitecturesTest: Q K^T 2(s + S), / d s, softmax s + S + e, A V s + S.
    assertThat(att.get("depth").asText()).isEqualTo("5*d_std + 4*d_sum + d_exp");
    assertThat(att.get("criticalPaths").get(0).get("nodes").toString())
        .isEqualTo("[\"X\",\"Q\",\"S\",\"Z\",\"A\",\"Out\"]");
    // exp once per score: n^2 (n x n scores).
    assertThat(att.get("size").get("exp").asText()).isEqualTo("n^2");
    assertThat(j.get("blocks").get(1).get("opaque").asBoolean()).isTrue();
    assertThat(j.get("model").get("depth").asText()).isEqualTo(j.get("depth").asText());
    assertThat(j.get("model").get("sizeDegree").asInt()).isEqualTo(3);
    assertThat(j.get("class").asText()).isEqualTo("TC0");
    // the same numbers as the certificate
    Path dir = Files.createTempDirectory("dc");
    run("certify", "../samples/softmax-attention.yaml", "-o", dir.toString());
    JsonNode cert = JSON.readTree(dir.resolve("certificate.json").toFile());
    assertThat(cert.get("blocks").get(0).get("depth").asText())
        .isEqualTo(att.get("depth").asText());
    assertThat(cert.get("size").get("gadgets").asText())
        .isEqualTo(j.get("model").get("gadgets").asText());
  }
}
