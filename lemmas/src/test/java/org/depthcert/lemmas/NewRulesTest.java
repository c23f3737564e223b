package org.depthcert.lemmas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.depthcert.algebra.DepthTerm;
import org.depthcert.algebra.Polynomial;
import org.depthcert.expr.FormulaParser;
import org.depthcert.fold.BlockResult;
import org.depthcert.fold.RuleProofs;
import org.depthcert.rules.Catalog;
import org.depthcert.rules.Rule;
import org.junit.jupiter.api.Test;

/**
 * Every rule depthcert adds beyond the seed paper, its depth and its size derived by hand from
 * the rules it is built from. Notation: s = d_std (Lemma 3.4 Part 1: add, sub, mul, div,
 * compare, max2), S = d_sum (Part 3: row_sum), P = d_prod (Part 2: row_prod), e = d_exp
 * (Lemma 3.6), q = d_sqrt (Lemma 3.7), d_log (the logarithm, an assumption); wiring (const,
 * place, reshape, transpose, causal_mask) is 0. Sizes are gadget counts by kind in the rule's
 * pattern variables; an elementwise op on an a x b operand costs a*b gadgets.
 */
class NewRulesTest {
  private static final Catalog CATALOG = LemmaCatalog.standard();
  private static final RuleProofs PROOFS = new RuleProofs(CATALOG);
  private static final FormulaParser P = new FormulaParser(
      Set.of("a", "b", "h", "k", "v", "w", "e", "cells", "d_log"));

  private static Rule rule(String op) {
    return CATALOG.forOp(op).orElseThrow(() -> new AssertionError("no op " + op));
  }

  private static DepthTerm depth(String op) {
    Rule r = rule(op);
    return r.isDerived() ? PROOFS.fold(r).depth() : r.depth().orElseThrow();
  }

  private static Map<String, Polynomial> size(String op) {
    Rule r = rule(op);
    return r.isDerived() ? PROOFS.fold(r).size() : r.size();
  }

  private static Map<String, Polynomial> sizes(String... kindAndPolynomial) {
    Map<String, Polynomial> m = new TreeMap<>();
    for (int i = 0; i < kindAndPolynomial.length; i += 2) {
      m.put(kindAndPolynomial[i], P.parsePolynomial(kindAndPolynomial[i + 1]));
    }
    return m;
  }

  private static void expect(String op, String depth, String... size) {
    assertThat(depth(op)).as("depth of " + op).isEqualTo(P.parseTerm(depth));
    assertThat(size(op)).as("size of " + op).isEqualTo(sizes(size));
  }

  @Test
  void signAndWiringOps() {
    // neg: 0 - x, one subtraction per entry (Lemma 3.4 Part 1).
    expect("neg", "d_std", "std", "cells");
    // relu: max2(x, 0) on a x b: s; a*b gadgets.
    expect("relu", "d_std", "std", "a*b");
    // abs: neg (s) then max2(x, -x) (s): 2s; 2ab gadgets.
    expect("abs", "2*d_std", "std", "2*a*b");
    // where: c x (s) and 1 - c (s) in parallel, (1 - c) y (2s), the sum (3s); 4 products/sums.
    expect("where", "3*d_std", "std", "4*a*b");
    assertThat(rule("select")).isSameAs(rule("where"));
    // causal_mask, reshape, transpose and const are wiring: depth 0, no gadget.
    expect("causal_mask", "0");
    expect("reshape", "0");
    expect("const", "0");
  }

