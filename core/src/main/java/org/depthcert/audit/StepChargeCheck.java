package org.depthcert.audit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.depthcert.algebra.Decider;
import org.depthcert.algebra.Decision;
import org.depthcert.algebra.DepthTerm;
import org.depthcert.algebra.Verdict;
import org.depthcert.check.CheckResult;
import org.depthcert.fold.BlockResult;
import org.depthcert.fold.NodeResult;

/**
 * Gap check "each step's charge against the DAG": a proof step that names the nodes it computes
 * must charge at least the depth those nodes need in sequence in the DAG (the longest path
 * through them, each node costing its own circuit, inputs from outside the step arriving at 0).
 * Lemma 5.2 charges d_trig for the rotation matrices R_{j1-j2}, but forming the angles
 * (j-i) theta_k is a multiplication first, unless the angles are hard-wired: the spec's variants
 * in which the step's charge suffices are named in the finding.
 */
final class StepChargeCheck {
  private StepChargeCheck() {}

  static void run(AuditContext ctx) {
    for (PaperResult r : ctx.paper.results()) {
      if (r.proof().isEmpty() || r.subject().isEmpty() || r.architecture().isEmpty()) {
        continue;
      }
      String subject = r.subject().get();
      String blockName = subject.contains(".") ? subject.substring(0, subject.indexOf('.'))
          : subject;
      CheckResult base = ctx.checked.get(r.architecture().get());
      BlockResult b = base.folded().blocks().get(blockName);
      if (b == null) {
        continue;
      }
      Decider decider = new Decider(base.folded().spec().assumptions());
      for (ProofStep s : r.proof().get().steps()) {
        if (s.nodes().isEmpty()) {
          continue;
        }
        DepthTerm needed = inSequence(b, s.nodes());
        Decision d = decider.decide(needed, s.depth());
        if (d.verdict() != Verdict.FAILS) {
          continue;
        }
        ctx.add(r, "step-charge", "warning", r.id() + "'s step '" + s.computes() + "' charges "
            + s.depth().ascii() + " for " + String.join(", ", s.nodes()) + ", but in the DAG "
            + breakdown(b, s.nodes()) + " need " + needed.ascii() + " in sequence"
            + d.condition().map(h -> h.necessary()
                ? " (the charge suffices if and only if " + h.text() + ")"
                : " (the charge suffices if " + h.text() + ", a sufficient condition only)")
                .orElse("")
            + elsewhere(ctx, r, blockName, s, decider)
            + ": charge " + needed.ascii() + ", or say which construction makes the step cost "
            + s.depth().ascii());
      }
    }
  }

  /** The longest path through {@code nodes} alone: inputs from outside the step arrive at 0. */
  static DepthTerm inSequence(BlockResult b, List<String> nodes) {
    Map<String, DepthTerm> memo = new HashMap<>();
    DepthTerm worst = DepthTerm.ZERO;
    for (String n : nodes) {
      if (b.spec().inputs().containsKey(n)) {
        continue; // given in this reading: nothing to compute
      }
      worst = worst.max(depth(b, n, nodes, memo));
    }
    return worst;
  }

  private static DepthTerm depth(BlockResult b, String name, List<String> nodes,
      Map<String, DepthTerm> memo) {
    DepthTerm known = memo.get(name);
    if (known != null) {
      return known;
    }
    NodeResult n = b.node(name);
    DepthTerm before = DepthTerm.ZERO;
    for (String in : n.spec().inputs()) {
      if (nodes.contains(in) && !b.spec().inputs().containsKey(in)) {
        before = before.max(depth(b, in, nodes, memo));
      }
    }
    DepthTerm d = before.plus(n.local());
    memo.put(name, d);
    return d;
  }

  private static String breakdown(BlockResult b, List<String> nodes) {
    List<String> parts = new ArrayList<>();
    for (String n : nodes) {
      NodeResult x = b.node(n);
      parts.add(n + " (" + x.op() + ", " + x.rule().number() + ": " + x.local().ascii() + ")");
    }
    return String.join(", ", parts);
  }

  /** "; in the angle-hard-wired reading (...) the charge suffices" for each such variant. */
  private static String elsewhere(AuditContext ctx, PaperResult r, String blockName,
      ProofStep s, Decider decider) {
    List<String> ok = new ArrayList<>();
    for (Map.Entry<String, CheckResult> e : ctx.readings.get(r.architecture().get())
        .entrySet()) {
      if (e.getKey().isEmpty()) {
        continue;
      }
      BlockResult vb = e.getValue().folded().blocks().get(blockName);
      if (decider.decide(inSequence(vb, s.nodes()), s.depth()).holds()) {
        ok.add(e.getValue().folded().spec().readings().label() + " ("
            + e.getValue().folded().spec().readings().reason() + ")");
      }
    }
    return ok.isEmpty() ? "" : "; the charge suffices in " + String.join(" and in ", ok);
  }
}
