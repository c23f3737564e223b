package org.depthcert.gate;

import java.util.ArrayList;
import java.util.List;
import org.depthcert.algebra.Verdict;
import org.depthcert.audit.AuditReport;
import org.depthcert.audit.AuditResult;
import org.depthcert.audit.AuditedClaim;
import org.depthcert.check.Finding;
import org.depthcert.check.VerdictWords;

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
            + " FAILS" + rests(c) + ": " + explain(c), file, line));
      } else if (c.verdict() == Verdict.UNDECIDED) {
        out.add(new GateFinding(GateFindings.CLAIM_UNDECIDED, "warning", c.result().id()
            + " is UNDECIDED" + rests(c) + ": " + explain(c), file, line));
      }
    }
    for (Finding f : r.findings()) {
      out.add(GateFindings.of(f, file, AuditReport.line(r, f.claim())));
    }
    return out;
  }

  /** " (the proof's construction)": the reading the row's verdict rests on, if declared. */
  static String rests(AuditedClaim c) {
    return c.reading().isEmpty() ? "" : " (" + c.reading() + ")";
  }

  /**
   * "stated X; not established by this construction (C): it needs Y; a counterexample to the
   * bound for this construction is ...", then the verdict in the other readings.
   */
  static String explain(AuditedClaim c) {
    StringBuilder sb = new StringBuilder("stated ").append(c.stated());
    String where = c.construction().isEmpty() ? "" : " (" + c.construction() + ")";
    if (c.verdict() == Verdict.FAILS && c.decision().isPresent()) {
      sb.append("; ").append(VerdictWords.notEstablished(c.computed(), c.decision().get())
          .replaceFirst("this construction", "this construction" + where));
    } else {
      sb.append(", computed ").append(c.computed()).append(where);
    }
    if (!c.readingSummary().isEmpty()) {
      sb.append("; in every reading: ").append(c.readingSummary());
    }
    sb.append(" (").append(VerdictWords.SHORT).append(')');
    return sb.toString();
  }
}
