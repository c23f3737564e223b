package org.depthcert.audit;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.depthcert.algebra.Assumption;
import org.depthcert.check.CheckResult;
import org.depthcert.fold.BlockResult;
import org.depthcert.fold.NodeResult;
import org.depthcert.fold.SideCondition;
import org.depthcert.spec.GrowthBound;
import org.depthcert.spec.Spec;

/**
 * Check 5 of DESIGN.md section 5: every rule application's hypotheses under the spec's
 * assumptions (each one reported on the first result, in the paper's order, whose subject
 * contains the node); a class theorem's premises against the assumptions its lemmas need; and a
 * membership statement that carries a separation premise it does not need.
 */
final class HypothesisCheck {
  private HypothesisCheck() {}

  static void run(AuditContext ctx) {
    for (Map.Entry<String, CheckResult> e : ctx.checked.entrySet()) {
      sideConditions(ctx, e.getKey(), e.getValue());
    }
    for (PaperResult r : ctx.paper.results()) {
      if (r.statement().claimedClass().isPresent() && r.architecture().isPresent()) {
        premises(ctx, r);
      }
    }
  }

  private static void sideConditions(AuditContext ctx, String arch, CheckResult checked) {
    Spec spec = checked.folded().spec();
    for (BlockResult b : checked.folded().blocks().values()) {
      for (NodeResult n : b.nodes()) {
        for (SideCondition s : n.sideConditions()) {
          if (s.status() == SideCondition.Status.DISCHARGED) {
            continue;
          }
          Optional<PaperResult> owner = owner(ctx, arch, b, n.name());
          if (owner.isEmpty()) {
            continue;
          }
          boolean violated = s.status() == SideCondition.Status.VIOLATED;
          ctx.add(owner.get(), "hypothesis", violated ? "warning" : "info", owner.get().id()
              + ": " + b.name() + "." + n.name() + " (" + n.spec().note() + ") applies "
              + n.rule().number() + " (" + n.op() + ") whose hypothesis '" + s.hypothesis()
              + "' becomes '" + s.instantiated() + "', " + (violated ? "false" : "not shown")
              + " under " + assumptions(spec) + " (" + s.detail() + "): "
              + n.rule().number() + " does not cover this step as stated; prove or cite a "
              + "version for this size");
        }
      }
    }
  }

  /** The first result about this architecture whose subject contains the node. */
  private static Optional<PaperResult> owner(AuditContext ctx, String arch, BlockResult b,
      String node) {
    PaperResult model = null;
    for (PaperResult r : ctx.paper.results()) {
      if (!r.architecture().equals(Optional.of(arch)) || r.subject().isEmpty()
          || r.kind().equals("definition")) {
        continue; // a definition states nothing a side condition could be charged to
      }
      String subject = r.subject().get();
      if (subject.equals(b.name())) {
        return Optional.of(r);
      }
      if (subject.startsWith(b.name() + ".")
          && BlockNodes.ancestors(b, subject.substring(b.name().length() + 1)).contains(node)) {
        return Optional.of(r);
      }
      if (subject.equals("model") && model == null) {
        model = r;
      }
    }
    return Optional.ofNullable(model);
  }


  private static void premises(AuditContext ctx, PaperResult r) {
    List<Premise> stated = r.statement().premises();
    boolean membership = r.statement().problem().isEmpty();
    for (Premise p : stated) {
      if (membership && p.kind() == Premise.Kind.SEPARATION) {
        ctx.add(r, "hypothesis", "info", r.id() + " states membership in "
            + ctx.classes.display(r.statement().claimedClass().get()) + " under the premise '"
            + p.text() + "', which membership does not need (the class follows from the DAG: "
            + ctx.checked.get(r.architecture().get()).conclusion().statement() + "): drop it; "
            + "only the hardness results need a separation");
      }
    }
    if (stated.stream().noneMatch(p -> p.kind() != Premise.Kind.SEPARATION)) {
      return;
    }
    Spec spec = ctx.paper.architectures().get(r.architecture().get()).spec();
    for (Assumption a : spec.assumptions()) {
      Optional<Premise> needed = Premise.parse(a.text());
      if (needed.isEmpty() || stated.stream().anyMatch(p -> p.sameAs(needed.get()))) {
        continue;
      }
      Optional<Premise> weaker = stated.stream()
          .filter(p -> p.left().equals(needed.get().left())).findFirst();
      String use = usedBy(ctx, r.architecture().get(), needed.get().left());
      ctx.add(r, "hypothesis", "warning", r.id() + (weaker.isPresent() ? " assumes only '"
          + weaker.get().text() + "'" : " does not assume '" + a.text() + "'") + ", but the "
          + "lemmas its proof rests on need '" + a.text() + "'" + use + ": assume '" + a.text()
          + "', or prove those lemmas under '" + (weaker.isPresent() ? weaker.get().text()
          : "the weaker premise") + "'");
    }
    for (GrowthBound g : spec.growthBounds()) {
      Optional<Premise> needed = Premise.parse(g.text());
      if (needed.isEmpty() || stated.stream().anyMatch(p -> p.sameAs(needed.get()))) {
        continue;
      }
      ctx.add(r, "hypothesis", "warning", r.id() + " does not state the premise '" + g.text()
          + "' that its class conclusion needs: add it");
    }
  }

  /** Where a discharged side condition used a bound on {@code variable}, for the message. */
  private static String usedBy(AuditContext ctx, String arch, String variable) {
    for (BlockResult b : ctx.checked.get(arch).folded().blocks().values()) {
      for (NodeResult n : b.nodes()) {
        for (SideCondition s : n.sideConditions()) {
          if (s.status() == SideCondition.Status.DISCHARGED
              && s.instantiated().matches("\\s*" + variable + "\\s*<=\\s*n\\s*")) {
            return " (e.g. " + b.name() + "." + n.name() + " applies " + n.rule().number()
                + " with '" + s.hypothesis() + "' as '" + s.instantiated() + "')";
          }
        }
      }
    }
    return "";
  }

  private static String assumptions(Spec spec) {
    List<String> t = new java.util.ArrayList<>();
    spec.assumptions().forEach(a -> t.add(a.text()));
    return t.isEmpty() ? "no assumptions" : String.join(", ", t);
  }
}
