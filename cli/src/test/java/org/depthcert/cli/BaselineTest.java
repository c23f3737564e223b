package org.depthcert.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.depthcert.cert.Canonical;
import org.depthcert.cert.CanonicalText;
import org.depthcert.cert.Json;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check --baseline} on variants of the layer-norm/MLP sample. Its depths, by hand from
 * the spec (Lemma 3.4: add, sub, mul, div are d_std; row_sum is d_sum; sqrt is d_sqrt; matmul is
 * d_std + d_sum, Lemma 4.1; transpose only places wires):
 * layer_norm's longest path X -> row_total (d_sum) -> mu (d_std) -> centred (d_std) -> squared
 * (d_std) -> sq_total (d_sum) -> variance (d_std) -> deviation (d_sqrt) -> Out (d_std) is
 * 5 d_std + 2 d_sum + d_sqrt; mlp is Wt (0) -> WX (d_std + d_sum) -> Out (d_std) = 2 d_std +
 * d_sum; the model layer_norm + mlp is 7 d_std + 3 d_sum + d_sqrt.
 * Lemma 5.5 is loosened to 9 d_std + 2 d_sum + d_sqrt so that every claim still holds after each
 * change: whatever fails below fails because of the baseline alone.
 */
class BaselineTest {
  @TempDir Path dir;
  Path spec;
  Path base;
  String original;

  @BeforeEach
  void baseline() throws IOException {
    original = Files.readString(CliRun.SAMPLES.resolve("layer-norm-mlp.yaml"),
        StandardCharsets.UTF_8).replace(
        "stated: '5d_{\\operatorname{std}} + 2d_{\\oplus} + d_{\\operatorname{sqrt}}'",
        "stated: '9d_{std} + 2d_{\\oplus} + d_{sqrt}'");
    assertThat(original).contains("9d_{std}");
    spec = dir.resolve("lnmlp.yaml");
    Files.writeString(spec, original, StandardCharsets.UTF_8);
    base = dir.resolve("base");
    CliRun saved = CliRun.of("check", spec.toString(), "--save-baseline", base.toString());
    assertThat(saved.exit()).as(saved.toString()).isZero();
    assertThat(base.resolve("lnmlp.json")).isRegularFile();
  }

  private void edit(String from, String to) throws IOException {
    assertThat(original).contains(from);
    Files.writeString(spec, original.replace(from, to), StandardCharsets.UTF_8);
  }

  @Test
  void unchangedSpecPassesItsOwnBaseline() {
    CliRun r = CliRun.of("check", spec.toString(), "--baseline", base.resolve("lnmlp.json")
        .toString());
    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(r.out()).contains("baseline UNCHANGED");
  }

  @Test
  void aNodeAddedOnTheCriticalPathFailsAndNamesTheCoefficient() throws IOException {
    // One more division between variance and sqrt: +d_std on layer_norm's longest path, so
    // layer_norm 5 -> 6 d_std and the model 7 -> 8 d_std; d_sum and d_sqrt do not move.
    edit("deviation: {op: sqrt, in: [variance]",
        "variance2: {op: div, in: [variance, d_float]}\n"
            + "      deviation: {op: sqrt, in: [variance2]");
    CliRun r = CliRun.of("check", spec.toString(), "--baseline", base.toString());
    assertThat(r.exit()).as(r.toString()).isEqualTo(1);
    // the first line is the gate's verdict; the claims themselves still hold
    assertThat(r.out().lines().findFirst().orElseThrow())
        .startsWith("FAIL: a depth grew against the baseline")
        .contains("PASS: all 2 claims hold");
    assertThat(r.out())
        .contains("baseline REGRESSED")
        .contains("regression  depth of block layer_norm: +d_std")
        .contains("coefficient of d_std in block layer_norm: 5 -> 6")
        .contains("coefficient of d_std in the model: 7 -> 8")
        .contains("coefficient of d_std in Lemma 5.5: 5 -> 6")
        .doesNotContain("coefficient of d_sum")
        .doesNotContain("block mlp:");
  }

  @Test
  void aNodeAddedOffTheCriticalPathPasses() throws IOException {
    // Out = centred / deviation: centred arrives at d_sum + 2 d_std, deviation at
    // 4 d_std + 2 d_sum + d_sqrt. A division after centred makes that input 3 d_std + d_sum,
    // still below deviation's arrival: no depth moves.
    edit("Out: {op: div, in: [centred, deviation]",
        "scaled: {op: div, in: [centred, d_float]}\n"
            + "      Out: {op: div, in: [scaled, deviation]");
    CliRun r = CliRun.of("check", spec.toString(), "--baseline", base.toString());
    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(r.out()).contains("baseline UNCHANGED").doesNotContain("regression");
  }

