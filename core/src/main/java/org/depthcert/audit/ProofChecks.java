package org.depthcert.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.depthcert.algebra.Decider;
import org.depthcert.algebra.DepthTerm;
import org.depthcert.check.ClaimResult;
import org.depthcert.check.ClassConclusion;
import org.depthcert.check.ComplexityClass;

/**
 * Checks 1 and 2 of DESIGN.md section 5: a proof's steps against its own total (proof
 * arithmetic), and the statement against the proof's total; and that the asymptotic bound a proof
 * gives for the depth is one the stated class needs.
 */
final class ProofChecks {
  private ProofChecks() {}

  static void run(AuditContext ctx) {
    for (PaperResult r : ctx.paper.results()) {
      if (r.proof().isEmpty()) {
        continue;
      }
      Proof p = r.proof().get();
      arithmetic(ctx, r, p);
      statementVsProof(ctx, r, p);
      bound(ctx, r, p);
    }
  }

  private static void arithmetic(AuditContext ctx, PaperResult r, Proof p) {
    if (p.steps().isEmpty() || p.total().isEmpty()) {
      return;
    }
    DepthTerm sum = DepthTerm.ZERO;
    List<String> parts = new ArrayList<>();
    for (ProofStep s : p.steps()) {
      sum = sum.plus(s.contribution());
      String times = s.times().equals(org.depthcert.algebra.Polynomial.ONE) ? ""
          : "(" + s.times().ascii() + ")*";
      parts.add(times + "(" + s.depth().ascii() + ")");
    }
    if (!sum.equals(p.total().get())) {
      ctx.add(r, "proof-arithmetic", "error", r.id() + ": the proof's " + p.steps().size()
          + " steps add up to " + sum.ascii() + " (" + String.join(" + ", parts)
          + "), but the proof writes the total " + p.total().get().ascii() + "; correct the total"
          + " to " + sum.ascii() + " or the step whose depth is wrong");
    }
  }

  private static void statementVsProof(AuditContext ctx, PaperResult r, Proof p) {
    if (r.statement().depth().isEmpty() || p.total().isEmpty()) {
      return;
    }
    DepthTerm stated = r.statement().depth().get();
    DepthTerm total = p.total().get();
    if (stated.equals(total)) {
      return;
    }
    Decider decider = new Decider(r.architecture()
        .map(a -> ctx.paper.architectures().get(a).spec().assumptions()).orElse(List.of()));
    boolean establishes = decider.decide(total, stated).holds();
    StringBuilder m = new StringBuilder(r.id() + ": the statement gives depth " + stated.ascii()
        + " but its proof concludes " + total.ascii());
    m.append(establishes ? " (the statement is looser than what the proof shows)"
        : " (the proof does not establish the statement)");
    Optional<ClaimResult> dag = ctx.dag(r);
    if (dag.isPresent() && dag.get().depth().isPresent()) {
      DepthTerm computed = dag.get().computed();
      boolean stmtHolds = dag.get().depth().get().holds();
      m.append("; the DAG gives ").append(computed.ascii());
      if (stmtHolds && !decider.decide(total, computed).holds()) {
        m.append(", so the statement is right and the proof's total over-counts: correct the "
            + "proof");
      } else if (stmtHolds) {
        m.append(", so both hold: make the statement and the proof's total agree");
      } else {
        m.append(", which the statement does not bound: state ").append(total.ascii())
            .append(" as the proof derives");
      }
    } else {
      m.append("; make them agree");
    }
    ctx.add(r, "statement-vs-proof", "warning", m.toString());
  }

  private static void bound(AuditContext ctx, PaperResult r, Proof p) {
    if (p.bound().isEmpty() || r.statement().claimedClass().isEmpty()) {
      return;
    }
    Optional<ComplexityClass> cls = ComplexityClass.parse(r.statement().claimedClass().get());
    if (cls.isEmpty()) {
      return;
    }
    int level = cls.get().level();
    String needed = level == 0 ? "O(1)" : "O(log^" + level + " n)";
    String given = p.bound().get().replace(" ", "");
    if (given.equals(needed.replace(" ", ""))
        || (level == 1 && given.equals("O(logn)"))) {
      return;
    }
    StringBuilder m = new StringBuilder(r.id() + ": the proof bounds the depth by "
        + p.bound().get() + ", which does not give " + ctx.classes.display(cls.get().id())
        + " (it needs depth " + needed + ")");
    if (r.architecture().isPresent()) {
      ClassConclusion c = ctx.checked.get(r.architecture().get()).conclusion();
      if (c.constantDepth() && level == 0) {
        m.append("; the depth is constant (").append(String.join("; ", c.premises().subList(0,
            Math.min(2, c.premises().size())))).append("): write O(1)");
      }
    }
    ctx.add(r, "statement-vs-proof", "warning", m.toString());
  }
}
