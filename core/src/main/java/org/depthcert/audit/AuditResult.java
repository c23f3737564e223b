package org.depthcert.audit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.depthcert.check.CheckResult;
import org.depthcert.check.Finding;
import org.depthcert.check.Verdicts;

/**
 * The audit of a paper: each architecture checked (its base reading), the claims table, the
 * findings, and every reading of every architecture (base first, key "").
 */
public record AuditResult(Paper paper, Map<String, CheckResult> architectures,
    List<AuditedClaim> claims, List<Finding> findings,
    Map<String, LinkedHashMap<String, CheckResult>> readings) {
  /** FAIL when a statement fails, UNDECIDED when none fails but one is undecided, else PASS. */
  public String verdict() {
    return Verdicts.overall(claims.stream().map(AuditedClaim::verdict).toList());
  }

  /** Exit code of DESIGN.md section 9: 0 pass, 1 a statement fails, 4 undecided. */
  public int exitCode() {
    return Verdicts.exitCode(verdict());
  }

  public long count(String severity) {
    return findings.stream().filter(f -> f.severity().equals(severity)).count();
  }
}
