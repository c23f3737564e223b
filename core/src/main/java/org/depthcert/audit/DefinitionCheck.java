package org.depthcert.audit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.depthcert.check.ClaimResult;
import org.depthcert.check.VerdictWords;
import org.depthcert.fold.BlockResult;
import org.depthcert.spec.SpecReadings;
import org.depthcert.spec.VariantSpec;

/**
 * Gap check "definition vs proof": a proof that computes a quantity the statement's definition
 * takes as given (Definition 3.30: "Given input matrices Q, K1, K2, V1, V2"; the proof of
 * Lemma 4.5 computes Q := Z W_Q) is about another construction than the statement; a proof step
 * that uses a symbol no definition of the paper introduces (Z) cannot be read against any. When
 * the spec declares a variant that takes the definition's given nodes as given, the finding
 * names it and the statement's verdict there.
 */
final class DefinitionCheck {
  private DefinitionCheck() {}

  static void run(AuditContext ctx) {
    Set<String> introduced = new TreeSet<>();
    for (PaperResult d : ctx.paper.results()) {
      introduced.addAll(d.given());
      introduced.addAll(d.introduces());
    }
    for (PaperResult r : ctx.paper.results()) {
      if (r.proof().isEmpty()) {
        continue;
      }
      Optional<PaperResult> def = r.definition().flatMap(ctx.paper::result);
      def.ifPresent(d -> givenComputed(ctx, r, d));
      if (!introduced.isEmpty()) {
        unknownSymbols(ctx, r, introduced);
      }
    }
  }

  private static void givenComputed(AuditContext ctx, PaperResult r, PaperResult d) {
    if (d.given().isEmpty() || r.subject().isEmpty() || r.architecture().isEmpty()) {
      return;
    }
    String subject = r.subject().get();
    String blockName = subject.contains(".") ? subject.substring(0, subject.indexOf('.'))
        : subject;
    BlockResult b = ctx.checked.get(r.architecture().get()).folded().blocks().get(blockName);
    if (b == null) {
      return;
    }
    Set<String> direct = new LinkedHashSet<>();
    Set<String> cited = new LinkedHashSet<>();
    List<String> via = new ArrayList<>();
    for (ProofStep s : r.proof().get().steps()) {
      s.nodes().stream().filter(d.given()::contains).forEach(direct::add);
      for (String id : s.cites()) {
        Optional<PaperResult> c = ctx.paper.result(id);
        if (c.isPresent() && c.get().architecture().equals(r.architecture())
            && c.get().subject().filter(x -> x.startsWith(blockName + ".")).isPresent()) {
          Set<String> up = BlockNodes.ancestors(b,
              c.get().subject().get().substring(blockName.length() + 1));
          List<String> hit = new ArrayList<>(d.given());
          hit.retainAll(up);
          if (!hit.isEmpty()) {
            cited.addAll(hit);
            via.add(id);
          }
        }
      }
    }
    cited.removeAll(direct);
    if (direct.isEmpty() && cited.isEmpty()) {
      return;
    }
    List<String> parts = new ArrayList<>();
    if (!direct.isEmpty()) {
      parts.add("computes " + String.join(", ", direct));
    }
    if (!cited.isEmpty()) {
      parts.add("computes " + String.join(", ", cited) + " through " + String.join(", ", via));
    }
    ctx.add(r, "definition", "warning", r.id() + " is about " + d.id() + ", which takes "
        + String.join(", ", d.given()) + " as given, but its proof " + String.join(" and ",
        parts) + ": the proof is about another construction than the statement's definition"
        + variant(ctx, r, blockName, d) + ". Say which reading the statement is about and "
        + "prove it for that construction");
  }

  /** " (the spec's variant 'as-defined' is the definition's reading: there ... holds)". */
  private static String variant(AuditContext ctx, PaperResult r, String block, PaperResult d) {
    SpecReadings readings = ctx.checked.get(r.architecture().get()).folded().spec().readings();
    for (VariantSpec v : readings.variants()) {
      boolean all = d.given().stream().allMatch(g -> v.given().contains(block + "." + g));
      if (!all) {
        continue;
      }
      Optional<ClaimResult> c = ctx.dag(r, v.name());
      String verdict = c.map(x -> "; there " + r.id() + " needs " + x.computed().ascii()
          + " and " + VerdictWords.phrase(x.verdict())).orElse("");
      return " (the spec's variant '" + v.name() + "' is the definition's reading" + verdict
          + ")";
    }
    return " (no variant of the spec takes them as given: declare one to check the statement"
        + " as defined)";
  }

  private static void unknownSymbols(AuditContext ctx, PaperResult r, Set<String> introduced) {
    Set<String> unknown = new LinkedHashSet<>();
    String where = "";
    for (ProofStep s : r.proof().get().steps()) {
      for (String u : s.uses()) {
        if (!introduced.contains(u) && unknown.add(u) && where.isEmpty()) {
          where = s.computes();
        }
      }
    }
    if (unknown.isEmpty()) {
      return;
    }
    String defined = r.definition().map(x -> " (" + r.id() + " is about " + x + ")").orElse("");
    ctx.add(r, "definition", "warning", r.id() + "'s proof uses " + String.join(", ", unknown)
        + " (in '" + where + "'), which no definition of the paper introduces" + defined
        + ": name the input the definition gives, or define it");
  }
}
