package org.depthcert.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.depthcert.algebra.Verdict;
import org.depthcert.audit.AuditReport;
import org.depthcert.audit.AuditResult;
import org.depthcert.audit.AuditedClaim;
import org.depthcert.audit.Auditor;
import org.depthcert.audit.PaperReader;
import org.depthcert.cert.Canonical;
import org.depthcert.check.Finding;
import org.depthcert.lemmas.LemmaCatalog;
import org.depthcert.spec.SpecError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One small synthetic paper per kind of audit finding: the finding is planted by a one-line
 * change of a clean paper and must be reported on the right claim with the right check and
 * severity; the clean paper itself must give no finding at all (no false alarms).
 *
 * <p>The toy architecture: each layer computes Y := X W (Lemma 4.1: d_std + d_sum) then
 * exp(Y) (d_exp), so a layer has depth d_std + d_sum + d_exp; the model is
 * g + m*(layer + g), depth (m+1) d_g + m (d_std + d_sum + d_exp).
 */
class AuditSyntheticTest {
  private static final String SPEC = String.join("\n",
      "title: Toy Transformer",
      "parameters:",
      "  n: {meaning: sequence length}",
      "  d: {meaning: hidden dimension, assume: \"d <= n\"}",
      "  p: {meaning: precision, assume: \"p <= poly(n)\"}",
      "  m: {meaning: layers, growth: \"O(1)\"}",
      "constants: [d_g]",
      "blocks:",
      "  layer:",
      "    inputs: {X: [n, d], W: [d, d]}",
      "    nodes:",
      "      Y: {op: matmul, in: [X, W]}",
      "      Z: {op: exp, in: [Y]}",
      "    output: Z",
      "  g: {op: opaque, depth: d_g}",
      "model: [g, {repeat: m, body: [layer, g]}]",
      "");

  private static final String PAPER = String.join("\n",
      "title: Toy paper",
      "architectures:",
      "  toy: {spec: toy.yaml, name: toy Transformer}",
      "  other: {spec: other.yaml, name: other Transformer}",
      "results:",
      "  - id: Lemma 1",
      "    kind: lemma",
      "    architecture: toy",
      "    subject: rule:matmul",
      "    statement: {depth: 'd_{std} + d_{\\oplus}'}",
      "  - id: Lemma 2",
      "    kind: lemma",
      "    architecture: toy",
      "    subject: layer",
      "    statement: {depth: 'd_{std} + d_{\\oplus} + d_{exp}'}",
      "    proof:",
      "      steps:",
      "        - {computes: 'Y := X W', cites: [Lemma 1], depth: 'd_{std} + d_{\\oplus}', nodes: [Y]}",
      "        - {computes: 'exp(Y)', depth: 'd_{exp}', nodes: [Z]}",
      "      total: 'd_{std} + d_{\\oplus} + d_{exp}'",
      "  - id: Lemma 3",
      "    kind: lemma",
      "    architecture: toy",
      "    subject: model",
      "    statement:",
      "      depth: '(m+1)d_g + md_{std} + md_{\\oplus} + md_{exp}'",
      "    proof:",
      "      steps:",
      "        - {computes: 'g_0, ..., g_m', depth: 'd_g', times: 'm+1'}",
      "        - {computes: 'the m layers', cites: [Lemma 2], depth: 'd_{std} + d_{\\oplus} + d_{exp}', times: m}",
      "      total: '(m+1)d_g + md_{std} + md_{\\oplus} + md_{exp}'",
      "  - id: Theorem 4",
      "    kind: theorem",
      "    architecture: toy",
      "    subject: model",
      "    statement: {class: TC0, premises: ['d <= n', 'p <= poly(n)', 'm <= O(1)']}",
      "    proof:",
      "      steps:",
      "        - {computes: 'TF', cites: [Lemma 3], depth: '(m+1)d_g + md_{std} + md_{\\oplus} + md_{exp}'}",
      "      total: '(m+1)d_g + md_{std} + md_{\\oplus} + md_{exp}'",
      "      bound: O(1)",
      "  - id: Fact 5",
      "    kind: fact",
      "    inclusions: true",
      "  - id: Proposition 6",
      "    kind: proposition",
      "    statement: {problem: boolean-formula-value, complete: NC1}",
      "  - id: Theorem 7",
      "    kind: theorem",
      "    architecture: toy",
      "    subject: model",
      "    statement:",
      "      problem: boolean-formula-value",
      "      premises: ['TC0 != NC1', 'd <= n', 'p <= poly(n)', 'm <= O(1)']",
      "    cites: [Theorem 4, Proposition 6, Fact 5]",
      "");

