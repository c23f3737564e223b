package org.depthcert.audit;

import java.util.Map;
import org.depthcert.algebra.Polynomial;
import org.depthcert.check.CheckResult;
import org.depthcert.spec.ModelItem;
import org.depthcert.spec.Spec;

/**
 * Gap check "quantifier coverage": a hypothesis on the blocks g_i stated for i in an index set
 * ({@code assumes: {g: "i in [m]"}}) must cover every application of g in the architecture's
 * model. Definition 3.31's Transformer is g_m ∘ Attn_m ∘ ... ∘ g_1 ∘ Attn_1 ∘ g_0: m+1
 * applications, so "for every i in [m]" leaves g_0 without a depth.
 */
final class QuantifierCheck {
  private QuantifierCheck() {}

  static void run(AuditContext ctx) {
    for (PaperResult r : ctx.paper.results()) {
      if (r.statement().assumes().isEmpty() || r.architecture().isEmpty()) {
        continue;
      }
      CheckResult checked = ctx.checked.get(r.architecture().get());
      Spec spec = checked.folded().spec();
      for (Map.Entry<String, String> e : r.statement().assumes().entrySet()) {
        IndexSet set = IndexSet.parse(e.getValue()).orElseThrow();
        Polynomial applied = applications(spec.model(), e.getKey());
        Polynomial uncovered = applied.minus(set.size());
        if (uncovered.isZero() || !uncovered.isNonNegativeCoefficientwise()) {
          continue;
        }
        String block = e.getKey();
        String left = set.low() == 1 && uncovered.equals(Polynomial.ONE)
            ? block + "_0 is" : uncovered.ascii() + " of them are";
        ctx.add(r, "quantifier", "warning", r.id() + " assumes the depth of " + block + "_i "
            + "only for " + e.getValue() + " (" + set.size().ascii() + " blocks: "
            + set.members(block) + "), but the model applies " + block + " " + applied.ascii()
            + " times (" + checked.folded().model().composition() + "), so " + left
            + " not covered by the hypothesis" + charged(r, applied) + ": state the hypothesis "
            + "for i in {0, ..., " + set.high() + "}");
      }
    }
  }

  /** How many times the model applies {@code block}, as a polynomial in the repeat counts. */
  static Polynomial applications(java.util.List<ModelItem> items, String block) {
    Polynomial n = Polynomial.ZERO;
    for (ModelItem item : items) {
      if (item instanceof ModelItem.BlockStep) {
        if (((ModelItem.BlockStep) item).block().equals(block)) {
          n = n.plus(Polynomial.ONE);
        }
      } else {
        ModelItem.Repeat rep = (ModelItem.Repeat) item;
        n = n.plus(applications(rep.body(), block).times(rep.count()));
      }
    }
    return n;
  }

  /** ", although its proof charges (m + 1) of them" when a proof step counts them all. */
  private static String charged(PaperResult r, Polynomial applied) {
    for (ProofStep s : r.proof().map(Proof::steps).orElse(java.util.List.of())) {
      if (s.times().equals(applied)) {
        return ", although its proof counts " + applied.ascii() + " of them ('" + s.computes()
            + "', (" + applied.ascii() + ") x " + s.depth().ascii() + ")";
      }
    }
    return "";
  }
}
