package org.depthcert.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a new user meets in the first hour: the text report and the messages (issue 14). */
class NewcomerTest {
  @TempDir Path dir;

  /** One block: Y = X W (matmul, d_std + d_sum), and a node Z that nothing uses. */
  private Path specWithADeadNode() throws Exception {
    Path spec = dir.resolve("dead.yaml");
    Files.writeString(spec, String.join("\n",
        "title: one block",
        "parameters:",
        "  n: {meaning: sequence length}",
        "  d: {meaning: hidden dimension, assume: \"d <= n\"}",
        "  p: {meaning: precision in bits, assume: \"p <= poly(n)\"}",
        "blocks:",
        "  b:",
        "    inputs: {X: [n, d], W: [d, d]}",
        "    nodes:",
        "      Y: {op: matmul, in: [X, W]}",
        "      Z: {op: exp, in: [X]}",
        "    output: Y",
        "claims:",
        "  - id: L1",
        "    subject: b",
        "    stated: 'd_std + d_sum'",
        ""), StandardCharsets.UTF_8);
    return spec;
  }

  @Test
  void aNodeThatDoesNotReachTheOutputIsNamedInAWarning() throws Exception {
    Path spec = specWithADeadNode();
    CliRun r = CliRun.of("check", spec.toString());
    // the claim still holds (Lemma 4.1: matmul is d_std + d_sum, TIGHT), so exit 0
    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(r.err().strip()).isEqualTo(spec + ":11: blocks.b.nodes.Z: warning: node 'Z' "
        + "does not reach the output 'Y' of block 'b', so its depth counts nowhere (remove it, "
        + "or use it in an 'in:' list on the way to the output)");
  }

  @Test
  void constantsThatFeedNothingAreSummedUpInOneLine() throws Exception {
    // an ONNX import writes a const node for every shape computation; two unread constants
    // beside the dead exp node Z give one line for Z and one line for both constants
    Path spec = specWithADeadNode();
    Files.writeString(spec, Files.readString(spec).replace("      Z: {op: exp, in: [X]}",
        "      Z: {op: exp, in: [X]}\n      C1: {op: const, in: [], shape: [1, 1]}\n"
        + "      C2: {op: const, in: [], shape: [1, 3]}"));
    CliRun r = CliRun.of("check", spec.toString());
    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(r.err().strip().split("\n")).containsExactly(spec + ":11: blocks.b.nodes.Z: "
        + "warning: node 'Z' does not reach the output 'Y' of block 'b', so its depth counts "
        + "nowhere (remove it, or use it in an 'in:' list on the way to the output)",
        spec + ":12: blocks.b.nodes.C1: note: 2 constant node(s) of block 'b' feed nothing on "
        + "the way to its output (first 'C1'); constants have no gates and no depth");
  }

  @Test
  void theTextReportShowsEachBlocksCriticalPathAndAgreesInNumber() throws Exception {
    CliRun r = CliRun.of("check", specWithADeadNode().toString());
    assertThat(r.out()).startsWith("PASS: the claim holds - one block");
    // Y = X W is the only way to the output: X -> Y, depth d_std + d_sum (Lemma 4.1)
    assertThat(r.out()).contains("block  b  d_std + d_sum\n"
        + "          critical path: X -> Y\n");
  }

  @Test
  void aMaxHasOnePathPerTermEachWithItsTerm() {
    CliRun r = CliRun.of("check", CliRun.SAMPLES.resolve("rope-tensor-attention.yaml").toString());
    // the attention block's depth is max(6s + 4S + e, 7s + 3S + e + t) (README table, Lemma 5.3)
    assertThat(r.out()).contains("critical path 1 (6*d_std + 4*d_sum + d_exp): X -> Q -> QR -> "
        + "QRK -> S -> A -> An -> AV -> Out")
        .contains("critical path 2 (7*d_std + 3*d_sum + d_exp + d_trig): offsets -> angle -> ");
  }

  @Test
  void verifyOfAMissingFileSaysSo() {
    Path missing = dir.resolve("MISSING.json");
    CliRun r = CliRun.of("verify", missing.toString());
    assertThat(r.exit()).isEqualTo(Main.BAD_INPUT);
    assertThat(r.err().strip()).isEqualTo("error: " + missing + ": no such file");
    CliRun d = CliRun.of("verify", dir.toString());
    assertThat(d.err().strip()).isEqualTo("error: " + dir + ": is a directory, not a file");
  }
}