  @Test
  void logAndTheActivations() {
    // log: its own constant d_log and gadget kind, one per entry.
    expect("log", "d_log", "log", "cells");
    // sigmoid: -x (s), exp (e), 1 + . (s), 1 / . (s): 3s + e; 3ab std, ab exp.
    expect("sigmoid", "3*d_std + d_exp", "std", "3*a*b", "exp", "a*b");
    // silu: sigmoid then x * . : 4s + e; 4ab std, ab exp.
    expect("silu", "4*d_std + d_exp", "std", "4*a*b", "exp", "a*b");
    // softplus: exp (e), 1 + . (s), log (d_log).
    expect("softplus", "d_std + d_exp + d_log", "std", "a*b", "exp", "a*b", "log", "a*b");
    // swiglu: silu(G) (4s + e) then * U (s): 5s + e; 5ab std, ab exp.
    expect("swiglu", "5*d_std + d_exp", "std", "5*a*b", "exp", "a*b");
    // tanh: 2x (s), exp (e), + 1 (s), 2 / . (s), 1 - . (s): 4s + e; 4ab std.
    expect("tanh", "4*d_std + d_exp", "std", "4*a*b", "exp", "a*b");
    // gelu_tanh: x^2 (s), x^3 (2s), 0.044715 x^3 (3s), x + . (4s), * sqrt(2/pi) (5s),
    // tanh (9s + e), 1 + . (10s + e), and 0.5 x (s) in parallel, the product (11s + e).
    // Gadgets: 5 before tanh, 4 in tanh, 3 after: 12ab std, ab exp.
    expect("gelu_tanh", "11*d_std + d_exp", "std", "12*a*b", "exp", "a*b");
    // gelu_erf: u = x/sqrt2 (s), |u| (3s), u^2 (4s), -u^2 (5s), exp (5s + e); q|u| (4s),
    // 1 + . (5s), t = 1/. (6s); Horner, 9 steps: 15s; times exp(-u^2): max(16s, 6s + e);
    // 1 - . : max(17s, 7s + e); its negation: max(18s, 8s + e); where (3s) after it and after
    // the comparison u >= 0 (s): max(21s, 11s + e); 1 + . : max(22s, 12s + e); times x/2:
    // max(23s, 13s + e). Gadgets: u 1, abs 2, u^2 1, neg 1, q|u| 1, + 1, / 1, Horner 9,
    // product 1, 1 - . 1, neg 1, compare 1, where 4, + 1, x/2 1, product 1 = 28ab std.
    expect("gelu_erf", "max(23*d_std, 13*d_std + d_exp)", "std", "28*a*b", "exp", "a*b");
  }

  @Test
  void rowMaximumArgmaxSamplingAndStableSoftmax() {
    // row_max on a x k: every comparison of a row at once, a k x k block per row (s; a k^2
    // gadgets), the product of each of the a*k rows of k comparisons (P; a k^2 factors), the
    // one-hot times A (s; a k), the row sum (S; a k summands): 2s + P + S.
    expect("row_max", "2*d_std + d_prod + d_sum",
        "std", "a*k^2 + a*k", "prod", "a*k^2", "sum", "a*k");
    // argmax: the same circuit with the indices 1..k in place of A's entries.
    expect("argmax", "2*d_std + d_prod + d_sum",
        "std", "a*k^2 + a*k", "prod", "a*k^2", "sum", "a*k");
    // sample: a*k prefix sums of k entries (S; a k^2 summands), u <= F (s; a k), how many
    // (S; a k), k + 1 - . (s; a): 2s + 2S.
    expect("sample", "2*d_std + 2*d_sum", "std", "a*k + a", "sum", "a*k^2 + a*k");
    // softmax_stable: row_max (2s + P + S), z - max (s), softmax (s + S + e, Definition 3.24:
    // exp a k, row sums a k, quotients a k): 4s + P + 2S + e.
    expect("softmax_stable", "4*d_std + d_prod + 2*d_sum + d_exp",
        "std", "a*k^2 + 3*a*k", "prod", "a*k^2", "sum", "2*a*k", "exp", "a*k");
  }

