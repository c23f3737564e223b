package org.depthcert.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.depthcert.check.Finding;
import org.depthcert.spec.Parameter;

/**
 * Gap check "hypotheses do not propagate": a result's stated premises must include what the
 * results its proof applies require, directly or through the results those rest on (Lemma 4.5
 * assumes only p <= poly(n) but applies Lemma 4.1, which needs d <= n). Only premises on the
 * architecture's parameters propagate (n_1, n_2 in Lemma 4.1 name its own matrices' sizes; their
 * instances are checked by the hypothesis check against the DAG). A premise is implied by one on
 * the same parameter that is at least as strong: O(1) implies n, n implies O(n), O(n) implies
 * poly(n). Runs on results whose paper file transcribes their premises ({@code premises:}, even
 * empty), and stays silent where the hypothesis check already reports the same premise.
 */
final class PremisesCheck {
  private PremisesCheck() {}

  static void run(AuditContext ctx) {
    for (PaperResult r : ctx.paper.results()) {
      if (r.proof().isEmpty() || !r.statement().premisesStated() || r.architecture().isEmpty()) {
        continue;
      }
      Set<String> params = new TreeSet<>();
      for (Parameter p : ctx.paper.architectures().get(r.architecture().get()).spec()
          .parameters()) {
        params.add(p.name());
      }
      LinkedHashMap<String, List<String>> missing = new LinkedHashMap<>();
      Set<String> seen = new TreeSet<>();
      for (ProofStep s : r.proof().get().steps()) {
        for (String id : s.cites()) {
          collect(ctx, r, id, new ArrayList<>(List.of(id)), seen, params, missing);
        }
      }
      for (Map.Entry<String, List<String>> e : missing.entrySet()) {
        if (reported(ctx, r, e.getKey())) {
          continue;
        }
        List<String> chain = e.getValue();
        StringBuilder via = new StringBuilder(chain.get(0));
        for (int i = 1; i < chain.size(); i++) {
          via.append(", which rests on ").append(chain.get(i));
        }
        ctx.add(r, "premises", "warning", r.id() + " assumes " + stated(r) + ", but its proof "
            + "applies " + via + ", which needs '" + e.getKey() + "': add '" + e.getKey()
            + "' to the premises of " + r.id() + ", or show that every application satisfies "
            + "it");
      }
    }
  }

  private static void collect(AuditContext ctx, PaperResult r, String id, List<String> chain,
      Set<String> seen, Set<String> params, Map<String, List<String>> missing) {
    Optional<PaperResult> c = ctx.paper.result(id);
    if (c.isEmpty() || !seen.add(id) || c.get().id().equals(r.id())) {
      return;
    }
    for (Premise p : c.get().statement().premises()) {
      if (p.kind() != Premise.Kind.SEPARATION && params.contains(p.left())
          && !implied(r.statement().premises(), p)) {
        missing.putIfAbsent(p.text(), List.copyOf(chain));
      }
    }
    for (ProofStep s : c.get().proof().map(Proof::steps).orElse(List.of())) {
      for (String next : s.cites()) {
        List<String> longer = new ArrayList<>(chain);
        longer.add(next);
        collect(ctx, r, next, longer, seen, params, missing);
      }
    }
  }

  /** True when some stated premise bounds the same parameter at least as tightly. */
  static boolean implied(List<Premise> stated, Premise needed) {
    for (Premise q : stated) {
      if (q.sameAs(needed)) {
        return true;
      }
      if (q.left().equals(needed.left()) && rank(q.right()) >= 0 && rank(needed.right()) >= 0
          && rank(q.right()) <= rank(needed.right())) {
        return true;
      }
    }
    return false;
  }

  /** Strength of a bound: O(1) < n < O(n) < poly(n); -1 for one not on this scale. */
  private static int rank(String bound) {
    switch (bound) {
      case "O(1)":
      case "1":
        return 0;
      case "n":
        return 1;
      case "O(n)":
        return 2;
      case "poly(n)":
        return 3;
      default:
        return -1;
    }
  }

  private static String stated(PaperResult r) {
    List<String> texts = new ArrayList<>();
    r.statement().premises().forEach(p -> texts.add("'" + p.text() + "'"));
    return texts.isEmpty() ? "no premise" : "only " + String.join(", ", texts);
  }

  /** The hypothesis check already said this result misses this premise. */
  private static boolean reported(AuditContext ctx, PaperResult r, String premise) {
    for (Finding f : ctx.findings()) {
      if (f.claim().equals(r.id()) && f.check().equals("hypothesis")
          && f.message().contains("need '" + premise + "'")) {
        return true;
      }
    }
    return false;
  }
}
