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
import org.depthcert.fold.Folder;
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
    Map<String, CheckResult> checked = new LinkedHashMap<>();
    for (Architecture a : paper.architectures().values()) {
      checked.put(a.key(), Checker.check(Folder.fold(withClaims(paper, a, catalog), catalog)));
    }
    AuditContext ctx = new AuditContext(paper, classes, checked);
    ProofChecks.run(ctx);
    SoundnessCheck.run(ctx);
    ProofCoverageCheck.run(ctx);
    CrossReferenceCheck.run(ctx);
    HypothesisCheck.run(ctx);
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
            statedDepth, Optional.of(c.get().computed())));
      }
    }
    List<Finding> findings = new ArrayList<>(ctx.findings());
    List<String> order = new ArrayList<>();
    paper.results().forEach(r -> order.add(r.id()));
    findings.sort(Comparator.comparingInt(f -> order.indexOf(f.claim())));
    return new AuditResult(paper, checked, List.copyOf(claims), List.copyOf(findings));
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
    Spec s = a.spec();
    return new Spec(s.file(), s.sha256(), s.title(), s.description(), s.source(),
        s.parameters(), s.declaredConstants(), s.assumptions(), s.growthBounds(), s.blocks(),
        s.model(), List.copyOf(claims), s.tree());
  }
}
