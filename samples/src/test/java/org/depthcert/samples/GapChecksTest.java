package org.depthcert.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.depthcert.audit.AuditResult;
import org.depthcert.audit.AuditedClaim;
import org.depthcert.audit.Auditor;
import org.depthcert.audit.PaperReader;
import org.depthcert.check.Finding;
import org.depthcert.lemmas.LemmaCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The five gap checks of issue 15 and the readings check, each on a clean synthetic paper (no
 * finding at all) and on a copy with one planted gap (exactly that finding, on the right claim).
 *
 * <p>The toy layer (s = d_std, a = d_sum, e = d_exp): Q := X W (Lemma 4.1: s + a), C := s t (s),
 * V := X + X (s), Y := Q C (s), Z := exp(Y) (e), Out := Z + V (s). Arrivals: Q s + a, C s, V s,
 * Y max(s + a, s) + s = 2s + a, Z 2s + a + e, Out max(2s + a + e, s) + s = 3s + a + e. V is off
 * the critical path X -> Q -> Y -> Z -> Out. The variant as-defined takes Q as given: Y = 2s,
 * Z = 2s + e, Out = 3s + e. The model g + m*(layer + g) applies g m + 1 times.
 */
class GapChecksTest {
  private static final String SPEC = String.join("\n",
      "title: Toy layer with readings",
      "parameters:",
      "  n: {meaning: sequence length}",
      "  d: {meaning: hidden dimension, assume: \"d <= n\"}",
      "  p: {meaning: precision, assume: \"p <= poly(n)\"}",
      "  m: {meaning: layers, growth: \"O(1)\"}",
      "constants: [d_g]",
      "reading: \"the proof's construction: Q := X W computed in the layer\"",
      "variants:",
      "  as-defined:",
      "    reason: \"Definition 1 gives Q\"",
      "    given: [layer.Q]",
      "blocks:",
      "  layer:",
      "    inputs: {X: [n, d], W: [d, d], s: [1, 1], t: [1, 1]}",
      "    nodes:",
      "      Q: {op: matmul, in: [X, W]}",
      "      C: {op: mul, in: [s, t]}",
      "      V: {op: add, in: [X, X]}",
      "      Y: {op: mul, in: [Q, C]}",
      "      Z: {op: exp, in: [Y]}",
      "      Out: {op: add, in: [Z, V]}",
      "    output: Out",
      "  g: {op: opaque, depth: d_g}",
      "model: [g, {repeat: m, body: [layer, g]}]",
      "");

  private static final String PAPER = String.join("\n",
      "title: Toy paper with gaps to plant",
      "architectures:",
      "  toy: {spec: toy.yaml, name: toy Transformer}",
      "results:",
      "  - id: Definition 1",
      "    kind: definition",
      "    architecture: toy",
      "    subject: layer",
      "    introduces: [X, W, s, t, Q, C, V, Y, Z, Out]",
      "  - id: Lemma 1",
      "    kind: lemma",
      "    architecture: toy",
      "    subject: rule:matmul",
      "    statement: {depth: 'd_{std} + d_{\\oplus}', premises: ['p <= poly(n)', 'd <= n']}",
      "  - id: Lemma 2",
      "    kind: lemma",
      "    architecture: toy",
      "    subject: layer",
      "    definition: Definition 1",
      "    statement: {depth: '3d_{std} + d_{\\oplus} + d_{exp}', premises: ['p <= poly(n)', 'd <= n']}",
      "    proof:",
      "      steps:",
      "        - {computes: 'Q := X W, C := s t, V := X + X in parallel', cites: [Lemma 1], depth: 'd_{std} + d_{\\oplus}', nodes: [Q, C, V], uses: [X, W, s, t]}",
      "        - {computes: 'Y := Q C', depth: 'd_{std}', nodes: [Y]}",
      "        - {computes: 'Z := exp(Y)', depth: 'd_{exp}', nodes: [Z]}",
      "        - {computes: 'Out := Z + V', depth: 'd_{std}', nodes: [Out]}",
      "      total: '3d_{std} + d_{\\oplus} + d_{exp}'",
      "  - id: Lemma 3",
      "    kind: lemma",
      "    architecture: toy",
      "    subject: model",
      "    statement:",
      "      depth: '(m+1)d_g + 3md_{std} + md_{\\oplus} + md_{exp}'",
      "      assumes: {g: 'i in {0, ..., m}'}",
      "      premises: ['p <= poly(n)', 'd <= n']",
      "    proof:",
      "      steps:",
      "        - {computes: 'g_0, ..., g_m', depth: 'd_g', times: 'm+1'}",
      "        - {computes: 'the m layers', cites: [Lemma 2], depth: '3d_{std} + d_{\\oplus} + d_{exp}', times: m}",
      "      total: '(m+1)d_g + 3md_{std} + md_{\\oplus} + md_{exp}'",
      "");

