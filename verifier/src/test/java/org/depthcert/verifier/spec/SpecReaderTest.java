package org.depthcert.verifier.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import org.depthcert.verifier.Poly;
import org.junit.jupiter.api.Test;

/** The verifier's reading of specs and catalog: values derived by hand from the lemmas. */
class SpecReaderTest {
  private static final Formula ASCII = new Formula(Set.of("a", "b", "k", "n", "d", "m", "h", "e"));

  private static Poly p(String s) {
    return ASCII.polynomial(s);
  }

  private static Set<Poly> depth(String s) {
    return ASCII.depth(s);
  }

  @Test
  void nodesAreInstantiatedFromTheirRules() {
    SpecProblem ta = Files.sample("tensor-attention");
    Block attention = ta.block("attention").orElseThrow();
    // QKt = Q K^T: matmul (Lemma 4.1, [a, k] x [k, b]) of Q [n, d] and Kt [d, n^2]:
    // a = n, k = d, b = n^2; the fold of its body (mul then row_sum) is d_std + d_sum; its size
    // is a*b*k of each kind = n * n^2 * d = d*n^3.
    Node qkt = attention.node("QKt").orElseThrow();
    assertThat(qkt.rule()).isEqualTo("2412.18040/L4.1");
    assertThat(qkt.mode()).isEqualTo("tight");
    assertThat(qkt.bindings()).isEqualTo(Map.of("a", p("n"), "k", p("d"), "b", p("n^2")));
    assertThat(qkt.shape().dims()).containsExactly(p("n"), p("n^2"));
    assertThat(qkt.local()).isEqualTo(depth("d_std + d_sum"));
    assertThat(qkt.size()).isEqualTo(Map.of("std", p("d*n^3"), "sum", p("d*n^3")));
    // S = QKt / d_float: elementwise (Lemma 3.4 Part 1), [n, n^2] with [1, 1] broadcast:
    // cells = n^3 entries, one d_std each.
    Node s = attention.node("S").orElseThrow();
    assertThat(s.mode()).isEqualTo("axiom");
    assertThat(s.bindings()).isEqualTo(Map.of("cells", p("n^3")));
    assertThat(s.size()).isEqualTo(Map.of("std", p("n^3")));
    // The longest path X -> K1 -> K -> Kt -> QKt -> S -> A -> AV -> Out adds
    // (d_std + d_sum) + d_std + 0 + (d_std + d_sum) + d_std + d_exp + (d_std + d_sum) + d_std.
    assertThat(Instantiation.arrivals(attention).get("Out"))
        .isEqualTo(depth("6*d_std + 3*d_sum + d_exp"));
    assertThat(ta.block("g").orElseThrow().opaqueDepth()).contains(Set.of(Poly.variable("d_g")));
    assertThat(ta.model()).containsExactly(new ModelItem.BlockStep("g"), new ModelItem.Repeat(
        p("m"), "m", List.of(new ModelItem.BlockStep("attention"), new ModelItem.BlockStep("g"))));
  }

  @Test
  void viewsAndCountsScaleTheRule() {
    // R: rowwise_kron (Lemma 4.4, [k, a] x [k, b] -> [k, a*b]) on views [d, d] and [d, d],
    // n^3 instances: k = a = b = d; output [d, d^2] with its first dimension times n^3; size
    // k*a*b per instance = d^3, times n^3.
    Node r = Files.sample("rope-tensor-attention").block("attention").orElseThrow().node("R")
        .orElseThrow();
    assertThat(r.bindings()).isEqualTo(Map.of("k", p("d"), "a", p("d"), "b", p("d")));
    assertThat(r.shape().dims()).containsExactly(p("d*n^3"), p("d^2"));
    assertThat(r.size()).isEqualTo(Map.of("std", p("d^3*n^3")));
  }

  @Test
  void derivedLemmasAreFoldedByTheVerifier() {
    // Lemma 5.5's body: row_sum (d_sum), div (d_std), sub (d_std), mul (d_std), row_sum (d_sum),
    // div (d_std), sqrt (d_sqrt), div (d_std) in a chain: 5 d_std + 2 d_sum + d_sqrt.
    // Sizes, X [a, k]: row_sum a*k twice (sum 2*a*k); div on [a, 1] twice and sqrt on [a, 1]
    // (std 2*a, sqrt a); sub, mul and the last div on [a, k] (std 3*a*k).
    CatalogRule ln = Files.catalog().forOp("layer_norm").orElseThrow();
    assertThat(ln.derived()).isTrue();
    assertThat(ln.depth()).isEqualTo(depth("5*d_std + 2*d_sum + d_sqrt"));
    assertThat(ln.stated()).contains(depth("5*d_std + 2*d_sum + d_sqrt"));
    assertThat(ln.size()).isEqualTo(Map.of("sum", p("2*a*k"), "std", p("2*a + 3*a*k"),
        "sqrt", p("a")));
  }

