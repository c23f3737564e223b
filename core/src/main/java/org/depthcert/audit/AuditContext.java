package org.depthcert.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.depthcert.check.CheckResult;
import org.depthcert.check.ClaimResult;
import org.depthcert.check.Finding;

/**
 * What every audit check reads (the paper, the class catalog, each architecture's fold and
 * checked claims) and where it writes its findings.
 */
final class AuditContext {
  final Paper paper;
  final ClassCatalog classes;
  final Map<String, CheckResult> checked;
  /** Per architecture, every reading its spec declares (base first, key ""), checked. */
  final Map<String, LinkedHashMap<String, CheckResult>> readings;
  private final List<Finding> findings = new ArrayList<>();

  AuditContext(Paper paper, ClassCatalog classes,
      Map<String, LinkedHashMap<String, CheckResult>> readings) {
    this.paper = paper;
    this.classes = classes;
    this.readings = readings;
    this.checked = new LinkedHashMap<>();
    readings.forEach((k, v) -> checked.put(k, v.get("")));
  }

  /** What a finding of a check that reads only the paper is about. */
  static final String TEXT = "the paper's text (no construction)";
  /** Checks that compare the paper with itself, never with a DAG. */
  private static final Set<String> TEXT_ONLY =
      Set.of("proof-arithmetic", "cross-reference", "subject", "premises", "definition");

  /** A finding about the result's construction in the base reading (or about its text). */
  void add(PaperResult r, String check, String severity, String message) {
    findings.add(new Finding(r.id(), check, severity, message,
        TEXT_ONLY.contains(check) ? TEXT : about(r, "")));
  }

  /** A finding about the result's construction in every reading the spec declares. */
  void addAboutEveryReading(PaperResult r, String check, String severity, String message) {
    CheckResult base = readings.get(r.architecture().get()).get("");
    List<String> labels = new ArrayList<>();
    readings.get(r.architecture().get()).values()
        .forEach(c -> labels.add(c.folded().spec().readings().label()));
    findings.add(new Finding(r.id(), check, severity, message, "the DAG of "
        + base.folded().spec().file() + " (" + r.subject().get() + ") in every reading: "
        + String.join(", ", labels)));
  }

  /**
   * Which construction and which reading a finding is about: "the DAG of SPEC (SUBJECT), the
   * proof's construction", or "" for a result about no architecture.
   */
  String about(PaperResult r, String variant) {
    if (r.architecture().isEmpty() || r.subject().isEmpty()) {
      return TEXT;
    }
    CheckResult c = readings.get(r.architecture().get()).get(variant);
    if (r.subject().get().startsWith("rule:")) {
      String op = r.subject().get().substring(5);
      return c.folded().catalog().forOp(op).map(rule -> "the catalog's " + rule.number()
          + " for " + op + (rule.isDerived() ? ", its body folded" : ", an axiom")
          + "; no spec reading changes it").orElse(TEXT);
    }
    String reading = c.folded().spec().readings().hasVariants()
        ? ", reading: " + c.folded().spec().readings().label() : "";
    return "the DAG of " + c.folded().spec().file() + " (" + r.subject().get() + ")" + reading;
  }

  /** The engine's check of a result in one reading ("" the base). */
  Optional<ClaimResult> dag(PaperResult r, String variant) {
    if (r.architecture().isEmpty()) {
      return Optional.empty();
    }
    CheckResult c = readings.get(r.architecture().get()).get(variant);
    return c.claims().stream().filter(x -> x.claim().id().equals(r.id())).findFirst();
  }

  List<Finding> findings() {
    return List.copyOf(findings);
  }

  /** The engine's check of a result's statement against its architecture's DAG, if any. */
  Optional<ClaimResult> dag(PaperResult r) {
    if (r.architecture().isEmpty()) {
      return Optional.empty();
    }
    CheckResult c = checked.get(r.architecture().get());
    return c.claims().stream().filter(x -> x.claim().id().equals(r.id())).findFirst();
  }

  String archName(String key) {
    return paper.architectures().get(key).name();
  }
}