  @TempDir
  Path dir;

  private AuditResult audit(String paper, String spec) throws IOException {
    Files.writeString(dir.resolve("toy.yaml"), spec);
    Files.writeString(dir.resolve("other.yaml"), SPEC.replace("Toy Transformer", "Other"));
    Path file = dir.resolve("paper.yaml");
    Files.writeString(file, paper);
    return Auditor.audit(PaperReader.read(file), LemmaCatalog.standard(),
        LemmaCatalog.classes());
  }

  private AuditResult audit(String paper) throws IOException {
    return audit(paper, SPEC);
  }

  /** The planted change must occur exactly once in the clean paper, or the test is wrong. */
  private static String plant(String text, String from, String to) {
    assertThat(text.split(java.util.regex.Pattern.quote(from), -1)).hasSize(2);
    return text.replace(from, to);
  }

  private static List<String> keys(AuditResult r) {
    return r.findings().stream().map(f -> f.claim() + " " + f.check() + " " + f.severity())
        .collect(Collectors.toList());
  }

  private static Finding only(AuditResult r, String claim, String check) {
    List<Finding> fs = r.findings().stream()
        .filter(f -> f.claim().equals(claim) && f.check().equals(check))
        .collect(Collectors.toList());
    assertThat(fs).as(keys(r).toString()).hasSize(1);
    assertThat(fs.get(0).message()).startsWith(claim);
    return fs.get(0);
  }

  @Test
  void cleanPaperHasNoFindingsAndPasses() throws IOException {
    AuditResult r = audit(PAPER);
    assertThat(r.findings()).isEmpty();
    assertThat(r.verdict()).isEqualTo("PASS");
    assertThat(r.exitCode()).isZero();
    // Lemma 1 (an axiom) and Lemmas 2, 3 equal the fold exactly; Theorem 4's class holds (the
    // engine reports a class check as HOLDS, never TIGHT) and the hardness of Theorem 7 is
    // derived.
    assertThat(r.claims()).extracting(c -> c.result().id() + " " + c.verdict()).containsExactly(
        "Lemma 1 TIGHT", "Lemma 2 TIGHT", "Lemma 3 TIGHT", "Theorem 4 HOLDS",
        "Proposition 6 HOLDS", "Theorem 7 HOLDS");
  }

  @Test
  void proofArithmetic() throws IOException {
    // the exp step now charges d_exp + d_std: the steps add up to 2 d_std + d_sum + d_exp, but
    // the proof still writes d_std + d_sum + d_exp
    AuditResult r = audit(plant(PAPER, "depth: 'd_{exp}', nodes",
        "depth: 'd_{exp} + d_{std}', nodes"));
    Finding f = only(r, "Lemma 2", "proof-arithmetic");
    assertThat(f.severity()).isEqualTo("error");
    assertThat(f.message()).contains("add up to 2*d_std + d_sum + d_exp");
  }

  @Test
  void statementVersusProof() throws IOException {
    // statement 2 d_std + d_sum + d_exp, proof total d_std + d_sum + d_exp: they disagree, and
    // the DAG (d_std + d_sum + d_exp) says the statement is merely loose (slack d_std)
    AuditResult r = audit(plant(PAPER, "statement: {depth: 'd_{std} + d_{\\oplus} + d_{exp}'}",
        "statement: {depth: '2d_{std} + d_{\\oplus} + d_{exp}'}"));
    assertThat(only(r, "Lemma 2", "statement-vs-proof").severity()).isEqualTo("warning");
    Finding loose = only(r, "Lemma 2", "soundness");
    assertThat(loose.severity()).isEqualTo("info");
    assertThat(loose.message()).contains("slack d_std");
  }

