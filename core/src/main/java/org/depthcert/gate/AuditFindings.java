package org.depthcert.gate;

import java.util.ArrayList;
import java.util.List;
import org.depthcert.algebra.Verdict;
import org.depthcert.audit.AuditReport;
import org.depthcert.audit.AuditResult;
import org.depthcert.audit.AuditedClaim;
import org.depthcert.check.Finding;

/**
 * The audit of a paper as located findings for SARIF: one per failing or undecided statement
 * (the same rules as {@code check}'s claims) and one per audit finding, each at the line of its
 * result in the paper file, so that a CI system annotates the paper where the result is written.
 */
public final class AuditFindings {
  private AuditFindings() {}

  public static List<GateFinding> of(AuditResult r) {
    String file = r.paper().file();
    List<GateFinding> out = new ArrayList<>();
    for (AuditedClaim c : r.claims()) {
      int line = AuditReport.line(r, c.result().id());
      if (c.verdict() == Verdict.FAILS) {
        out.add(new GateFinding(GateFindings.CLAIM_FAILS, "error", c.result().id()
            + " fails: " + explain(c), file, line));
      } else if (c.verdict() == Verdict.UNDECIDED) {
        out.add(new GateFinding(GateFindings.CLAIM_UNDECIDED, "warning", c.result().id()
            + " is undecided: " + explain(c), file, line));
      }
    }
    for (Finding f : r.findings()) {
      out.add(GateFindings.of(f, file, AuditReport.line(r, f.claim())));
    }
    return out;
  }

  /** "stated X, computed Y; counterexample ...; holds iff ..." for a statement's row. */
  static String explain(AuditedClaim c) {
    StringBuilder sb = new StringBuilder("stated ").append(c.stated()).append(", computed ")
        .append(c.computed());
    c.decision().ifPresent(d -> {
      d.counterexample().ifPresent(x -> sb.append("; counterexample ").append(x.toString()
          .replaceAll("[{}]", "")));
      d.holdsIf().ifPresent(h -> sb.append("; holds iff ").append(h));
    });
    return sb.toString();
  }
}
