package org.depthcert.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.depthcert.algebra.Decision;
import org.depthcert.algebra.Verdict;
import org.depthcert.check.ClaimResult;
import org.depthcert.check.ClassConclusion;
import org.depthcert.fold.BlockResult;
import org.depthcert.fold.CriticalPath;

/**
 * Check 3 of DESIGN.md section 5: each statement against the critical path of its architecture's
 * DAG. FAILS is an error (with counterexample and the condition under which it would hold),
 * UNDECIDED a warning, a loose bound (HOLDS, not TIGHT) an info with its slack.
 */
final class SoundnessCheck {
  private SoundnessCheck() {}

  static void run(AuditContext ctx) {
    for (PaperResult r : ctx.paper.results()) {
      Optional<ClaimResult> dag = ctx.dag(r);
      if (dag.isEmpty()) {
        continue;
      }
      ClaimResult c = dag.get();
      String what = r.statement().depth().isPresent() ? "states depth"
          : "(its proof) gives depth";
      c.depth().ifPresent(d -> depth(ctx, r, c, d, what));
      c.classVerdict().ifPresent(v -> cls(ctx, r, v));
    }
  }

  private static void depth(AuditContext ctx, PaperResult r, ClaimResult c, Decision d,
      String what) {
    String stated = c.claim().stated().orElseThrow().ascii();
    String where = "the DAG of " + ctx.paper.architectures().get(r.architecture().get()).spec()
        .file() + " (" + r.subject().get() + ")";
    switch (d.verdict()) {
      case FAILS: {
        StringBuilder m = new StringBuilder(r.id() + " " + what + " " + stated + " but " + where
            + ", computed as the definitions write it, needs " + c.computed().ascii()
            + criticalPath(ctx, r) + "; the statement is below that at "
            + point(d.counterexample().orElseThrow()));
        // no condition only when stated + 1/1000 <= computed is certified: it never holds
        m.append(d.holdsIfPhrase().map(h -> " and " + h).orElse(" and never holds"));
        m.append(": state ").append(c.computed().ascii()).append(" or a bound above it, or give"
            + " a circuit that reaches the stated depth");
        ctx.add(r, "soundness", "error", m.toString());
        break;
      }
      case UNDECIDED:
        ctx.add(r, "soundness", "warning", r.id() + " " + what + " " + stated + "; " + where
            + " needs " + c.computed().ascii() + ", and neither a proof nor a counterexample "
            + "was found: check this bound by hand or add the assumptions it relies on");
        break;
      case HOLDS:
        ctx.add(r, "soundness", "info", r.id() + " " + what + " " + stated + ", which holds but"
            + " is loose: " + where + " needs " + c.computed().ascii()
            + d.slack().map(s -> " (slack " + s.ascii() + ")").orElse("")
            + "; a tighter statement is " + c.computed().ascii());
        break;
      default:
        break;
    }
  }

  private static void cls(AuditContext ctx, PaperResult r, Verdict v) {
    if (v == Verdict.HOLDS || v == Verdict.TIGHT) {
      return;
    }
    ClassConclusion c = ctx.checked.get(r.architecture().get()).conclusion();
    String claimed = r.statement().claimedClass().orElse("?");
    if (c.complexityClass().isPresent()) {
      ctx.add(r, "soundness", "error", r.id() + " states class " + claimed + " but the DAG "
          + "gives only " + c.complexityClass().get().display() + " (" + c.statement()
          + "): state " + c.complexityClass().get().display());
    } else {
      ctx.add(r, "soundness", "warning", r.id() + " states class " + claimed + " but no class "
          + "follows from the DAG (" + c.statement() + "): add the assumptions it needs");
    }
  }

  /** The critical path of a block subject, e.g. " along K1 -> K -> ... -> Out". */
  private static String criticalPath(AuditContext ctx, PaperResult r) {
    String subject = r.subject().get();
    BlockResult b = ctx.checked.get(r.architecture().get()).folded().blocks().get(subject);
    if (b == null) {
      return "";
    }
    List<String> paths = new ArrayList<>();
    for (CriticalPath p : b.criticalPaths()) {
      paths.add(String.join(" -> ", p.nodes()));
    }
    return paths.isEmpty() ? "" : " along " + String.join(" and ", paths);
  }

  static String point(Map<String, ?> x) {
    return x.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
        .collect(Collectors.joining(", "));
  }
}