  @Test
  void bindingsAreSubstitutedAllAtOnce() {
    // A lemma of size a*k applied to a [k, d] input binds a = k and k = d (pattern variables
    // named like the spec's parameters). Substituted at once, a*k is k*d; one after the other
    // (a := k, then k := d) it would wrongly become d^2.
    SortedMap<String, byte[]> files = Files.catalogFiles();
    files.put("test.yaml", ("rules:\n  - id: t/1\n    number: T1\n    ops: [tally]\n"
        + "    signature: {inputs: {A: [a, k]}, output: [a, 1]}\n    depth: d_std\n"
        + "    size: {std: a*k}\n").getBytes(StandardCharsets.UTF_8));
    String spec = "title: t\nparameters: {k: {meaning: x}, d: {meaning: y}}\nblocks:\n"
        + "  b:\n    inputs: {X: [k, d]}\n    nodes:\n      T: {op: tally, in: [X]}\n";
    SpecProblem problem = SpecReader.read("t.yaml", spec.getBytes(StandardCharsets.UTF_8),
        Catalog.read(files), Optional.empty());
    Node t = problem.block("b").orElseThrow().node("T").orElseThrow();
    assertThat(t.bindings()).isEqualTo(Map.of("a", p("k"), "k", p("d")));
    assertThat(t.size()).isEqualTo(Map.of("std", p("k*d")));
  }

  @Test
  void aVariantIsApplied() {
    String base = new String(Files.bytes(Files.SAMPLES.resolve("tensor-attention.yaml")),
        StandardCharsets.UTF_8);
    // one more reading beside the sample's own variants
    String spec = base.replace("\nvariants:\n", "\nvariants:\n  as-given:\n"
        + "    reason: \"test\"\n    given: [attention.K1]\n    ops: {attention.A: sqrt}\n");
    SpecProblem p = SpecReader.read("t.yaml", spec.getBytes(StandardCharsets.UTF_8),
        Files.catalog(), Optional.of("as-given"));
    Block attention = p.block("attention").orElseThrow();
    // K1 is an input now, with the shape the base reading computes ([n, d]), and A uses
    // Lemma 3.7 (sqrt). The longest path is then X -> K2 -> K -> Kt -> QKt -> S -> A -> AV ->
    // Out: still 6 d_std + 3 d_sum, with d_sqrt in place of d_exp.
    assertThat(attention.inputs()).containsEntry("K1", new Shape(List.of(p("n"), p("d"))));
    assertThat(attention.node("K1")).isEmpty();
    assertThat(attention.node("A").orElseThrow().rule()).isEqualTo("2412.18040/L3.7");
    assertThat(Instantiation.arrivals(attention).get("Out"))
        .isEqualTo(depth("6*d_std + 3*d_sum + d_sqrt"));
    assertThat(p.variant()).contains("as-given");
    assertThatThrownBy(() -> SpecReader.read("t.yaml", spec.getBytes(StandardCharsets.UTF_8),
        Files.catalog(), Optional.of("no-such-reading"))).isInstanceOf(SpecUnreadable.class)
        .hasMessageContaining("no-such-reading");
  }

  @Test
  void aViewMustFitInsideItsInput() {
    // issue #9 class 10: on an n x n input, a view [1, n^2] is n^2 - n too wide in its second
    // dimension for every n >= 2 (at n = 1 both are 1, so no shifted test can show it fits),
    // and a view of rank 1 does not match rank 2: both refused. [1, d] under 'd <= n' fits:
    // replacing d by its bound n gives n - n = 0.
    String spec = "title: t\nparameters:\n  n: {meaning: a}\n"
        + "  d: {meaning: b, assume: \"d <= n\"}\nblocks:\n  b:\n    inputs: {X: [n, n]}\n"
        + "    nodes:\n      S: {op: row_sum, in: [X], each: [[1, VIEW]], count: n}\n";
    java.util.function.Function<String, SpecProblem> read = view -> SpecReader.read("t.yaml",
        spec.replace("VIEW", view).getBytes(StandardCharsets.UTF_8), Files.catalog(),
        Optional.empty());
    assertThatThrownBy(() -> read.apply("n^2")).isInstanceOf(SpecUnreadable.class)
        .hasMessageContaining("blocks.b.nodes.S.each[0]")
        .hasMessageContaining("is not shown to fit inside input X");
    assertThat(read.apply("d").block("b").orElseThrow().node("S")).isPresent();
    assertThat(read.apply("n").block("b").orElseThrow().node("S")).isPresent();
  }