  @TempDir
  Path dir;

  private AuditResult audit(String paper) throws IOException {
    Files.writeString(dir.resolve("toy.yaml"), SPEC);
    Path file = dir.resolve("paper.yaml");
    Files.writeString(file, paper);
    return Auditor.audit(PaperReader.read(file), LemmaCatalog.standard(),
        LemmaCatalog.classes());
  }

  /** The planted change must occur exactly once in the clean paper, or the test is wrong. */
  private static String plant(String from, String to) {
    assertThat(PAPER.split(java.util.regex.Pattern.quote(from), -1)).hasSize(2);
    return PAPER.replace(from, to);
  }

  private static List<String> keys(AuditResult r) {
    return r.findings().stream().map(f -> f.claim() + " " + f.check() + " " + f.severity())
        .collect(Collectors.toList());
  }

  /** Exactly the planted finding: nothing else changes. */
  private static Finding onlyFinding(AuditResult r, String claim, String check,
      String severity) {
    assertThat(keys(r)).containsExactly(claim + " " + check + " " + severity);
    return r.findings().get(0);
  }

  @Test
  void cleanPaperHasNoFindingInAnyReading() throws IOException {
    AuditResult r = audit(PAPER);
    assertThat(keys(r)).isEmpty();
    // Lemma 2: 3s + a + e, as the fold gives (TIGHT); as defined (Q given) 3s + e, so it holds
    // there with slack a.
    AuditedClaim l2 = r.claims().stream().filter(c -> c.result().id().equals("Lemma 2"))
        .findFirst().orElseThrow();
    assertThat(l2.readings()).extracting(v -> v.label() + " " + v.verdict() + " "
        + v.computed().ascii()).containsExactly(
            "the proof's construction TIGHT 3*d_std + d_sum + d_exp",
            "as defined HOLDS 3*d_std + d_exp");
    assertThat(l2.readingSummary())
        .isEqualTo("tight under the proof's construction, holds as defined");
  }

  @Test
  void premisesThatDoNotPropagate() throws IOException {
    // Lemma 2 drops 'd <= n', which Lemma 1 (matmul, cited by its first step) needs.
    AuditResult r = audit(plant("depth: '3d_{std} + d_{\\oplus} + d_{exp}', premises: "
        + "['p <= poly(n)', 'd <= n']", "depth: '3d_{std} + d_{\\oplus} + d_{exp}', premises: "
        + "['p <= poly(n)']"));
    Finding f = onlyFinding(r, "Lemma 2", "premises", "warning");
    assertThat(f.message()).contains("assumes only 'p <= poly(n)'")
        .contains("applies Lemma 1, which needs 'd <= n'");
  }

  @Test
  void premisesPropagateThroughTheResultsAProofRestsOn() throws IOException {
    // Lemma 3 weakens 'd <= n' to 'd <= O(n)', which does not imply it: its proof applies
    // Lemma 2, which states 'd <= n' itself.
    AuditResult r = audit(plant("      premises: ['p <= poly(n)', 'd <= n']\n",
        "      premises: ['p <= poly(n)', 'd <= O(n)']\n"));
    Finding f = onlyFinding(r, "Lemma 3", "premises", "warning");
    assertThat(f.message()).contains("assumes only 'p <= poly(n)', 'd <= O(n)'")
        .contains("applies Lemma 2, which needs 'd <= n'");
    // with neither Lemma 2 nor Lemma 3 stating it, the chain names where it comes from
    AuditResult both = audit(PAPER.replace("d_{exp}', premises: ['p <= poly(n)', 'd <= n']",
        "d_{exp}', premises: ['p <= poly(n)']").replace(
            "      premises: ['p <= poly(n)', 'd <= n']\n", "      premises: ['p <= poly(n)']\n"));
    assertThat(keys(both)).containsExactly("Lemma 2 premises warning",
        "Lemma 3 premises warning");
    assertThat(both.findings().get(1).message()).contains("applies Lemma 2, which rests on "
        + "Lemma 1, which needs 'd <= n'");
  }