  @Test
  void soundnessFailureIsAnErrorWithCounterexampleAndExitOne() throws IOException {
    // statement, steps and total all say d_std + d_exp: consistent on paper, but the DAG needs
    // d_std + d_sum + d_exp, which exceeds it at every point (d_sum >= 1)
    String p = PAPER.replace("'d_{std} + d_{\\oplus} + d_{exp}'}", "'d_{std} + d_{exp}'}")
        .replace("total: 'd_{std} + d_{\\oplus} + d_{exp}'", "total: 'd_{std} + d_{exp}'")
        .replace("cites: [Lemma 1], depth: 'd_{std} + d_{\\oplus}',",
            "cites: [Lemma 1], depth: 'd_{std}',");
    AuditResult r = audit(p);
    Finding f = only(r, "Lemma 2", "soundness");
    assertThat(f.severity()).isEqualTo("error");
    assertThat(f.message()).contains("not established by this construction")
        .contains("no admissible values make the bound hold for this construction");
    AuditedClaim c = r.claims().stream().filter(x -> x.result().id().equals("Lemma 2"))
        .findFirst().orElseThrow();
    assertThat(c.verdict()).isEqualTo(Verdict.FAILS);
    assertThat(c.decision().orElseThrow().counterexample()).isPresent();
    assertThat(r.exitCode()).isEqualTo(1);
  }

  @Test
  void crossReferenceValue() throws IOException {
    // the first step charges d_std for Lemma 1 (which states d_std + d_sum) and moves the d_sum
    // to the exp step: the sum is unchanged, only the citation is wrong
    String p = plant(PAPER, "cites: [Lemma 1], depth: 'd_{std} + d_{\\oplus}',",
        "cites: [Lemma 1], depth: 'd_{std}',");
    p = plant(p, "depth: 'd_{exp}', nodes", "depth: 'd_{\\oplus} + d_{exp}', nodes");
    AuditResult r = audit(p);
    // the step still says it computes Y (matmul, d_std + d_sum), so it also charges less than
    // the DAG's node needs (step-charge); the exp step over-charges, which is no gap
    assertThat(keys(r)).containsExactly("Lemma 2 cross-reference warning",
        "Lemma 2 step-charge warning");
    assertThat(r.findings().get(0).message()).contains("charges d_std citing Lemma 1");
    assertThat(r.findings().get(1).message()).contains("charges d_std for Y")
        .contains("need d_std + d_sum in sequence");
  }

  @Test
  void proofLeavingOutANodeOnTheCriticalPath() throws IOException {
    // the first step no longer says it computes Y, and no other step does: Y (Lemma 4.1,
    // d_std + d_sum) is on the only path X -> Y -> Z
    AuditResult r = audit(plant(PAPER, "nodes: [Y]", "nodes: []"));
    assertThat(keys(r)).containsExactly("Lemma 2 soundness warning");
    assertThat(r.findings().get(0).message()).contains("does not account for layer.Y");
  }

  @Test
  void crossReferenceToAResultThePaperDoesNotHave() throws IOException {
    AuditResult r = audit(plant(PAPER, "cites: [Lemma 1]", "cites: [Lemma 9]"));
    assertThat(keys(r)).containsExactly("Lemma 2 cross-reference warning");
    assertThat(r.findings().get(0).message()).contains("cites Lemma 9, which the paper does "
        + "not state");
  }

  @Test
  void violatedSideConditionOfALemma() throws IOException {
    // without d <= n, Lemma 4.1's inner dimension d <= n fails at d=2, n=1
    AuditResult r = audit(PAPER, plant(SPEC, ", assume: \"d <= n\"", ""));
    Finding f = r.findings().stream().filter(x -> x.check().equals("hypothesis")).findFirst()
        .orElseThrow();
    assertThat(f.claim()).isEqualTo("Lemma 2");
    assertThat(f.severity()).isEqualTo("warning");
    assertThat(f.message()).contains("layer.Y").contains("'d <= n'");
  }

  @Test
  void theoremPremiseWeakerThanWhatItsLemmasNeed() throws IOException {
    AuditResult r = audit(plant(PAPER, "premises: ['d <= n', 'p", "premises: ['d <= O(n)', 'p"));
    assertThat(keys(r)).containsExactly("Theorem 4 hypothesis warning",
        // Theorem 7 rests on Theorem 4 and still states d <= n, not Theorem 4's d <= O(n)
        "Theorem 7 hypothesis warning");
    assertThat(r.findings().get(0).message()).contains("assumes only 'd <= O(n)'");
  }

  @Test
  void separationPremiseOnAMembershipStatement() throws IOException {
    AuditResult r = audit(plant(PAPER, "premises: ['d <= n', 'p",
        "premises: ['TC0 != NC1', 'd <= n', 'p"));
    assertThat(keys(r)).containsExactly("Theorem 4 hypothesis info");
  }

