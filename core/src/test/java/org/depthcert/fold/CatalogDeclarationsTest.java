package org.depthcert.fold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import org.depthcert.algebra.Polynomial;
import org.depthcert.check.Checker;
import org.depthcert.check.CheckResult;
import org.depthcert.check.UserAssumptions;
import org.depthcert.expr.FormulaParser;
import org.depthcert.rules.Catalog;
import org.depthcert.rules.CatalogReader;
import org.depthcert.rules.Declaration;
import org.depthcert.spec.LocatedTree;
import org.depthcert.spec.Spec;
import org.depthcert.spec.SpecError;
import org.depthcert.spec.SpecReader;
import org.junit.jupiter.api.Test;

/**
 * A user's lemma file declares depth constants and gadget kinds; its rules and the specs that
 * load it use them; the fold records which ones a spec relies on; every unknown or clashing
 * name is a located error.
 */
class CatalogDeclarationsTest {
  private static final String LOG = String.join("\n",
      "source: user",
      "constants:",
      "  d_log: {meaning: depth of ln, citation: \"Reif and Tate 1992\"}",
      "gadgets:",
      "  log: {meaning: one ln circuit, citation: \"Reif and Tate 1992\"}",
      "rules:",
      "  - id: u/log",
      "    number: User Lemma 1",
      "    title: log",
      "    ops: [log]",
      "    signature: elementwise",
      "    depth: d_log",
      "    size: {log: 1}",
      "  - id: u/softplus",
      "    number: User Lemma 2",
      "    title: softplus",
      "    ops: [softplus]",
      "    signature: {inputs: {X: [a, b]}, output: [a, b]}",
      "    stated: d_exp + d_std + d_log",
      "    body:",
      "      nodes:",
      "        E: {op: exp, in: [X]}",
      "        D: {op: add, in: [E, E]}",
      "        O: {op: log, in: [D]}",
      "      output: O",
      "");

  private static Catalog catalog(String userFile) {
    return CatalogReader.read(Map.of("tiny.yaml", TinyCatalog.YAML.getBytes(
        StandardCharsets.UTF_8), "user.yaml", userFile.getBytes(StandardCharsets.UTF_8)));
  }

  private static Spec spec(String yaml, Catalog c) {
    byte[] bytes = yaml.getBytes(StandardCharsets.UTF_8);
    return SpecReader.read(LocatedTree.parse("test.yaml", bytes), SpecReader.sha256(bytes),
        c.declaredConstants());
  }

  private static final String SPEC = TinyCatalog.header() + String.join("\n",
      "blocks:",
      "  b:",
      "    inputs: {X: [n, d]}",
      "    nodes:",
      "      S: {op: softplus, in: [X]}",
      "claims:",
      "  - {id: c, subject: b, stated: \"d_std + d_exp + d_log\", class: TC0}",
      "");

  @Test
  void aDeclaredConstantAndGadgetKindAreUsableAndRecorded() {
    Catalog c = catalog(LOG);
    assertThat(c.declaredConstants()).containsExactly("d_log");
    Declaration d = c.declaration(Declaration.Kind.CONSTANT, "d_log").orElseThrow();
    assertThat(d.file()).isEqualTo("user.yaml");
    assertThat(d.line()).isEqualTo(3);
    assertThat(d.sha256()).isEqualTo(SpecReader.sha256(LOG.getBytes(StandardCharsets.UTF_8)));
    CheckResult r = Checker.check(Folder.fold(spec(SPEC, c), c));
    // softplus = exp (d_exp), add (d_std), log (d_log): the claim is tight.
    assertThat(r.claims().get(0).depth().orElseThrow().verdict().name()).isEqualTo("TIGHT");
    assertThat(UserAssumptions.used(r.folded())).extracting(Declaration::name)
        .containsExactly("d_log", "log");
    assertThat(r.conclusion().premises()).anySatisfy(p ->
        assertThat(p).startsWith("assumed in user.yaml:3: d_log is a constant"));
  }

  @Test
  void anElementwiseSizeCountsEveryEntry() {
    Catalog c = catalog(LOG);
    Folded f = Folder.fold(spec(SPEC, c), c);
    // X is n x d: exp, add and log each run once per entry, so n*d gadgets of each kind
    // (before the fix, 'size: {log: 1}' counted one log gadget for all n*d entries).
    Polynomial nd = new FormulaParser(Set.of("n", "d")).parsePolynomial("n*d");
    assertThat(f.blocks().get("b").size()).containsEntry("log", nd).containsEntry("exp", nd)
        .containsEntry("std", nd);
  }

