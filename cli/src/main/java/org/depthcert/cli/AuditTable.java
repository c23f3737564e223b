package org.depthcert.cli;

import java.util.ArrayList;
import java.util.List;
import org.depthcert.algebra.Decision;
import org.depthcert.algebra.Verdict;
import org.depthcert.audit.AuditResult;
import org.depthcert.audit.AuditedClaim;
import org.depthcert.check.Finding;

/** The human form of an audit: verdict line, one row per claim, then the findings by claim. */
final class AuditTable {
  private AuditTable() {}

  static String render(AuditResult r) {
    StringBuilder sb = new StringBuilder();
    long failing = r.claims().stream().filter(c -> c.verdict() == Verdict.FAILS).count();
    sb.append(r.verdict()).append(": ").append(failing).append(" of ").append(r.claims().size())
        .append(" statements fail; ").append(r.count("error")).append(" errors, ")
        .append(r.count("warning")).append(" warnings, ").append(r.count("info"))
        .append(" notes - ").append(r.paper().title()).append(" (").append(r.paper().file())
        .append(")\n\n");
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"claim", "verdict", "stated", "computed", "detail"});
    for (AuditedClaim c : r.claims()) {
      rows.add(new String[] {c.result().id(), c.verdict().name(), c.stated(), c.computed(),
          detail(c)});
    }
    TextReport.table(sb, rows);
    if (!r.findings().isEmpty()) {
      sb.append("\nfindings\n");
      List<String[]> frows = new ArrayList<>();
      for (Finding f : r.findings()) {
        frows.add(new String[] {"  " + f.severity(), f.claim(), f.check(), f.message()});
      }
      TextReport.table(sb, frows);
    }
    return sb.toString();
  }

  private static String detail(AuditedClaim c) {
    List<String> parts = new ArrayList<>();
    if (c.decision().isPresent()) {
      Decision d = c.decision().get();
      d.slack().filter(s -> !s.isZero()).ifPresent(s -> parts.add("slack " + s.ascii()));
      d.counterexample().ifPresent(x -> parts.add("counterexample " + TextReport.point(x)));
      d.holdsIfPhrase().ifPresent(parts::add);
    }
    return String.join("; ", parts);
  }
}
