package org.depthcert.fold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.depthcert.check.Checker;
import org.depthcert.spec.SpecError;
import org.junit.jupiter.api.Test;

/** Every validation error names the file, the line and path, and what is wrong. */
class SpecErrorsTest {
  private static SpecError error(String body) {
    return assertThrows(SpecError.class,
        () -> Checker.check(TinyCatalog.fold(TinyCatalog.header() + body)));
  }

  private static String block(String... nodeLines) {
    return "blocks:\n  b:\n    inputs: {X: [n, d], W: [d, d]}\n    nodes:\n"
        + String.join("\n", nodeLines) + "\n";
  }

  @Test
  void unknownOpIsAnErrorNeverDepthZero() {
    SpecError e = error(block("      A: {op: softmaxx, in: [X]}"));
    assertThat(e.oneLine()).startsWith("test.yaml:10: blocks.b.nodes.A.op: unknown op 'softmaxx'");
  }

  @Test
  void unknownInput() {
    SpecError e = error(block("      A: {op: exp, in: [Y]}"));
    assertThat(e.path()).isEqualTo("blocks.b.nodes.A.in[0]");
    assertThat(e.getMessage()).contains("unknown input 'Y'");
    assertThat(e.line()).isEqualTo(10);
  }

  @Test
  void cycleIsPrinted() {
    SpecError e = error(block(
        "      A: {op: add, in: [X, C]}",
        "      B: {op: exp, in: [A]}",
        "      C: {op: exp, in: [B]}"));
    assertThat(e.getMessage()).isEqualTo("cycle: A -> B -> C -> A");
    assertThat(e.path()).isEqualTo("blocks.b.nodes.A");
  }

  @Test
  void matmulInnerDimensionsMustAgree() {
    SpecError e = error(block("      A: {op: matmul, in: [X, X]}"));
    // X is n x d, so X X needs d = n: a shape mismatch naming k
    assertThat(e.getMessage()).startsWith("shape mismatch: matmul needs matching dimensions: k is d")
        .contains("but n in X [n, d]");
  }

  @Test
  void elementwiseShapesMustBroadcast() {
    SpecError e = error(block("      A: {op: add, in: [X, W]}"));
    assertThat(e.getMessage()).contains("dimension 1 is n but W [d, d] has d");
  }

  @Test
  void unknownSymbolInAClaim() {
    SpecError e = error(block("      A: {op: exp, in: [X]}")
        + "claims:\n  - {id: Lemma 1, subject: b, stated: 'd_{\\mathrm{std}} + q'}\n");
    assertThat(e.path()).isEqualTo("claims[0].stated");
    assertThat(e.getMessage()).contains("unknown symbol 'q'");
  }

  @Test
  void duplicateYamlKeys() {
    SpecError e = error(block("      A: {op: exp, in: [X]}", "      A: {op: exp, in: [X]}"));
    assertThat(e.getMessage()).contains("Duplicate field 'A'");
    assertThat(e.line()).isEqualTo(11);
  }

  @Test
  void nodeNamedLikeAnInput() {
    SpecError e = error(block("      X: {op: exp, in: [W]}"));
    assertThat(e.getMessage()).isEqualTo("duplicate name 'X': it is already an input");
  }

  @Test
  void duplicateClaimIds() {
    SpecError e = error(block("      A: {op: exp, in: [X]}")
        + "claims:\n  - {id: L, subject: b, stated: d_exp}\n  - {id: L, subject: b, stated: d_exp}\n");
    assertThat(e.getMessage()).isEqualTo("duplicate claim id 'L'");
    assertThat(e.path()).isEqualTo("claims[1].id");
  }

  @Test
  void unknownFieldCatchesTypos() {
    SpecError e = error(block("      A: {op: exp, inputs: [X]}"));
    assertThat(e.getMessage()).startsWith("unknown field 'inputs'");
  }

  @Test
  void unknownSubject() {
    SpecError e = error(block("      A: {op: exp, in: [X]}")
        + "claims:\n  - {id: L, subject: attention, stated: d_exp}\n");
    assertThat(e.getMessage()).startsWith("unknown subject 'attention'");
  }

  @Test
  void modelShapesMustCompose() {
    SpecError e = error("blocks:\n"
        + "  a:\n    inputs: {X: [n, d]}\n    nodes:\n      S: {op: row_sum, in: [X]}\n"
        + "  b:\n    inputs: {X: [n, d]}\n    nodes:\n      E: {op: exp, in: [X]}\n"
        + "model: [a, b]\n");
    // a outputs n x 1 (row sums) but b takes n x d
    assertThat(e.getMessage()).isEqualTo("shape mismatch: block 'b' takes X [n, d] but the "
        + "previous block outputs [n, 1]");
  }

  @Test
  void invalidYamlAndEmptyFile() {
    SpecError e = assertThrows(SpecError.class, () -> TinyCatalog.spec("title: [unclosed\n"));
    assertThat(e.getMessage()).startsWith("invalid YAML");
    SpecError empty = assertThrows(SpecError.class, () -> TinyCatalog.spec("  \n"));
    assertThat(empty.getMessage()).isEqualTo("file is empty");
  }
}
