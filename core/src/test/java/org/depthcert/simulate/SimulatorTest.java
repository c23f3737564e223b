package org.depthcert.simulate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.depthcert.fold.Folded;
import org.depthcert.fold.Folder;
import org.depthcert.rules.Catalog;
import org.depthcert.rules.CatalogReader;
import org.depthcert.spec.LocatedTree;
import org.depthcert.spec.SpecError;
import org.depthcert.spec.SpecReader;
import org.junit.jupiter.api.Test;

/** The explicit circuit on small inline catalogs and specs (core cannot see the bundled ones). */
class SimulatorTest {
  private static final String RULES = String.join("\n",
      "source: test",
      "rules:",
      "  - id: t/std",
      "    number: Lemma 3.4 Part 1",
      "    title: float ops",
      "    ops: [add, mul, div]",
      "    signature: elementwise",
      "    explicit: elementwise",
      "    depth: d_std",
      "    size: {std: 1}",
      "  - id: t/sum",
      "    number: Lemma 3.4 Part 3",
      "    title: row sums",
      "    ops: [row_sum]",
      "    signature: {inputs: {A: [a, k]}, output: [a, 1]}",
      "    explicit: {reduce: rows}",
      "    depth: d_sum",
      "    size: {sum: a*k}",
      "  - id: t/exp",
      "    number: Lemma 3.6",
      "    title: exp",
      "    ops: [exp]",
      "    signature: elementwise",
      "    explicit: elementwise",
      "    depth: d_exp",
      "    size: {exp: 1}",
      "  - id: t/t",
      "    number: Transpose",
      "    title: transpose",
      "    ops: [transpose]",
      "    signature: {inputs: {A: [a, b]}, output: [b, a]}",
      "    explicit: {wiring: transpose}",
      "    depth: \"0\"",
      "  - id: t/softmax",
      "    number: Softmax",
      "    title: softmax through its body",
      "    ops: [softmax]",
      "    signature: {inputs: {Z: [a, k]}, output: [a, k]}",
      "    explicit: body",
      "    body:",
      "      nodes:",
      "        E: {op: exp, in: [Z]}",
      "        S: {op: row_sum, in: [E]}",
      "        Y: {op: div, in: [E, S]}",
      "      output: Y",
      "");

  private static Catalog catalog(String yaml) {
    return CatalogReader.read(Map.of("t.yaml", yaml.getBytes(StandardCharsets.UTF_8)));
  }

  private static Folded fold(String blockNodes, String inputs) {
    String yaml = String.join("\n", "title: t", "parameters:", "  n: {meaning: length}",
        "  d: {meaning: width, assume: \"d <= n\"}", "blocks:", "  b:",
        "    inputs: " + inputs, "    nodes:", blockNodes, "    output: Y", "model: [b]", "");
    byte[] bytes = yaml.getBytes(StandardCharsets.UTF_8);
    return Folder.fold(SpecReader.read(LocatedTree.parse("t.yaml", bytes),
        SpecReader.sha256(bytes)), catalog(RULES));
  }

  private static Simulation run(Folded f, int n, int d, Map<String, BigInteger> profile) {
    return Simulator.run(f, new Simulator.Request(Map.of("n", BigInteger.valueOf(n), "d",
        BigInteger.valueOf(d)), profile, 1, Simulator.DEFAULT_LIMIT, g -> { }));
  }

  private static Map<String, BigInteger> profile(int std, int sum, int exp) {
    return Map.of("d_std", BigInteger.valueOf(std), "d_sum", BigInteger.valueOf(sum), "d_exp",
        BigInteger.valueOf(exp));
  }

