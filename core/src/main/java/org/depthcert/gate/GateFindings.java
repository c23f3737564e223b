package org.depthcert.gate;

import java.util.ArrayList;
import java.util.List;
import org.depthcert.algebra.Decision;
import org.depthcert.algebra.Verdict;
import org.depthcert.check.CheckResult;
import org.depthcert.check.ClaimResult;
import org.depthcert.check.Finding;
import org.depthcert.check.VerdictWords;
import org.depthcert.diff.Change;
import org.depthcert.spec.ClaimSpec;
import org.depthcert.spec.LocatedTree;

/**
 * Turns gate outcomes into located findings, each at the line of the claim (or block) it is
 * about, for SARIF. Audit findings from other commands can be added with {@link #of(Finding,
 * CheckResult)}.
 */
public final class GateFindings {
  public static final String CLAIM_FAILS = "depthcert/claim-fails";
  public static final String CLAIM_UNDECIDED = "depthcert/claim-undecided";
  public static final String REGRESSION = "depthcert/baseline-regression";
  public static final String INPUT_ERROR = "depthcert/input-error";

  private GateFindings() {}

  public static List<GateFinding> of(List<SpecOutcome> outcomes) {
    List<GateFinding> all = new ArrayList<>();
    outcomes.forEach(o -> all.addAll(of(o)));
    return all;
  }

  public static List<GateFinding> of(SpecOutcome o) {
    List<GateFinding> out = new ArrayList<>();
    if (o.error().isPresent()) {
      out.add(new GateFinding(INPUT_ERROR, "error", o.error().get().oneLine(),
          o.error().get().file(), o.error().get().line()));
      return out;
    }
    CheckResult r = o.check().orElseThrow();
    String file = r.folded().spec().file();
    LocatedTree tree = r.folded().spec().tree();
    for (ClaimResult c : r.claims()) {
      if (c.verdict() == Verdict.FAILS) {
        out.add(new GateFinding(CLAIM_FAILS, "error", c.claim().id() + " FAILS: "
            + explain(c), file, tree.line(c.claim().path())));
      } else if (c.verdict() == Verdict.UNDECIDED) {
        out.add(new GateFinding(CLAIM_UNDECIDED, "warning", c.claim().id()
            + " is undecided: " + explain(c), file, tree.line(c.claim().path())));
      }
    }
    for (Finding f : r.findings()) {
      out.add(of(f, r));
    }
    o.baseline().ifPresent(d -> {
      for (Change ch : d.regressions()) {
        out.add(new GateFinding(REGRESSION, "error", joined(ch) + " (baseline " + d.before()
            + ")", file, line(r, ch)));
      }
    });
    return out;
  }

  /** A finding of a checked spec, at the line of its claim (or line 1 when it has none). */
  public static GateFinding of(Finding f, CheckResult r) {
    int line = 1;
    for (ClaimSpec c : r.folded().spec().claims()) {
      if (c.id().equals(f.claim())) {
        line = r.folded().spec().tree().line(c.path());
      }
    }
    return of(f, r.folded().spec().file(), line);
  }

  /**
   * Any finding (e.g. one of {@code depthcert audit}, located in the paper file) as a SARIF
   * result: rule {@code depthcert/<check>}, level by severity.
   */
  public static GateFinding of(Finding f, String file, int line) {
    String where = f.claim().isEmpty() ? "" : f.claim() + ": ";
    String about = f.about().isEmpty() ? "" : " [about " + f.about() + "]";
    return new GateFinding("depthcert/" + f.check(), level(f.severity()), where + f.message()
        + about, file, line);
  }

  /** SARIF's level for a finding's severity: error, warning, or note for info. */
  public static String level(String severity) {
    return severity.equals("error") ? "error" : severity.equals("warning") ? "warning" : "note";
  }

  private static int line(CheckResult r, Change ch) {
    LocatedTree tree = r.folded().spec().tree();
    switch (ch.subject().kind()) {
      case BLOCK:
        return tree.line("blocks." + ch.subject().name());
      case CLAIM:
        for (ClaimSpec c : r.folded().spec().claims()) {
          if (c.id().equals(ch.subject().name())) {
            return tree.line(c.path());
          }
        }
        return 1;
      default:
        return Math.max(1, tree.line("model"));
    }
  }

  /** A change's lines as one sentence list. */
  static String joined(Change ch) {
    List<String> parts = new ArrayList<>();
    ch.lines().forEach(l -> parts.add(l.strip()));
    return String.join("; ", parts);
  }

  /**
   * "stated X; not established by this construction: it needs Y; a counterexample to the bound
   * for this construction is ...", or "stated X, computed Y" for a claim that is not failing.
   */
  static String explain(ClaimResult c) {
    StringBuilder sb = new StringBuilder();
    sb.append("stated ").append(c.claim().stated().map(t -> t.ascii()).orElse("-"))
        .append(c.claim().claimedClass().map(k -> " [" + k + "]").orElse(""));
    if (c.depth().isPresent() && c.depth().get().verdict() == Verdict.FAILS) {
      sb.append("; ").append(VerdictWords.notEstablished(c.computed().ascii(),
          c.depth().get()));
    } else {
      sb.append(", computed ").append(c.computed().ascii());
    }
    c.classVerdict().ifPresent(v -> sb.append("; class ").append(v.name()));
    sb.append(" (").append(VerdictWords.SHORT).append(')');
    return sb.toString();
  }
}