  @Test
  void whatTheReaderDoesNotKnowIsRefusedNotIgnored() {
    String spec = "title: t\nparameters: {n: {meaning: x}}\nblocks:\n  b:\n"
        + "    inputs: {X: [n, n]}\n    nodes:\n      T: {op: exp, in: [X], colour: red}\n";
    assertThatThrownBy(() -> SpecReader.read("t.yaml", spec.getBytes(StandardCharsets.UTF_8),
        Files.catalog(), Optional.empty())).isInstanceOf(SpecUnreadable.class)
        .hasMessage("t.yaml: blocks.b.nodes.T.colour: field 'colour' is unknown to the "
            + "verifier's spec reader; it reads count, each, in, mode, note, op, shape");
    String unknownOp = spec.replace(", colour: red", "").replace("op: exp", "op: teleport");
    assertThatThrownBy(() -> SpecReader.read("t.yaml", unknownOp.getBytes(
        StandardCharsets.UTF_8), Files.catalog(), Optional.empty()))
        .hasMessageContaining("no catalog rule has op 'teleport'");
  }

  @Test
  void lemmaFilesMayDeclareConstantsGadgetsAndReshapes() {
    // A user file declaring d_ln and the gadget kind ln (the bundled catalog has d_log already):
    // an elementwise lemma of one ln gadget per entry, and a reshape. A spec uses d_ln in a claim
    // and reshapes [n, d] into [h, n, e] under d = h*e.
    SortedMap<String, byte[]> files = Files.catalogFiles();
    files.put("user.yaml", ("constants:\n  d_ln: {meaning: depth of ln, citation: test}\n"
        + "gadgets:\n  ln: {meaning: an ln circuit, citation: test}\nrules:\n"
        + "  - id: u/ln\n    number: U1\n    ops: [ln]\n    signature: elementwise\n"
        + "    depth: d_ln\n    size: {ln: 1}\n"
        + "  - id: u/reshape\n    number: U2\n    ops: [reshape3]\n    signature: reshape\n"
        + "    depth: \"0\"\n").getBytes(StandardCharsets.UTF_8));
    Catalog catalog = Catalog.read(files);
    assertThat(catalog.declaredConstants()).containsExactlyInAnyOrder("d_log", "d_ln");
    String spec = "title: t\nparameters:\n  n: {meaning: a}\n  d: {meaning: b, equals: h*e}\n"
        + "  h: {meaning: c}\n  e: {meaning: f}\nblocks:\n  b:\n    inputs: {X: [n, d]}\n"
        + "    nodes:\n      L: {op: ln, in: [X]}\n"
        + "      R: {op: reshape3, in: [L], shape: [h, n, e]}\n"
        + "claims:\n  - {id: c, subject: b, stated: 'd_{ln}'}\n";
    SpecProblem p = SpecReader.read("t.yaml", spec.getBytes(StandardCharsets.UTF_8), catalog,
        Optional.empty());
    Block b = p.block("b").orElseThrow();
    // One ln gadget per entry of the n x d input: n*d.
    assertThat(b.node("L").orElseThrow().size()).isEqualTo(Map.of("ln", p("n*d")));
    assertThat(b.node("R").orElseThrow().shape().dims()).containsExactly(p("h"), p("n"),
        p("e"));
    assertThat(p.parameters().get(1).equals()).contains(p("h*e"));
    assertThat(p.claims().get(0).stated()).contains(Set.of(Poly.variable("d_ln")));
    // A count is a number of copies: 1/2 is not one.
    String half = spec.replace("      L: {op: ln, in: [X]}",
        "      L: {op: ln, in: [X], each: [[n, d]], count: 1/2}");
    assertThatThrownBy(() -> SpecReader.read("t.yaml", half.getBytes(StandardCharsets.UTF_8),
        catalog, Optional.empty())).hasMessageContaining("whole coefficients");
  }
}