  @Test
  void softmaxExpandsThroughItsBody() {
    Folded f = fold("      Y: {op: softmax, in: [X]}", "{X: [n, d]}");
    Simulation s = run(f, 3, 2, profile(2, 5, 7));
    // exp (7), row sum (5), div (2): depth 14; gadgets: 6 exp, 3 sums of 2 summands, 6 div
    assertThat(s.explicitDepth()).hasValue(14);
    assertThat(s.explicitGadgets()).isEqualTo(Map.of("exp", BigInteger.valueOf(6), "sum",
        BigInteger.valueOf(6), "std", BigInteger.valueOf(6)));
    assertThat(s.gadgets()).isEqualTo(6 + 3 + 6);
    assertThat(s.agree()).isTrue();
  }

  @Test
  void theLongestPathFollowsTheSlowInputNotTheFast() {
    // Y = A + exp(A^T)^T: the add waits for the exp (d_exp + d_std), not for A (d_std only)
    Folded f = fold(String.join("\n", "      T: {op: transpose, in: [A]}",
        "      E: {op: exp, in: [T]}", "      U: {op: transpose, in: [E]}",
        "      Y: {op: add, in: [A, U]}"), "{A: [n, d]}");
    Simulation s = run(f, 3, 2, profile(3, 1, 10));
    assertThat(s.explicitDepth()).hasValue(13);
    assertThat(s.gadgets()).isEqualTo(6 + 6);
    assertThat(s.agree()).isTrue();
  }

  @Test
  void viewsReadBlocksOfTheirInput() {
    // row sums of the n x d input cut into 1 x d rows: n instances (count n), each d summands
    Folded f = fold("      Y: {op: row_sum, in: [X], each: [[1, d]], count: n}", "{X: [n, d]}");
    Simulation s = run(f, 4, 3, profile(1, 1, 1));
    assertThat(s.explicitGadgets()).isEqualTo(Map.of("sum", BigInteger.valueOf(12)));
    assertThat(s.gadgets()).isEqualTo(4);
    assertThat(s.agree()).isTrue();
  }

  @Test
  void aViewThatDoesNotTileItsInputIsBadInputAtTheNode() {
    // a 1 x 2 view on a 3 x 3 input: 9 entries do not cut into blocks of 2
    Folded f = fold("      Y: {op: row_sum, in: [X], each: [[1, 2]], count: 3}", "{X: [3, 3]}");
    assertThatThrownBy(() -> run(f, 3, 3, Map.of())).isInstanceOf(SpecError.class)
        .hasMessageContaining("does not tile input X [3, 3]")
        .satisfies(e -> assertThat(((SpecError) e).path()).isEqualTo("blocks.b.nodes.Y"));
  }

  @Test
  void blocksThatDoNotDivideTheInstancesAreBadInput() {
    // count 3 instances, but X cut into rows gives 2 blocks: rows cannot be shared evenly
    Folded f = fold("      Y: {op: row_sum, in: [X], each: [[1, d]], count: 3}", "{X: [n, d]}");
    assertThatThrownBy(() -> run(f, 2, 2, Map.of())).isInstanceOf(SpecError.class)
        .hasMessageContaining("into 2 blocks, which do not divide 3 instances");
  }

  @Test
  void explicitSyntaxErrorsAreCaughtWhenTheCatalogLoads() {
    String axiom = String.join("\n", "source: t", "rules:", "  - id: t/x", "    number: X",
        "    title: x", "    ops: [x]", "    signature: elementwise", "    depth: d_std",
        "    explicit: %s", "");
    assertThatThrownBy(() -> catalog(String.format(axiom, "cubic")))
        .hasMessageContaining("unknown explicit form 'cubic'");
    assertThatThrownBy(() -> catalog(String.format(axiom, "body")))
        .hasMessageContaining("explicit: body needs a derived lemma");
    assertThatThrownBy(() -> catalog(String.format(axiom, "{matmul: {product: x, sum: s}}")))
        .hasMessageContaining("unknown op 's' in the explicit expansion of X");
    assertThatThrownBy(() -> catalog(String.format(axiom, "{wiring: rotate}")))
        .hasMessageContaining("unknown wiring 'rotate'");
  }
}
