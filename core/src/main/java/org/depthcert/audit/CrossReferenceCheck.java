package org.depthcert.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.depthcert.algebra.DepthTerm;
import org.depthcert.algebra.Polynomial;

/**
 * Check 4 of DESIGN.md section 5: every cited id is a result of the paper, and a step that cites
 * one result charges what that result states (or a whole multiple of it: a step may apply a lemma
 * k times in sequence, as "2(d_std + d_sum) by Lemma 4.1" applies it twice).
 */
final class CrossReferenceCheck {
  /** Largest number of sequential applications of one lemma a single step is read as. */
  private static final int MAX_APPLICATIONS = 8;

  private CrossReferenceCheck() {}

  static void run(AuditContext ctx) {
    for (PaperResult r : ctx.paper.results()) {
      for (String id : r.allCites()) {
        if (ctx.paper.result(id).isEmpty()) {
          ctx.add(r, "cross-reference", "warning", r.id() + " cites " + id + ", which the paper "
              + "does not state" + similar(ctx, id) + ": fix the reference");
        }
      }
      r.proof().ifPresent(p -> p.steps().forEach(s -> step(ctx, r, s)));
    }
  }

  private static void step(AuditContext ctx, PaperResult r, ProofStep s) {
    List<PaperResult> cited = new ArrayList<>();
    for (String id : s.cites()) {
      ctx.paper.result(id).ifPresent(cited::add);
    }
    if (s.cites().size() != 1 || cited.size() != 1) {
      return;
    }
    PaperResult c = cited.get(0);
    Optional<DepthTerm> value = c.statement().depth();
    if (value.isEmpty()) {
      return;
    }
    for (int k = 1; k <= MAX_APPLICATIONS; k++) {
      if (value.get().times(Polynomial.constant(k)).equals(s.depth())) {
        return;
      }
    }
    boolean fromProof = c.proof().flatMap(Proof::total).equals(Optional.of(s.depth()));
    ctx.add(r, "cross-reference", "warning", r.id() + "'s proof step '" + s.computes()
        + "' charges " + s.depth().ascii() + " citing " + c.id() + ", but " + c.id()
        + " states " + value.get().ascii() + (fromProof ? ": the step takes the total of "
            + c.id() + "'s proof, not its statement; correct " + c.id() + "'s statement or"
            + " this step so that they agree" : ": charge " + value.get().ascii()
            + " (and update the total), or cite the result that gives " + s.depth().ascii()));
  }

  /** Results sharing the cited number, e.g. Corollary 3.5 for "Lemma 3.5 Part 1". */
  private static String similar(AuditContext ctx, String id) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\d+(\\.\\d+)+").matcher(id);
    if (!m.find()) {
      return "";
    }
    String number = m.group();
    List<String> same = new ArrayList<>();
    for (PaperResult x : ctx.paper.results()) {
      if (x.id().matches(".*\\b" + java.util.regex.Pattern.quote(number) + "\\b.*")) {
        same.add(x.id() + (x.source().isEmpty() ? "" : " (" + x.source() + ")"));
      }
    }
    return same.isEmpty() ? " (no result is numbered " + number + ")"
        : " (numbered " + number + " it has only " + String.join(", ", same) + ")";
  }
}
