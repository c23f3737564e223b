package org.depthcert.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.depthcert.algebra.Decision;
import org.depthcert.algebra.Verdict;
import org.depthcert.check.CheckResult;
import org.depthcert.check.ClaimResult;
import org.depthcert.check.VerdictWords;

/**
 * Where the paper can be read in several ways (the spec's variants), a statement whose verdict
 * depends on the reading: "Lemma 4.5 holds as defined, not established by the proof's
 * construction". One warning per such statement, giving each reading's depth and, where the
 * statement is not established, the counterexample for that construction. A statement that
 * holds in every reading but whose depth changes with it gets no finding.
 */
final class ReadingsCheck {
  private ReadingsCheck() {}

  static void run(AuditContext ctx) {
    for (PaperResult r : ctx.paper.results()) {
      if (r.architecture().isEmpty() || r.subject().isEmpty()
          || ctx.dag(r, "").isEmpty()) {
        continue;
      }
      LinkedHashMap<String, CheckResult> readings = ctx.readings.get(r.architecture().get());
      if (readings.size() < 2) {
        continue;
      }
      List<String> holds = new ArrayList<>();
      List<String> fails = new ArrayList<>();
      List<String> details = new ArrayList<>();
      for (Map.Entry<String, CheckResult> e : readings.entrySet()) {
        ClaimResult c = ctx.dag(r, e.getKey()).orElseThrow();
        String label = e.getValue().folded().spec().readings().label();
        Verdict v = c.verdict();
        (v == Verdict.FAILS || v == Verdict.UNDECIDED ? fails : holds)
            .add(VerdictWords.inReading(v, label));
        details.add(detail(label, e.getValue().folded().spec().readings().reason(), c));
      }
      if (holds.isEmpty() || fails.isEmpty()) {
        continue;
      }
      List<String> all = new ArrayList<>(holds);
      all.addAll(fails);
      String detail = String.join("; ", details);
      ctx.addAboutEveryReading(r, "readings", "warning", r.id() + " " + String.join(", ", all)
          + ". " + Character.toUpperCase(detail.charAt(0)) + detail.substring(1) + ". The paper "
          + "must say which reading the statement is about, and its proof must use a "
          + "construction that establishes it in that reading");
    }
  }

  private static String detail(String label, String description, ClaimResult c) {
    StringBuilder sb = new StringBuilder(label + " (" + description + ") needs "
        + c.computed().ascii());
    Optional<Decision> d = c.depth();
    if (c.verdict() == Verdict.FAILS && d.isPresent()) {
      sb.append(", so the statement is ").append(VerdictWords.notEstablished(
          c.computed().ascii(), d.get()).replaceFirst(": it needs [^;]*", ""));
    } else {
      sb.append(": the statement ").append(VerdictWords.phrase(c.verdict()));
    }
    return sb.toString();
  }
}
