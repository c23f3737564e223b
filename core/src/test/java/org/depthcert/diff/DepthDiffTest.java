package org.depthcert.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;
import org.depthcert.algebra.Assumption;
import org.depthcert.cert.Json;
import org.depthcert.expr.FormulaParser;
import org.depthcert.spec.SpecError;
import org.junit.jupiter.api.Test;

/**
 * The symbolic diff on small hand-made certificates (only the fields the diff reads). Most are
 * written in format "1" (monomial lists), as baselines saved before format "2" are; {@link #v2}
 * writes the same certificate in format "2" (canonical texts).
 */
class DepthDiffTest {
  private static final FormulaParser P =
      new FormulaParser(Set.of("m", "n", "d", "d_std", "d_sum", "d_exp", "d_trig"));

  /** A certificate whose model and block "b" have depth {@code block}; claim "L" likewise. */
  private static ObjectNode cert(String block, String... assumptions) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode c = f.objectNode();
    c.put("certVersion", "1");
    ArrayNode as = c.putArray("assumptions");
    for (String a : assumptions) {
      Assumption x = P.parseAssumption(a);
      ObjectNode o = as.addObject();
      o.set("lhs", Json.polynomial(x.lhs()));
      o.set("rhs", Json.polynomial(x.rhs()));
      o.put("text", a);
    }
    c.putObject("model").set("depth", Json.term(P.parseTerm(block)));
    ObjectNode b = c.putArray("blocks").addObject();
    b.put("name", "b");
    b.set("depth", Json.term(P.parseTerm(block)));
    ObjectNode l = c.putArray("claims").addObject();
    l.put("id", "L");
    l.put("subject", "b");
    l.set("computed", Json.term(P.parseTerm(block)));
    return c;
  }

  /** The certificate of {@link #cert} in format "2": every term its canonical text. */
  private static ObjectNode v2(String block, String... assumptions) {
    ObjectNode c = cert(block, assumptions);
    c.put("certVersion", "2");
    for (com.fasterxml.jackson.databind.JsonNode a : c.get("assumptions")) {
      ((ObjectNode) a).set("lhs", Json.text(P.parsePolynomial(a.get("lhs").get("ascii")
          .asText())));
      ((ObjectNode) a).set("rhs", Json.text(P.parsePolynomial(a.get("rhs").get("ascii")
          .asText())));
    }
    ((ObjectNode) c.get("model")).set("depth", Json.text(P.parseTerm(block)));
    ((ObjectNode) c.get("blocks").get(0)).set("depth", Json.text(P.parseTerm(block)));
    ((ObjectNode) c.get("claims").get(0)).set("computed", Json.text(P.parseTerm(block)));
    return c;
  }

  @Test
  void aBaselineInFormat1ComparesWithACertificateInFormat2() {
    // the same depths read from either format: nothing changed, in both directions
    assertThat(diff(cert("max(2*d_std, d_exp)", "d <= n"), v2("max(2*d_std, d_exp)",
        "d <= n")).verdict()).isEqualTo("UNCHANGED");
    assertThat(diff(v2("max(2*d_std, d_exp)"), cert("max(2*d_std, d_exp)")).verdict())
        .isEqualTo("UNCHANGED");
    DiffResult d = diff(cert("d_std + d_exp"), v2("2*d_std + d_exp"));
    assertThat(block(d).lines()).contains("  coefficient of d_std in block b: 1 -> 2");
    // d_std + d_sum <= 2 d_sum under d_std <= d_sum, read from format 2's texts
    assertThat(block(diff(v2("2*d_sum"), v2("d_std + d_sum", "d_std <= d_sum"))).kind())
        .isEqualTo(Change.Kind.IMPROVEMENT);
  }

  @Test
  void aFormat2TermMustBeCanonicalAndOtherFormatsAreRefused() {
    ObjectNode unsorted = v2("d_std");
    ((ObjectNode) unsorted.get("blocks").get(0)).put("depth", "d_exp + 2*d_std");
    assertThatThrownBy(() -> CertificateDepths.of("x.json", unsorted))
        .isInstanceOf(SpecError.class)
        .hasMessageContaining("'d_exp + 2*d_std' is not in canonical form (that is "
            + "'2*d_std + d_exp')")
        .satisfies(e -> assertThat(((SpecError) e).path()).isEqualTo("blocks[0].depth"));
    ObjectNode object = v2("d_std");
    ((ObjectNode) object.get("model")).set("depth", Json.term(P.parseTerm("d_std")));
    assertThatThrownBy(() -> CertificateDepths.of("x.json", object))
        .isInstanceOf(SpecError.class).hasMessageContaining("expected a depth term such as");
    ObjectNode v3 = v2("d_std");
    v3.put("certVersion", "3");
    assertThatThrownBy(() -> CertificateDepths.of("x.json", v3))
        .isInstanceOf(SpecError.class).hasMessageContaining("certificate format 3 is not "
            + "supported; this tool reads formats 1 and 2");
  }

  private static DiffResult diff(ObjectNode before, ObjectNode after) {
    return DepthDiff.compare(CertificateDepths.of("old.json", before),
        CertificateDepths.of("new.json", after));
  }

  private static Change block(DiffResult d) {
    return d.changes().stream().filter(c -> c.subject().name().equals("b")).findFirst()
        .orElseThrow();
  }

  @Test
  void growthIsARegressionNamingTheCoefficient() {
    DiffResult d = diff(cert("d_std + d_exp"), cert("2*d_std + d_exp"));
    assertThat(d.verdict()).isEqualTo("REGRESSED");
    assertThat(d.regressions()).hasSize(3); // model, block b, claim L
    assertThat(block(d).lines()).containsExactly(
        "regression  depth of block b: +d_std (d_std + d_exp -> 2*d_std + d_exp); exceeds the "
            + "old depth at d_std=1, d_exp=1",
        "  coefficient of d_std in block b: 1 -> 2");
    assertThat(d.text()).contains("coefficient of d_std in L: 1 -> 2");
  }

  @Test
  void theDecisionUsesTheNewAssumptions() {
    // d_std + d_sum <= 2 d_sum exactly when d_std <= d_sum: a regression without that
    // assumption (at d_std = 2, d_sum = 1: 3 > 2), an improvement with it (and 2 d_sum is not
    // <= d_std + d_sum: at d_std = 1, d_sum = 2, 4 > 3).
    DiffResult without = diff(cert("2*d_sum"), cert("d_std + d_sum"));
    assertThat(block(without).kind()).isEqualTo(Change.Kind.REGRESSION);
    assertThat(block(without).coefficients()).extracting(c -> c.describe(Subject.block("b")))
        .containsExactly("coefficient of d_std in block b: 0 -> 1",
            "coefficient of d_sum in block b: 2 -> 1");
    assertThat(block(without).note()).contains("d_std=2, d_sum=1");
    DiffResult with = diff(cert("2*d_sum"), cert("d_std + d_sum", "d_std <= d_sum"));
    assertThat(block(with).kind()).isEqualTo(Change.Kind.IMPROVEMENT);
    assertThat(with.regressed()).isFalse();
  }

  @Test
  void aShrinkIsAnImprovementNeverAFailure() {
    DiffResult d = diff(cert("6*m*d_std + 4*m*d_sum"), cert("6*m*d_std + 3*m*d_sum"));
    assertThat(d.regressed()).isFalse();
    assertThat(d.verdict()).isEqualTo("IMPROVED");
    assertThat(block(d).lines()).first().asString()
        .startsWith("improvement  depth of block b: -m*d_sum");
  }

  @Test
  void aNewMaximalTermWithNothingInCommonIsNamedAsSuch() {
    DiffResult d = diff(cert("d_exp"), cert("max(d_exp, d_trig)"));
    assertThat(block(d).kind()).isEqualTo(Change.Kind.REGRESSION);
    assertThat(block(d).note()).startsWith("new maximal term d_trig");
    assertThat(block(d).deltas()).isEmpty();
  }

  @Test
  void equalUnderTheAssumptionsIsUnchanged() {
    DiffResult d = diff(cert("d_std"), cert("d_sum", "d_std <= d_sum", "d_sum <= d_std"));
    assertThat(block(d).kind()).isEqualTo(Change.Kind.UNCHANGED);
    assertThat(block(d).note()).isEqualTo("equal under the assumptions");
    assertThat(d.verdict()).isEqualTo("UNCHANGED");
  }

  @Test
  void subjectsOnOneSideOnlyAreAddedOrRemovedNotRegressions() {
    ObjectNode after = cert("d_std");
    ((ObjectNode) after.get("claims").get(0)).put("id", "L2");
    DiffResult d = diff(cert("d_std"), after);
    assertThat(d.changes()).extracting(Change::kind).contains(Change.Kind.ADDED,
        Change.Kind.REMOVED);
    assertThat(d.regressed()).isFalse();
  }

  @Test
  void aMalformedCertificateIsALocatedInputError() {
    ObjectNode bad = cert("d_std");
    bad.remove("certVersion");
    assertThatThrownBy(() -> CertificateDepths.of("x.json", bad)).isInstanceOf(SpecError.class)
        .hasMessageContaining("not a depthcert certificate");
    ObjectNode coeff = cert("d_std");
    ((ObjectNode) coeff.get("blocks").get(0).get("depth").get("max").get(0).get("monomials")
        .get(0)).put("coefficient", "one");
    assertThatThrownBy(() -> CertificateDepths.of("x.json", coeff))
        .isInstanceOf(SpecError.class)
        .satisfies(e -> assertThat(((SpecError) e).path())
            .isEqualTo("blocks[0].depth.max[0].monomials[0].coefficient"));
    ObjectNode negative = cert("d_std");
    ((ObjectNode) negative.get("model").get("depth").get("max").get(0).get("monomials").get(0))
        .put("coefficient", "-1");
    assertThatThrownBy(() -> CertificateDepths.of("x.json", negative))
        .isInstanceOf(SpecError.class).hasMessageContaining("negative coefficient");
    assertThat(List.of(bad, coeff, negative)).hasSize(3);
  }
}