  @Test
  void aChangeThatLowersDepthPassesAsAnImprovement() throws IOException {
    // sqrt of the sum of squares instead of the variance: one division (d_std) less on the
    // longest path, layer_norm 5 -> 4 d_std, the model 7 -> 6 d_std.
    edit("deviation: {op: sqrt, in: [variance]", "deviation: {op: sqrt, in: [sq_total]");
    CliRun r = CliRun.of("check", spec.toString(), "--baseline", base.toString(),
        "--format", "json");
    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(r.out()).contains("\"verdict\": \"IMPROVED\"")
        .contains("coefficient of d_std in block layer_norm: 5 -> 4")
        .contains("coefficient of d_std in the model: 7 -> 6")
        .doesNotContain("REGRESSION");
  }

  @Test
  void diffCommandPrintsTheSameComparison() throws IOException {
    edit("deviation: {op: sqrt, in: [variance]",
        "variance2: {op: div, in: [variance, d_float]}\n"
            + "      deviation: {op: sqrt, in: [variance2]");
    Path after = dir.resolve("after");
    assertThat(CliRun.of("certify", spec.toString(), "-o", after.toString()).exit()).isZero();
    CliRun r = CliRun.of("diff", base.resolve("lnmlp.json").toString(),
        after.resolve("certificate.json").toString());
    assertThat(r.exit()).as(r.toString()).isEqualTo(1);
    assertThat(r.out()).startsWith("REGRESSED: 3 regressed, 0 improved")
        .contains("coefficient of d_std in block layer_norm: 5 -> 6");
    CliRun back = CliRun.of("diff", after.resolve("certificate.json").toString(),
        base.resolve("lnmlp.json").toString());
    assertThat(back.exit()).as(back.toString()).isZero();
    assertThat(back.out()).startsWith("IMPROVED: 0 regressed, 3 improved");
  }

  @Test
  void aBaselineThatIsNotACertificateIsBadInput() throws IOException {
    Path bogus = dir.resolve("bogus.json");
    Files.writeString(bogus, "{\n  \"tool\": \"depthcert\"\n}\n", StandardCharsets.UTF_8);
    CliRun r = CliRun.of("check", spec.toString(), "--baseline", bogus.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).startsWith("error: " + bogus).contains("not a depthcert certificate")
        .doesNotContain("Exception");
  }

  /**
   * A baseline saved before certificate format 2 (monomial lists beside ASCII and LaTeX) is still
   * read: the gate compares depths only, which format 1 states exactly. Built here from the
   * saved format-2 baseline with the engine's expanded writer, field by field as format 1 had
   * them.
   */
  @Test
  void aBaselineSavedInFormat1IsStillCompared() throws IOException {
    com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind
        .ObjectMapper();
    com.fasterxml.jackson.databind.node.ObjectNode c =
        (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(
            base.resolve("lnmlp.json").toFile());
    c.put("certVersion", "1");
    for (var a : c.get("assumptions")) {
      var o = (com.fasterxml.jackson.databind.node.ObjectNode) a;
      o.set("lhs", Json.polynomial(CanonicalText.polynomial(o.get("lhs").asText())));
      o.set("rhs", Json.polynomial(CanonicalText.polynomial(o.get("rhs").asText())));
    }
    var model = (com.fasterxml.jackson.databind.node.ObjectNode) c.get("model");
    model.set("depth", Json.term(CanonicalText.term(model.get("depth").asText())));
    for (var b : c.get("blocks")) {
      var o = (com.fasterxml.jackson.databind.node.ObjectNode) b;
      o.set("depth", Json.term(CanonicalText.term(o.get("depth").asText())));
    }
    for (var claim : c.get("claims")) {
      var o = (com.fasterxml.jackson.databind.node.ObjectNode) claim;
      o.set("computed", Json.term(CanonicalText.term(o.get("computed").asText())));
    }
    Path v1 = dir.resolve("v1.json");
    Files.writeString(v1, Canonical.write(c), StandardCharsets.UTF_8);
    assertThat(Files.readString(v1)).contains("\"monomials\"");
    CliRun same = CliRun.of("check", spec.toString(), "--baseline", v1.toString());
    assertThat(same.exit()).as(same.toString()).isZero();
    assertThat(same.out()).contains("baseline UNCHANGED");
    edit("deviation: {op: sqrt, in: [variance]",
        "variance2: {op: div, in: [variance, d_float]}\n"
            + "      deviation: {op: sqrt, in: [variance2]");
    CliRun grown = CliRun.of("check", spec.toString(), "--baseline", v1.toString());
    assertThat(grown.exit()).as(grown.toString()).isEqualTo(1);
    assertThat(grown.out()).contains("coefficient of d_std in block layer_norm: 5 -> 6");
    // another format: one line naming the file and the field, exit 2
    c.put("certVersion", "7");
    Files.writeString(v1, Canonical.write(c), StandardCharsets.UTF_8);
    CliRun other = CliRun.of("check", spec.toString(), "--baseline", v1.toString());
    assertThat(other.exit()).isEqualTo(2);
    assertThat(other.err().strip()).startsWith("error: " + v1).contains("certVersion: "
        + "certificate format 7 is not supported; this tool reads formats 1 and 2")
        .doesNotContain("\n");
  }
}
