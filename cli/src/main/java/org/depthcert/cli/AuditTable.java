package org.depthcert.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.depthcert.algebra.Decision;
import org.depthcert.algebra.Verdict;
import org.depthcert.audit.AuditResult;
import org.depthcert.audit.AuditedClaim;
import org.depthcert.check.CheckResult;
import org.depthcert.check.Finding;
import org.depthcert.check.VerdictWords;
import org.depthcert.spec.SpecReadings;

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
    rows.add(new String[] {"claim", "verdict", "reading", "stated", "computed", "detail"});
    for (AuditedClaim c : r.claims()) {
      rows.add(new String[] {c.result().id(), c.verdict().name(),
          c.reading().isEmpty() ? "-" : c.reading(), c.stated(), c.computed(), detail(c)});
    }
    TextReport.table(sb, rows);
    readings(sb, r);
    if (!r.findings().isEmpty()) {
      sb.append("\nfindings\n");
      List<String[]> frows = new ArrayList<>();
      for (Finding f : r.findings()) {
        frows.add(new String[] {"  " + f.severity(), f.claim(), f.check(), f.message()
            + (f.about().isEmpty() ? "" : " [about " + f.about() + "]")});
      }
      TextReport.table(sb, frows);
    }
    sb.append('\n').append(VerdictWords.MEANING).append('\n');
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
    if (!c.readingSummary().isEmpty()) {
      parts.add(c.readingSummary());
    }
    return String.join("; ", parts);
  }

  /** Each architecture's readings (base first) with the depth of its construction. */
  private static void readings(StringBuilder sb, AuditResult r) {
    List<String[]> rows = new ArrayList<>();
    for (Map.Entry<String, LinkedHashMap<String, CheckResult>> a : r.readings().entrySet()) {
      if (a.getValue().size() < 2) {
        continue;
      }
      for (Map.Entry<String, CheckResult> v : a.getValue().entrySet()) {
        SpecReadings sr = v.getValue().folded().spec().readings();
        rows.add(new String[] {"  " + a.getKey(), v.getKey().isEmpty() ? "(base)" : v.getKey(),
            v.getValue().folded().model().depth().ascii(), sr.description()});
      }
    }
    if (!rows.isEmpty()) {
      sb.append("\nreadings (each a construction; every statement is checked in each)\n");
      rows.add(0, new String[] {"  architecture", "variant", "model depth", "reading"});
      TextReport.table(sb, rows);
    }
  }
}
