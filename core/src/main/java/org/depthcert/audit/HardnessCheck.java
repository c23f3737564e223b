package org.depthcert.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.depthcert.check.ClassConclusion;

/**
 * Derives each hardness theorem ("the architecture cannot solve P unless K = C") from the class
 * conclusion of its architecture's DAG (K), the catalog's completeness of P for C, the inclusion
 * K ⊆ C (Fact 3.15) and the premise K != C; and checks what the theorem states and cites: the
 * separation premise, the premises of its class theorem, a completeness result for the same
 * problem and class, and an inclusion fact. Completeness results are checked against the catalog.
 */
final class HardnessCheck {
  private HardnessCheck() {}

  /** The derivation of one result, for the claims table: the verdict and how it was derived. */
  record Derivation(boolean holds, String stated, String derived) {}

  static List<Derivation> run(AuditContext ctx, List<PaperResult> out) {
    List<Derivation> derivations = new ArrayList<>();
    for (PaperResult r : ctx.paper.results()) {
      if (r.statement().problem().isEmpty()) {
        continue;
      }
      String problemId = r.statement().problem().get();
      ClassCatalog.Problem problem = ctx.classes.problem(problemId).orElseThrow(() ->
          ctx.paper.error(r.path() + ".statement.problem", "unknown problem '" + problemId
              + "'; the class catalog knows " + String.join(", ", ctx.classes.problemIds())));
      out.add(r);
      derivations.add(r.statement().complete().isPresent() ? completeness(ctx, r, problem)
          : hardness(ctx, r, problem));
    }
    return derivations;
  }

  private static Derivation completeness(AuditContext ctx, PaperResult r,
      ClassCatalog.Problem p) {
    String stated = p.id() + " is " + r.statement().complete().get() + "-complete";
    boolean agrees = r.statement().complete().get().equals(p.complete());
    if (!agrees) {
      ctx.add(r, "cross-reference", "warning", r.id() + " says " + stated + " but "
          + p.reference() + " shows it " + p.complete() + "-complete: correct the class");
    }
    return new Derivation(agrees, stated, p.complete() + "-complete by " + p.reference());
  }

  private static Derivation hardness(AuditContext ctx, PaperResult r, ClassCatalog.Problem p) {
    String c = p.complete();
    String stated = "cannot solve " + p.id();
    Optional<PaperResult> classThm = cited(ctx, r, x -> x.statement().claimedClass().isPresent()
        && x.statement().problem().isEmpty());
    Optional<PaperResult> complete = cited(ctx, r,
        x -> x.statement().problem().isPresent() && x.statement().complete().isPresent());
    boolean fact = cited(ctx, r, PaperResult::inclusions).isPresent();
    ClassConclusion conclusion = ctx.checked.get(r.architecture().orElseThrow(() ->
        ctx.paper.error(r.path(), "a hardness result needs 'architecture'"))).conclusion();
    if (classThm.isEmpty()) {
      ctx.add(r, "cross-reference", "warning", r.id() + " cites no result putting the "
          + ctx.archName(r.architecture().get()) + " in a class: cite its class theorem");
    }
    if (complete.isEmpty()) {
      ctx.add(r, "cross-reference", "warning", r.id() + " cites no result showing that " + p.id()
          + " is " + c + "-complete: cite " + p.reference());
    } else if (!complete.get().statement().problem().equals(Optional.of(p.id()))) {
      ctx.add(r, "cross-reference", "warning", r.id() + " is about " + p.id() + " but cites "
          + complete.get().id() + ", which is about " + complete.get().statement().problem()
          .get() + ": cite " + p.reference());
    }
    String k = classThm.flatMap(t -> t.statement().claimedClass())
        .orElse(conclusion.id());
    boolean separated = r.statement().premises().stream().anyMatch(x ->
        x.kind() == Premise.Kind.SEPARATION && x.left().equals(k) && x.right().equals(c));
    if (!separated) {
      ctx.add(r, "hypothesis", "warning", r.id() + " needs the premise " + k + " != " + c
          + " (the architecture is in " + k + ", " + p.id() + " is " + c + "-complete): state"
          + " it");
    }
    boolean included = ctx.classes.included(k, c);
    if (!fact && !k.equals(c)) {
      ctx.add(r, "cross-reference", "warning", r.id() + " needs " + k + " ⊆ " + c
          + " and cites no inclusion fact: cite Fact 3.15 ([Vol99] Corollary 4.35)");
    }
    classThm.ifPresent(t -> {
      for (Premise needed : t.statement().premises()) {
        if (needed.kind() != Premise.Kind.SEPARATION && r.statement().premises().stream()
            .noneMatch(x -> x.sameAs(needed))) {
          ctx.add(r, "hypothesis", "warning", r.id() + " does not state the premise '"
              + needed.text() + "' of " + t.id() + ", which it rests on: add it");
        }
      }
    });
    boolean holds = conclusion.complexityClass().isPresent() && conclusion.id().equals(k)
        && included && separated;
    String derived = conclusion.complexityClass().isPresent()
        ? "DAG in " + conclusion.id() + "; " + p.id() + " " + c + "-complete (" + p.reference()
            + "); " + k + (included ? " ⊆ " : " not ⊆ ") + c + " (Fact 3.15)"
            + (separated ? "; " + k + " != " + c + " assumed" : "; no separation premise")
        : "no class follows from the DAG";
    return new Derivation(holds, stated, derived);
  }

  private static Optional<PaperResult> cited(AuditContext ctx, PaperResult r,
      java.util.function.Predicate<PaperResult> p) {
    for (String id : r.allCites()) {
      Optional<PaperResult> x = ctx.paper.result(id);
      if (x.isPresent() && p.test(x.get())) {
        return x;
      }
    }
    return Optional.empty();
  }
}
