package org.depthcert.audit;

import java.util.Optional;

/**
 * Check 6 of DESIGN.md section 5: a result whose statement names another architecture than the
 * one its section and proof are about, and a result about architecture X whose proof cites a
 * result about architecture Y (results about a generic operation, rule:..., fit every
 * architecture). A remark that sums up several theorems may cite results about several
 * architectures.
 */
final class SubjectCheck {
  private SubjectCheck() {}

  static void run(AuditContext ctx) {
    for (PaperResult r : ctx.paper.results()) {
      if (r.architecture().isEmpty()) {
        continue;
      }
      String arch = r.architecture().get();
      Optional<String> names = r.statement().names();
      if (names.isPresent() && !names.get().equals(arch)) {
        ctx.add(r, "subject", "warning", r.id() + " (Section " + r.section() + ") is about the "
            + ctx.archName(arch) + " and its proof uses results about it, but its statement "
            + "names the " + ctx.archName(names.get()) + ": say '" + ctx.archName(arch) + "'");
      }
      // A remark summarising several theorems (e.g. "In Theorem 4.7 and Theorem 5.7, ...") may
      // cite results about several architectures: only its own statement is checked.
      for (String id : r.kind().equals("remark") ? java.util.List.<String>of() : r.allCites()) {
        Optional<PaperResult> c = ctx.paper.result(id);
        if (c.isEmpty() || !c.get().isArchitectureLevel()
            || c.get().architecture().get().equals(arch)) {
          continue;
        }
        String other = c.get().architecture().get();
        StringBuilder m = new StringBuilder(r.id() + " is about the " + ctx.archName(arch)
            + " but its proof cites " + c.get().id() + ", which is about the "
            + ctx.archName(other));
        counterpart(ctx, c.get(), arch).ifPresent(x -> m.append("; the matching result for the ")
            .append(ctx.archName(arch)).append(" is ").append(x.id()));
        if (r.statement().problem().isPresent() && !hardness(ctx, other,
            r.statement().problem().get())) {
          m.append("; no result states that the ").append(ctx.archName(other))
              .append(" cannot solve ").append(r.statement().problem().get())
              .append(", so ").append(r.id()).append(" was probably meant to be about it");
        }
        m.append(": make the statement and the citation name the same architecture");
        ctx.add(r, "subject", "warning", m.toString());
      }
    }
  }

  /** A result of the same kind and shape as {@code c} about architecture {@code arch}. */
  private static Optional<PaperResult> counterpart(AuditContext ctx, PaperResult c, String arch) {
    return ctx.paper.results().stream()
        .filter(x -> x.architecture().equals(Optional.of(arch)) && x.kind().equals(c.kind())
            && x.subject().equals(c.subject())
            && x.statement().claimedClass().isPresent() == c.statement().claimedClass().isPresent()
            && x.statement().problem().isPresent() == c.statement().problem().isPresent()
            && x.statement().depth().isPresent() == c.statement().depth().isPresent())
        .findFirst();
  }

  private static boolean hardness(AuditContext ctx, String arch, String problem) {
    return ctx.paper.results().stream().anyMatch(x -> x.architecture()
        .equals(Optional.of(arch)) && x.statement().problem().equals(Optional.of(problem))
        && x.statement().complete().isEmpty());
  }
}
