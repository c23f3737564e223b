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
      "  - id: t/reshape",
      "    number: Reshape",
      "    title: reshape",
      "    ops: [reshape]",
      "    signature: reshape",
      "    explicit: {wiring: flat}",
      "    depth: \"0\"",
      "  - id: t/rot",
      "    number: Rotate half",
      "    title: rotate half",
      "    ops: [rotate_half]",
      "    signature: any",
      "    explicit: {wiring: rotate_half}",
      "    depth: \"0\"",
      "  - id: t/headsums",
      "    number: Head sums",
      "    title: row sums of every head, heads stacked",
      "    ops: [head_sums]",
      "    signature: {inputs: {A: [h, a, k]}, output: [h*a, 1]}",
      "    explicit: body",
      "    body:",
      "      nodes:",
      "        M: {op: reshape, in: [A], shape: [h*a, k]}",
      "        S: {op: row_sum, in: [M]}",
      "      output: S",
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

  /** A spec with heads: d = h*e, X [n, d] split into [h, n, e] as the Llama sample does. */
  private static Folded heads(String blockNodes, String inputs) {
    String yaml = String.join("\n", "title: t", "parameters:", "  n: {meaning: length}",
        "  d: {meaning: width, assume: \"d <= n\", equals: \"h*e\"}",
        "  h: {meaning: heads, assume: \"h <= n\"}", "  e: {meaning: head width, assume: \"e <= n\"}",
        "blocks:", "  b:", "    inputs: " + inputs, "    nodes:", blockNodes, "    output: Y",
        "model: [b]", "");
    byte[] bytes = yaml.getBytes(StandardCharsets.UTF_8);
    return Folder.fold(SpecReader.read(LocatedTree.parse("t.yaml", bytes),
        SpecReader.sha256(bytes)), catalog(RULES));
  }

  private static Simulation runHeads(Folded f, Map<String, BigInteger> sizes,
      Map<String, BigInteger> profile) {
    return Simulator.run(f, new Simulator.Request(sizes, profile, 1, Simulator.DEFAULT_LIMIT,
        g -> { }));
  }

  private static Map<String, BigInteger> sizes(int... nhe) {
    return Map.of("n", BigInteger.valueOf(nhe[0]), "h", BigInteger.valueOf(nhe[1]), "e",
        BigInteger.valueOf(nhe[2]));
  }

  @Test
  void rankThreeTensorsAreStoredAsStackedMatricesAndMatchedByTheirLogicalShape() {
    // X [n, d] -> H [h, n, e] -> exp (rank 3, elementwise) -> times G [1, 1, e] (broadcast over
    // heads and rows) -> head_sums ([h, a, k] matched against [h, n, e]: a = n, k = e) -> [h*n, 1].
    Folded f = heads(String.join("\n", "      H: {op: reshape, in: [X], shape: [h, n, e]}",
        "      E: {op: exp, in: [H]}", "      Gr: {op: reshape, in: [G], shape: [1, 1, e]}",
        "      P: {op: mul, in: [E, Gr]}", "      Y: {op: head_sums, in: [P]}"),
        "{X: [n, d], G: [1, e]}");
    // n = 3, h = 2, e = 2, d = h*e = 4 computed: 12 exp, 12 mul, 6 sums of 2 summands (12)
    Simulation s = runHeads(f, sizes(3, 2, 2), profile(2, 5, 7));
    assertThat(s.parameters().get("d")).isEqualTo(BigInteger.valueOf(4));
    assertThat(s.explicitGadgets()).isEqualTo(Map.of("exp", BigInteger.valueOf(12), "std",
        BigInteger.valueOf(12), "sum", BigInteger.valueOf(12)));
    assertThat(s.gadgets()).isEqualTo(12 + 12 + 6);
    // exp 7 + mul 2 + sum 5
    assertThat(s.explicitDepth()).hasValue(14);
    assertThat(s.agree()).as(s.firstDifference().toString()).isTrue();
  }

  @Test
  void rotateHalfReadsTheNegatedSecondOfEachPair() {
    // Y = X + rotate_half(X, exp(X)) on [1, 4]: entries 0 and 2 of R are exp (the input that
    // stands for -X) of entries 1 and 3, entries 1 and 3 are X's entries 0 and 2: Y is
    // d_exp + d_std = 13 deep. A wiring that concatenated X and N and cut at 4 entries (what
    // 'place' does) would drop N and give d_std = 3: the bug the Llama sample showed in rope.
    Folded f = fold(String.join("\n", "      N: {op: exp, in: [X]}",
        "      R: {op: rotate_half, in: [X, N]}", "      Y: {op: add, in: [X, R]}"),
        "{X: [1, d]}");
    Simulation s = run(f, 4, 4, profile(3, 1, 10));
    assertThat(s.explicitDepth()).hasValue(13);
    assertThat(s.agree()).isTrue();
  }

  @Test
  void aParameterDefinedByOthersMustAgreeWithThem() {
    Folded f = heads("      Y: {op: reshape, in: [X], shape: [h, n, e]}", "{X: [n, d]}");
    Map<String, BigInteger> wrong = new java.util.HashMap<>(sizes(3, 2, 2));
    wrong.put("d", BigInteger.valueOf(6)); // d equals h*e = 4
    assertThatThrownBy(() -> runHeads(f, wrong, Map.of())).isInstanceOf(SpecError.class)
        .hasMessageContaining("d is given as 6 but the spec defines d = e*h at e=2, h=2, "
            + "which is 4")
        .satisfies(e -> assertThat(((SpecError) e).path()).isEqualTo("parameters.d.equals"));
    Map<String, BigInteger> right = new java.util.HashMap<>(sizes(3, 2, 2));
    right.put("d", BigInteger.valueOf(4));
    assertThat(runHeads(f, right, Map.of()).agree()).isTrue();
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
