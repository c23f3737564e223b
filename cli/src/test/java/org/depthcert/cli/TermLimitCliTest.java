package org.depthcert.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #13 goal 5 on the command line: a correct certificate whose max term has more than the
 * old verifier cap of 256 parts certifies and verifies at the default limit (4096), and with
 * {@code --max-terms} below its size each command stops with exit 2 and one line naming the
 * size reached and the option, rather than rejecting it as wrong.
 */
class TermLimitCliTest {
  /**
   * Stages of three branches (exp, sqrt, sin) joined by adds: after k stages the output's depth
   * has one term a*d_exp + b*d_sqrt + c*d_trig + (2k + 1)*d_std per a + b + c = k (every term has
   * the same total, so no term dominates another: their shifts have equal constants and
   * crossing coefficients), that is (k + 1)(k + 2)/2 terms: 276 for k = 22. The first stage
   * whose output exceeds 200 parts is k = 19, with 210.
   */
  static String growingSpec(int stages) {
    StringBuilder sb = new StringBuilder("title: max terms that grow with depth\n"
        + "parameters:\n  n: {meaning: sequence length}\n"
        + "  d: {meaning: hidden dimension, assume: \"d <= n\"}\n"
        + "  p: {meaning: precision, assume: \"p <= poly(n)\"}\n"
        + "blocks:\n  b:\n    inputs: {X: [n, d]}\n    nodes:\n"
        + "      S0: {op: add, in: [X, X]}\n");
    for (int s = 1; s <= stages; s++) {
      String prev = "S" + (s - 1);
      sb.append("      E").append(s).append(": {op: exp, in: [").append(prev).append("]}\n");
      sb.append("      R").append(s).append(": {op: sqrt, in: [").append(prev).append("]}\n");
      sb.append("      T").append(s).append(": {op: sin, in: [").append(prev).append("]}\n");
      sb.append("      M").append(s).append(": {op: add, in: [E").append(s).append(", R")
          .append(s).append("]}\n");
      sb.append("      U").append(s).append(": {op: add, in: [T").append(s).append(", T")
          .append(s).append("]}\n");
      sb.append("      S").append(s).append(": {op: add, in: [M").append(s).append(", U")
          .append(s).append("]}\n");
    }
    return sb.append("    output: S").append(stages).append('\n').toString();
  }

  @TempDir
  static Path dir;
  static Path spec;
  static Path certificate;

  @BeforeAll
  static void certifyAtTheDefault() throws Exception {
    spec = dir.resolve("growing.yaml");
    Files.writeString(spec, growingSpec(22));
    Path out = dir.resolve("out");
    CliRun r = CliRun.of("certify", spec.toString(), "-o", out.toString());
    assertThat(r.exit()).as(r.toString()).isZero();
    certificate = out.resolve("certificate.json");
  }

  @Test
  void aTermOfMoreThan256PartsVerifiesAtTheDefaultLimit() {
    CliRun r = CliRun.of("verify", certificate.toString());
    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(r.out()).startsWith("ACCEPTED");
  }

  @Test
  void verifyBelowTheTermsSizeStopsWithTheSizeAndTheOption() {
    CliRun r = CliRun.of("verify", "--max-terms", "275", certificate.toString());
    assertThat(r.exit()).as(r.toString()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    // the block's depth is the first term of 276 parts the verifier reads
    assertThat(r.err()).isEqualTo("error: " + certificate + ": $.blocks[0].depth: a max "
        + "term has 276 parts, more than the limit of 275 (depthcert.maxTerms); to check it, "
        + "raise the limit with --max-terms 276\n");
    // exactly its size is enough; and one run's option does not stay for the next run
    assertThat(CliRun.of("verify", "--max-terms", "276", certificate.toString()).exit())
        .isZero();
    CliRun after = CliRun.of("verify", "--max-terms", "2", certificate.toString());
    assertThat(after.exit()).isEqualTo(2);
    assertThat(CliRun.of("verify", certificate.toString()).exit()).isZero();
  }

  @Test
  void theOptionMustBeAWholeNumberFromOne() {
    for (String command : new String[] {"verify", "check", "certify"}) {
      for (String bad : new String[] {"0", "-3", "1.5", "many", "99999999999"}) {
        CliRun r = CliRun.of(command, "--max-terms", bad, command.equals("verify")
            ? certificate.toString() : spec.toString());
        assertThat(r.exit()).as(command + " " + bad + "\n" + r).isEqualTo(2);
        assertThat(r.err()).as(command + " " + bad).startsWith("error: --max-terms must be a "
            + "whole number from 1 to 2147483647, not '" + bad + "'").hasLineCount(1);
      }
    }
  }

  /**
   * The engine's side of the same limit (the fold's max terms, issue #13 goal 5; written by
   * another change): check and certify stop with exit 2 at the first term beyond the limit
   * (210 parts at stage 19 for --max-terms 200) and write no certificate.
   */
  @Test
  void checkAndCertifyStopBeyondTheLimitAsVerifyDoes() {
    CliRun check = CliRun.of("check", "--max-terms", "200", spec.toString());
    assertThat(check.exit()).as(check.toString()).isEqualTo(2);
    assertThat(check.err()).hasLineCount(1).contains("--max-terms");
    Path out = dir.resolve("stopped");
    CliRun certify = CliRun.of("certify", "--max-terms", "200", spec.toString(), "-o",
        out.toString());
    assertThat(certify.exit()).as(certify.toString()).isEqualTo(2);
    assertThat(certify.err()).hasLineCount(1).contains("--max-terms");
    assertThat(out.resolve("certificate.json")).doesNotExist();
    assertThat(CliRun.of("check", "--max-terms", "276", spec.toString()).exit()).isZero();
  }
}
