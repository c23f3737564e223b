package org.depthcert.audit;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.depthcert.algebra.DepthTerm;
import org.depthcert.fold.Attainment;
import org.depthcert.fold.BlockResult;
import org.depthcert.fold.CriticalPath;
import org.depthcert.fold.NodeResult;

/**
 * Part of check 3 (soundness against the DAG): when a proof's steps say which nodes they compute,
 * every node that costs depth on a critical path of the subject must be accounted for by some
 * step. A step that cites a result about {@code block.X} accounts for X and everything X
 * depends on. A node left out is a gap in the proof, even when its total still happens to bound
 * the DAG.
 */
final class ProofCoverageCheck {
  private ProofCoverageCheck() {}

  static void run(AuditContext ctx) {
    for (PaperResult r : ctx.paper.results()) {
      if (r.proof().isEmpty() || r.subject().isEmpty() || r.proof().get().steps().stream()
          .allMatch(s -> s.nodes().isEmpty())) {
        continue;
      }
      String subject = r.subject().get();
      int dot = subject.indexOf('.');
      String blockName = dot < 0 ? subject : subject.substring(0, dot);
      BlockResult b = ctx.checked.get(r.architecture().get()).folded().blocks().get(blockName);
      Set<String> covered = covered(ctx, r, b, blockName);
      Set<String> critical = critical(b, dot < 0 ? Optional.empty()
          : Optional.of(subject.substring(dot + 1)));
      offPath(ctx, r, b, subject, dot < 0 ? Optional.empty()
          : Optional.of(subject.substring(dot + 1)), covered, critical);
      for (String node : critical) {
        NodeResult n = b.node(node);
        if (covered.contains(node) || n.local().equals(DepthTerm.ZERO)) {
          continue;
        }
        ctx.add(r, "soundness", "warning", r.id() + "'s proof does not account for " + blockName
            + "." + node + " (" + n.spec().note() + "; " + n.rule().number() + ", depth "
            + n.local().ascii() + "), which lies on a critical path of " + subject
            + ": add the step and its depth to the proof");
      }
    }
  }

  /**
   * Every other node of the subject that costs depth and no step computes: off the critical
   * path it does not change the total, but the proof never says how it is computed (info).
   */
  private static void offPath(AuditContext ctx, PaperResult r, BlockResult b, String subject,
      Optional<String> node, Set<String> covered, Set<String> critical) {
    List<String> missing = new java.util.ArrayList<>();
    Set<String> scope = node.map(x -> BlockNodes.ancestors(b, x)).orElse(null);
    for (NodeResult n : b.nodes()) {
      if ((scope == null || scope.contains(n.name())) && !covered.contains(n.name())
          && !critical.contains(n.name()) && !n.local().equals(DepthTerm.ZERO)) {
        missing.add(b.name() + "." + n.name() + " (" + n.spec().note() + "; "
            + n.rule().number() + ", depth " + n.local().ascii() + ")");
      }
    }
    if (!missing.isEmpty()) {
      ctx.add(r, "proof-coverage", "info", r.id() + "'s proof never computes "
          + String.join(", ", missing) + ", which " + subject + " needs; "
          + (missing.size() == 1 ? "it is" : "they are") + " off the critical path, so the "
          + "total is unaffected: add the step so that the proof covers every node");
    }
  }

  private static Set<String> covered(AuditContext ctx, PaperResult r, BlockResult b,
      String blockName) {
    Set<String> covered = new TreeSet<>();
    for (ProofStep s : r.proof().get().steps()) {
      covered.addAll(s.nodes());
      for (String id : s.cites()) {
        Optional<PaperResult> c = ctx.paper.result(id);
        if (c.isPresent() && c.get().architecture().equals(r.architecture())
            && c.get().subject().filter(x -> x.startsWith(blockName + ".")).isPresent()) {
          String cited = c.get().subject().get().substring(blockName.length() + 1);
          covered.addAll(BlockNodes.ancestors(b, cited));
        }
      }
    }
    return covered;
  }

  /** Nodes on a critical path: of the block, or of the paths attaining the node's arrival. */
  private static Set<String> critical(BlockResult b, Optional<String> node) {
    Set<String> out = new LinkedHashSet<>();
    if (node.isEmpty()) {
      for (CriticalPath p : b.criticalPaths()) {
        p.nodes().stream().filter(x -> isNode(b, x)).forEach(out::add);
      }
      return out;
    }
    Deque<String> todo = new ArrayDeque<>(List.of(node.get()));
    while (!todo.isEmpty()) {
      String x = todo.pop();
      if (!isNode(b, x) || !out.add(x)) {
        continue;
      }
      for (Attainment a : b.node(x).attainedBy()) {
        if (!a.input().isEmpty()) {
          todo.add(a.input());
        }
      }
    }
    return out;
  }

  private static boolean isNode(BlockResult b, String name) {
    return b.nodes().stream().anyMatch(n -> n.name().equals(name));
  }

}