  @Test
  void hardnessWithoutItsSeparationPremise() throws IOException {
    AuditResult r = audit(plant(PAPER, "premises: ['TC0 != NC1', ", "premises: ["));
    assertThat(keys(r)).containsExactly("Theorem 7 hypothesis warning");
    assertThat(r.claims().get(5).verdict()).isEqualTo(Verdict.UNDECIDED);
  }

  @Test
  void hardnessCitingNoCompletenessResult() throws IOException {
    AuditResult r = audit(plant(PAPER, "cites: [Theorem 4, Proposition 6, Fact 5]",
        "cites: [Theorem 4, Fact 5]"));
    assertThat(keys(r)).containsExactly("Theorem 7 cross-reference warning");
  }

  @Test
  void completenessClassDisagreeingWithTheCatalog() throws IOException {
    AuditResult r = audit(plant(PAPER, "complete: NC1}", "complete: TC1}"));
    assertThat(keys(r)).containsExactly("Proposition 6 cross-reference warning");
  }

  @Test
  void proofBoundThatDoesNotGiveTheClass() throws IOException {
    AuditResult r = audit(plant(PAPER, "bound: O(1)", "bound: O(poly(n))"));
    assertThat(keys(r)).containsExactly("Theorem 4 statement-vs-proof warning");
  }

  @Test
  void statementNamingAnotherArchitecture() throws IOException {
    AuditResult r = audit(plant(PAPER, "    statement:\n      depth: '(m+1)",
        "    statement:\n      names: other\n      depth: '(m+1)"));
    assertThat(keys(r)).containsExactly("Lemma 3 subject warning");
  }

  @Test
  void theoremCitingAResultAboutAnotherArchitecture() throws IOException {
    // Theorem 7 becomes a theorem about the other architecture, still citing Theorem 4 (toy)
    AuditResult r = audit(plant(PAPER, "    architecture: toy\n    subject: model\n"
        + "    statement:\n      problem", "    architecture: other\n    subject: model\n"
        + "    statement:\n      problem"));
    assertThat(keys(r)).containsExactly("Theorem 7 subject warning");
    assertThat(r.findings().get(0).message()).contains("cites Theorem 4, which is about the toy"
        + " Transformer");
  }

  @Test
  void jsonIsStableAndCarriesTheDesignFields() throws IOException {
    AuditResult r = audit(plant(PAPER, "bound: O(1)", "bound: O(poly(n))"));
    String a = Canonical.write(AuditReport.build(r));
    String b = Canonical.write(AuditReport.build(audit(plant(PAPER, "bound: O(1)",
        "bound: O(poly(n))"))));
    assertThat(a).isEqualTo(b);
    assertThat(a).contains("\"tool\": \"depthcert\"", "\"verdict\": \"PASS\"",
        "\"check\": \"statement-vs-proof\"", "\"claim\": \"Theorem 4\"", "\"holdsIf\"",
        "\"counterexample\"", "\"slack\"");
  }

  @Test
  void badInputIsALocatedError() throws IOException {
    assertThatThrownBy(() -> audit(plant(PAPER, "subject: layer", "subject: layr")))
        .isInstanceOf(SpecError.class)
        .hasMessageContaining("unknown subject 'layr'")
        .satisfies(e -> assertThat(((SpecError) e).line()).isEqualTo(14));
    assertThatThrownBy(() -> audit(plant(PAPER, "'TC0 != NC1', 'd", "'TC0 < NC1', 'd")))
        .isInstanceOf(SpecError.class).hasMessageContaining("a premise is written");
    assertThatThrownBy(() -> audit(plant(PAPER, "problem: boolean-formula-value,",
        "problem: sorting,"))).isInstanceOf(SpecError.class)
        .hasMessageContaining("unknown problem 'sorting'");
    assertThatThrownBy(() -> audit(plant(PAPER, "nodes: [Z]", "nodes: [ZZ]")))
        .isInstanceOf(SpecError.class).hasMessageContaining("no node 'ZZ' in block 'layer'");
    assertThatThrownBy(() -> audit(plant(PAPER, "{problem: boolean-formula-value, complete",
        "{complete"))).isInstanceOf(SpecError.class).hasMessageContaining("it needs 'problem'");
  }
}
