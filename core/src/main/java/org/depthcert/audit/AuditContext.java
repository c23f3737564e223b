package org.depthcert.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
  private final List<Finding> findings = new ArrayList<>();

  AuditContext(Paper paper, ClassCatalog classes, Map<String, CheckResult> checked) {
    this.paper = paper;
    this.classes = classes;
    this.checked = checked;
  }

  void add(PaperResult r, String check, String severity, String message) {
    findings.add(new Finding(r.id(), check, severity, message));
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