  @Test
  void blocksOfDeployedModels() {
    // residual_add: one addition per entry.
    expect("residual_add", "d_std", "std", "a*b");
    // rmsnorm on a x k: x^2 (s; a k), row sums (S; a k), / k (s; a), + eps (s; a), sqrt (q; a),
    // x / . (s; a k), * g (s; a k): 5s + S + q; 3ak + 2a std.
    expect("rmsnorm", "5*d_std + d_sum + d_sqrt",
        "std", "3*a*k + 2*a", "sum", "a*k", "sqrt", "a");
    // causal_conv1d: the window (wiring), w k products per position (s; a k w), the sum of w
    // per channel (S; a k w), + bias (s; a k): 2s + S.
    expect("causal_conv1d", "2*d_std + d_sum", "std", "a*k*w + a*k", "sum", "a*k*w");
    // embedding: one-hot by comparison (s; a v), times E (Lemma 4.1, s + S; a k v products
    // and a k v summands): 2s + S.
    expect("embedding", "2*d_std + d_sum", "std", "a*v + a*k*v", "sum", "a*k*v");
    // rope: -x (s), rotate_half (wiring), x cos and rh sin (2s), the sum (3s); 4ak std.
    expect("rope", "3*d_std", "std", "4*a*k");
  }

  @Test
  void multiHeadAttention() {
    // mha on h heads (a queries, b keys, head dimension e): Q_h K_h^T (Lemma 4.1, s + S;
    // a b e products and sums per head), / c (2s + S; a b per head), softmax (3s + 2S + e,
    // plus s + S + e: a b exp, sums, quotients per head), A_h V_h (4s + 3S + e; a b e).
    String size = "2*a*b*e*h + 2*a*b*h";
    expect("mha", "4*d_std + 3*d_sum + d_exp",
        "std", size, "sum", "2*a*b*e*h + a*b*h", "exp", "a*b*h");
    // causal: the mask is wiring, so the same depth and size.
    expect("mha_causal", "4*d_std + 3*d_sum + d_exp",
        "std", size, "sum", "2*a*b*e*h + a*b*h", "exp", "a*b*h");
    assertThat(rule("mha").hypotheses()).contains("e <= n", "b <= n");
  }

  @Test
  void everyDerivedRuleProvesTheDepthItStates() {
    for (Rule r : CATALOG.rules()) {
      if (r.isDerived() && r.stated().isPresent()) {
        BlockResult proof = PROOFS.fold(r);
        assertThat(proof.depth()).as(r.number()).isEqualTo(r.stated().get());
      }
    }
  }

  /** Resources of this module, as a path (tests run from the module's directory). */
  private static final Path DIR = Path.of("src/main/resources/org/depthcert/lemmas");

  @Test
  void oneFilePerLemmaFoundByItsNumberAndAllListedInTheIndex() throws IOException {
    List<String> index = Files.readAllLines(DIR.resolve("index.txt"), StandardCharsets.UTF_8)
        .stream().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
    Set<String> onDisk = new TreeSet<>();
    try (Stream<Path> files = Files.walk(DIR)) {
      files.filter(p -> p.toString().endsWith(".yaml") && !p.endsWith("classes.yaml"))
          .forEach(p -> onDisk.add(DIR.relativize(p).toString().replace('\\', '/')));
    }
    assertThat(new TreeSet<>(index)).isEqualTo(onDisk);
    Map<String, Integer> rulesPerFile = new TreeMap<>();
    CATALOG.rules().forEach(r -> rulesPerFile.merge(r.file(), 1, Integer::sum));
    assertThat(rulesPerFile.values()).containsOnly(1);
    // The seed paper's lemmas are found by their number: Lemma 3.4 Part 1 is
    // arxiv-2412.18040/lemma-3.4-part-1.yaml.
    for (Rule r : CATALOG.rules()) {
      if (r.id().startsWith("2412.18040/")) {
        String expected = "lemmas/arxiv-2412.18040/" + r.number().toLowerCase()
            .replace(' ', '-') + ".yaml";
        assertThat(r.file()).isEqualTo(expected);
      } else {
        assertThat(r.file()).startsWith("lemmas/depthcert/");
      }
    }
  }
}