  @Test
  void withoutTheFileTheConstantIsUnknownInTheSpec() {
    assertThatThrownBy(() -> TinyCatalog.spec(SPEC)).isInstanceOf(SpecError.class)
        .hasMessageContaining("unknown depth constant 'd_log'");
  }

  private static String located(String userFile) {
    try {
      catalog(userFile);
    } catch (SpecError e) {
      return e.oneLine();
    }
    throw new AssertionError("no error");
  }

  @Test
  void unknownOrClashingNamesAreLocatedErrors() {
    // a depth constant nobody declares, in the rule's depth (line 12)
    assertThat(located(LOG.replace("depth: d_log", "depth: d_ln")))
        .startsWith("user.yaml:12: rules[0].depth: in formula 'd_ln': unknown depth constant");
    // a gadget kind nobody declares (line 13)
    assertThat(located(LOG.replace("size: {log: 1}", "size: {ln: 1}")))
        .startsWith("user.yaml:13: rules[0].size.ln: unknown gadget kind 'ln'");
    // per-entry sizes cannot mention cells
    assertThat(located(LOG.replace("size: {log: 1}", "size: {log: cells}")))
        .contains("user.yaml:13: rules[0].size.log: an elementwise size counts gadgets per entry");
    // a built-in name cannot be redeclared
    assertThat(located(LOG.replace("  d_log: {", "  d_exp: {")))
        .startsWith("user.yaml:3: constants.d_exp: 'd_exp' is a built-in depth constant");
    assertThat(located(LOG.replace("  log: {", "  exp: {")))
        .startsWith("user.yaml:5: gadgets.exp: 'exp' is a built-in gadget kind");
    // a badly named constant, and a declaration without its citation
    assertThat(located(LOG.replace("  d_log: {", "  log2: {")))
        .startsWith("user.yaml:3: constants.log2: a depth constant is named d_");
    assertThat(located(LOG.replace(", citation: \"Reif and Tate 1992\"}\ngadgets", "}\ngadgets")))
        .startsWith("user.yaml:3: constants.d_log: missing field 'citation'");
    // an unknown op in a body, at its own line: 6 header lines, 7 of u/log, 11 of u/softplus to O
    assertThat(located(LOG.replace("{op: log, in: [D]}", "{op: ln, in: [D]}")))
        .startsWith("user.yaml:24: rules[1].body.nodes.O.op: unknown op 'ln'");
  }

  @Test
  void aMistakeInABodyIsReportedAtItsLineInTheLemmaFile() {
    // D = E * E where the body needs a matmul of a x b by a x b: a shape mismatch, found when a
    // spec first folds the lemma, reported at line 23 of the lemma file (the node D).
    Catalog c = catalog(LOG.replace("{op: add, in: [E, E]}", "{op: matmul, in: [E, E]}"));
    Spec s = spec(SPEC, c);
    assertThatThrownBy(() -> Folder.fold(s, c)).isInstanceOf(SpecError.class)
        .satisfies(e -> assertThat(((SpecError) e).oneLine())
            .startsWith("user.yaml:23: rules[1].body.nodes.D: shape mismatch: matmul"));
  }

  @Test
  void twoFilesCannotDeclareOneName() {
    String other = "source: other\nconstants:\n  d_log: {meaning: x, citation: y}\nrules: []\n";
    assertThatThrownBy(() -> CatalogReader.read(Map.of("user.yaml", LOG.getBytes(
        StandardCharsets.UTF_8), "z.yaml", other.getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(SpecError.class)
        .satisfies(e -> assertThat(((SpecError) e).oneLine()).isEqualTo("z.yaml:3: "
            + "constants.d_log: depth constant 'd_log' is already declared in user.yaml:3"));
  }

  @Test
  void aSpecCannotRedeclareACatalogConstant() {
    Catalog c = catalog(LOG);
    String s = SPEC.replace("blocks:", "constants: [d_log]\nblocks:");
    assertThatThrownBy(() -> spec(s, c)).isInstanceOf(SpecError.class)
        .hasMessageContaining("'d_log' is already declared by a loaded lemma file");
  }
}
