package org.depthcert.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tighten}: only the differing stated: values change, and the result checks tight. */
class TightenTest {
  @TempDir Path dir;

  private Path copy(String sample) throws IOException {
    Path p = dir.resolve(sample);
    Files.copy(CliRun.SAMPLES.resolve(sample), p);
    return p;
  }

  @Test
  void writeRewritesOnlyTheLooseOrWrongStatedLines() throws IOException {
    Path spec = copy("tensor-attention.yaml");
    List<String> before = Files.readAllLines(spec);
    CliRun r = CliRun.of("tighten", spec.toString(), "--write");
    assertThat(r.exit()).as(r.toString()).isZero();
    List<String> after = Files.readAllLines(spec);
    assertThat(after).hasSameSizeAs(before);
    List<Integer> changed = new ArrayList<>();
    for (int i = 0; i < before.size(); i++) {
      if (!before.get(i).equals(after.get(i))) {
        changed.add(i + 1);
      }
    }
    // Lemma 4.5 (fails: computed 6 d_std + 3 d_sum + d_exp), Lemma 4.6 and Theorem 4.7 (hold
    // with slack 2 m d_sum) change; Lemmas 4.1-4.4 are already tight and keep their text.
    assertThat(changed).hasSize(3);
    for (int line : changed) {
      assertThat(before.get(line - 1)).contains("stated:");
      assertThat(r.out()).contains(spec + ":" + line + ": ");
    }
    assertThat(after.get(changed.get(0) - 1))
        .isEqualTo("    stated: '6d_{\\mathrm{std}} + 3d_{\\oplus} + d_{\\exp}'");
    CliRun check = CliRun.of("check", spec.toString(), "--format", "json");
    assertThat(check.exit()).as(check.toString()).isZero();
    // the base reading's claims (tighten writes its depths); the spec's variants follow under
    // "variants" and may still fail (the diag-product reading needs 6 d_std + 4 d_sum + d_exp)
    String base = check.out().substring(0, check.out().indexOf("\"variants\""));
    assertThat(base).doesNotContain("\"slack\": \"2*m*d_sum\"")
        .doesNotContain("\"verdict\": \"FAILS\"");
    // a second run finds nothing left to do
    CliRun again = CliRun.of("tighten", spec.toString(), "--write");
    assertThat(again.out()).contains("nothing to tighten");
  }

  @Test
  void asciiStyleWritesMaxTermsThatReadBackTight() throws IOException {
    Path spec = copy("rope-tensor-attention.yaml");
    CliRun r = CliRun.of("tighten", spec.toString(), "--style", "ascii");
    assertThat(r.exit()).as(r.toString()).isZero();
    // Lemma 5.3: the attention block's depth is a max of two terms (with and without d_trig)
    assertThat(r.out()).contains(
        "stated: 'max(6*d_std + 4*d_sum + d_exp, 7*d_std + 3*d_sum + d_exp + d_trig)'");
    Path tight = dir.resolve("tight.yaml");
    Files.writeString(tight, r.out(), StandardCharsets.UTF_8);
    CliRun check = CliRun.of("check", tight.toString());
    assertThat(check.exit()).as(check.toString()).isZero();
    assertThat(check.out()).containsPattern("Lemma 5.3 +TIGHT").containsPattern("Lemma 5.6 +TIGHT");
  }

  @Test
  void aFlowStyleClaimIsEditedInsideItsMapping() throws IOException {
    Path spec = copy("layer-norm-mlp.yaml");
    String text = Files.readString(spec, StandardCharsets.UTF_8);
    String from = "  - id: Lemma 5.4\n    subject: mlp\n    stated: '2d_{std} + d_{\\oplus}'\n"
        + "    source: \"Lemma 5.4 (Compute MLP in TC^0), statement\"\n";
    assertThat(text).contains(from);
    Files.writeString(spec, text.replace(from, "  - {id: Lemma 5.4, subject: mlp, stated: "
        + "'3d_{std} + d_{\\oplus}', source: \"loose\"}  # keep me\n"), StandardCharsets.UTF_8);
    CliRun r = CliRun.of("tighten", spec.toString(), "--write");
    assertThat(r.exit()).as(r.toString()).isZero();
    // mlp = transpose (0) + matmul (d_std + d_sum) + add (d_std) = 2 d_std + d_sum
    assertThat(Files.readString(spec, StandardCharsets.UTF_8)).contains("  - {id: Lemma 5.4, "
        + "subject: mlp, stated: '2d_{\\mathrm{std}} + d_{\\oplus}', source: \"loose\"}  # keep me\n");
  }

  @Test
  void anUnquotedBlockValueWithCommasIsReplacedWhole() throws IOException {
    Path spec = copy("layer-norm-mlp.yaml");
    String text = Files.readString(spec, StandardCharsets.UTF_8);
    String from = "stated: '2d_{std} + d_{\\oplus}'";
    assertThat(text).contains(from);
    // a loose plain (unquoted) max, with a comma, and a comment after it
    Files.writeString(spec, text.replace(from, "stated: max(3*d_std + d_sum, d_exp)  # loose"),
        StandardCharsets.UTF_8);
    CliRun r = CliRun.of("tighten", spec.toString(), "--write", "--style", "ascii");
    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(Files.readString(spec, StandardCharsets.UTF_8))
        .contains("    stated: '2*d_std + d_sum'  # loose\n");
    assertThat(CliRun.of("check", spec.toString()).exit()).isZero();
  }

  @Test
  void badStyleIsAUsageError() {
    CliRun r = CliRun.of("tighten", CliRun.SAMPLES.resolve("layer-norm-mlp.yaml").toString(),
        "--style", "mathml");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("--style").contains("mathml").contains("LATEX, ASCII");
  }
}
