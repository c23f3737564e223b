package org.depthcert.audit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.depthcert.algebra.DepthTerm;
import org.depthcert.algebra.Verdict;
import org.depthcert.check.CheckResult;
import org.depthcert.check.Checker;
import org.depthcert.check.ClaimResult;
import org.depthcert.check.Finding;
import org.depthcert.fold.Variants;
import org.depthcert.rules.Catalog;
import org.depthcert.spec.ClaimSpec;
import org.depthcert.spec.Spec;

/**
 * Audits a paper (DESIGN.md section 5): folds each architecture with the paper's results as its
 * claims, then runs the six checks (proof arithmetic, statement vs proof, soundness and
 * tightness, cross-references, hypotheses, subjects) and derives the hardness results.
 */
public final class Auditor {
  private Auditor() {}

  public static AuditResult audit(Paper paper, Catalog catalog, ClassCatalog classes) {
    Map<String, LinkedHashMap<String, CheckResult>> readings = new LinkedHashMap<>();
    for (Architecture a : paper.architectures().values()) {
      LinkedHashMap<String, CheckResult> byReading = new LinkedHashMap<>();
      Variants.foldAll(withClaims(paper, a, catalog), catalog)
          .forEach((variant, folded) -> byReading.put(variant, Checker.check(folded)));
      readings.put(a.key(), byReading);
    }
    AuditContext ctx = new AuditContext(paper, classes, readings);
    Map<String, CheckResult> checked = ctx.checked;
    ProofChecks.run(ctx);
    SoundnessCheck.run(ctx);
    ReadingsCheck.run(ctx);
    ProofCoverageCheck.run(ctx);
    CrossReferenceCheck.run(ctx);
    HypothesisCheck.run(ctx);
    PremisesCheck.run(ctx);
    QuantifierCheck.run(ctx);
    DefinitionCheck.run(ctx);
    StepChargeCheck.run(ctx);
    SubjectCheck.run(ctx);
    List<PaperResult> hard = new ArrayList<>();
    List<HardnessCheck.Derivation> derivations = HardnessCheck.run(ctx, hard);
    List<AuditedClaim> claims = new ArrayList<>();
    for (PaperResult r : paper.results()) {
      int h = hard.indexOf(r);
      if (h >= 0) {
        HardnessCheck.Derivation d = derivations.get(h);
        claims.add(new AuditedClaim(r, d.stated(), d.derived(),
            d.holds() ? Verdict.HOLDS : Verdict.UNDECIDED, Optional.empty(), Optional.empty(),
            Optional.empty()));
        continue;
      }
      Optional<ClaimResult> c = ctx.dag(r);
      if (c.isPresent()) {
        String stated = c.get().claim().stated().map(DepthTerm::ascii).orElse("-")
            + c.get().claim().claimedClass().map(k -> " [" + k + "]").orElse("");
        String computed = c.get().computed().ascii() + c.get().claim().claimedClass()
            .map(k -> " [" + checked.get(r.architecture().get()).conclusion().id() + "]")
            .orElse("");
        // a class-only claim (no depth stated, none in its proof) still has a computed depth
        Optional<DepthTerm> statedDepth = c.get().claim().stated();
        claims.add(new AuditedClaim(r, stated, computed, c.get().verdict(), c.get().depth(),
            statedDepth, Optional.of(c.get().computed()), ctx.about(r, ""),
            readingVerdicts(ctx, r)));
      }
    }
    List<Finding> findings = new ArrayList<>(ctx.findings());
    List<String> order = new ArrayList<>();
    paper.results().forEach(r -> order.add(r.id()));
    findings.sort(Comparator.comparingInt(f -> order.indexOf(f.claim())));
    return new AuditResult(paper, checked, List.copyOf(claims), List.copyOf(findings),
        readings);
  }

  /** The result checked in every reading of its architecture's spec, the base first. */
  private static List<ReadingVerdict> readingVerdicts(AuditContext ctx, PaperResult r) {
    List<ReadingVerdict> out = new ArrayList<>();
    for (Map.Entry<String, CheckResult> e : ctx.readings.get(r.architecture().get())
        .entrySet()) {
      ClaimResult c = ctx.dag(r, e.getKey()).orElseThrow();
      out.add(new ReadingVerdict(e.getKey(), e.getValue().folded().spec().readings().label(),
          e.getValue().folded().spec().readings().description(), c.computed(), c.verdict(),
          c.depth()));
    }
    return List.copyOf(out);
  }

  /** The architecture's spec with the paper's results about it as its claims. */
  private static Spec withClaims(Paper paper, Architecture a, Catalog catalog) {
    List<ClaimSpec> claims = new ArrayList<>();
    for (PaperResult r : paper.results()) {
      if (!r.architecture().equals(Optional.of(a.key())) || r.subject().isEmpty()
          || r.statement().problem().isPresent()) {
        continue;
      }
      String subject = r.subject().get();
      if (subject.startsWith("rule:") && catalog.forOp(subject.substring(5)).isEmpty()) {
        throw paper.error(r.path() + ".subject", "unknown op '" + subject.substring(5)
            + "'; known ops: " + String.join(", ", catalog.ops()));
      }
      Optional<String> text = r.statement().depthText()
          .or(() -> r.proof().flatMap(Proof::totalText));
      Optional<DepthTerm> stated = r.statement().depth()
          .or(() -> r.proof().flatMap(Proof::total));
      if (stated.isEmpty() && r.statement().claimedClass().isEmpty()) {
        continue;
      }
      claims.add(new ClaimSpec(r.id(), subject, text, stated, r.statement().claimedClass(),
          r.source(), r.path()));
    }
    return a.spec().withClaims(List.copyOf(claims));
  }
}