  @Test
  void quantifierThatMissesTheFirstBlock() throws IOException {
    // [m] is {1, ..., m}: m blocks, but g + m*(layer + g) applies g m + 1 times.
    AuditResult r = audit(plant("assumes: {g: 'i in {0, ..., m}'}", "assumes: {g: 'i in [m]'}"));
    Finding f = onlyFinding(r, "Lemma 3", "quantifier", "warning");
    assertThat(f.message()).contains("g_0 is not covered").contains("m + 1 times");
    assertThat(f.about()).contains("toy.yaml (model)");
  }

  @Test
  void proofThatComputesWhatTheDefinitionGives() throws IOException {
    AuditResult r = audit(plant("    introduces: [X, W, s, t, Q, C, V, Y, Z, Out]",
        "    given: [Q]\n    introduces: [X, W, s, t, C, V, Y, Z, Out]"));
    Finding f = onlyFinding(r, "Lemma 2", "definition", "warning");
    // the variant as-defined takes Q as given: Lemma 2 holds there (3s + e <= 3s + a + e)
    assertThat(f.message()).contains("takes Q as given, but its proof computes Q")
        .contains("variant 'as-defined' is the definition's reading; there Lemma 2 needs "
            + "3*d_std + d_exp and holds");
  }

  @Test
  void proofThatUsesASymbolNoDefinitionIntroduces() throws IOException {
    AuditResult r = audit(plant("uses: [X, W, s, t]", "uses: [Z0, W, s, t]"));
    Finding f = onlyFinding(r, "Lemma 2", "definition", "warning");
    assertThat(f.message()).contains("uses Z0").contains("no definition of the paper");
  }

  @Test
  void offCriticalPathNodeNoStepComputesIsANote() throws IOException {
    // V (s, arriving at s while the critical path reaches Out's other input at 2s + a + e)
    AuditResult r = audit(plant("nodes: [Q, C, V]", "nodes: [Q, C]"));
    Finding f = onlyFinding(r, "Lemma 2", "proof-coverage", "info");
    assertThat(f.message()).contains("never computes layer.V").contains("off the critical "
        + "path");
  }

  @Test
  void stepThatChargesLessThanItsNodesNeedInSequence() throws IOException {
    // the step 'Y := Q C' now also claims C: C (s) then Y (s) need 2s, the step charges s
    String p = plant("nodes: [Q, C, V]", "nodes: [Q, V]").replace("nodes: [Y]",
        "nodes: [C, Y]");
    AuditResult r = audit(p);
    Finding f = onlyFinding(r, "Lemma 2", "step-charge", "warning");
    assertThat(f.message()).contains("charges d_std for C, Y")
        .contains("need 2*d_std in sequence");
  }

  @Test
  void statementThatHoldsOnlyInOneReading() throws IOException {
    // Lemma 2 states 3s + e: the proof's construction needs 3s + a + e (fails for every a >= 1),
    // as defined 3s + e (tight). The steps and total are changed alike, so only the verdict and
    // the readings disagree.
    String p = PAPER.replace("depth: '3d_{std} + d_{\\oplus} + d_{exp}', premises",
        "depth: '3d_{std} + d_{exp}', premises")
        .replace("total: '3d_{std} + d_{\\oplus} + d_{exp}'", "total: '3d_{std} + d_{exp}'")
        .replace("cites: [Lemma 1], depth: 'd_{std} + d_{\\oplus}'",
            "cites: [Lemma 1], depth: 'd_{std}'");
    AuditResult r = audit(p);
    assertThat(keys(r)).contains("Lemma 2 soundness error", "Lemma 2 readings warning");
    Finding f = r.findings().stream().filter(x -> x.check().equals("readings")).findFirst()
        .orElseThrow();
    assertThat(f.message()).startsWith("Lemma 2 tight as defined, not established by the "
        + "proof's construction");
    Finding s = r.findings().stream().filter(x -> x.check().equals("soundness")).findFirst()
        .orElseThrow();
    assertThat(s.message()).contains("not established by this construction")
        .contains("a counterexample to the bound for this construction is")
        .contains("may still be true for a cleverer circuit");
    assertThat(s.about()).endsWith("reading: the proof's construction");
  }
}
