package org.depthcert.fold;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.WeakHashMap;
import org.depthcert.algebra.Decider;
import org.depthcert.algebra.Decision;
import org.depthcert.algebra.DepthTerm;
import org.depthcert.algebra.TermCertificate;
import org.depthcert.rules.Catalog;
import org.depthcert.rules.Rule;
import org.depthcert.spec.SpecError;

/**
 * Folds derived lemmas' bodies once each per catalog and process: the fold is the lemma's proof,
 * and its depth and size are what a use of the lemma costs in tight mode. A body's fold and its
 * statement's proof depend on the catalog alone (no spec, no assumptions), so every reading of a
 * spec, and every spec checked in one run, shares them: a spec with two readings folded each
 * derived lemma twice.
 */
public final class RuleProofs {
  /** Per catalog (by identity; dropped with it): folds and statement proofs by rule id. */
  private static final Map<Catalog, Proved> PROVED = new WeakHashMap<>();

  private final Catalog catalog;
  private final Proved proved;
  private final Set<String> inProgress = new HashSet<>();

  public RuleProofs(Catalog catalog) {
    this.catalog = catalog;
    synchronized (PROVED) {
      this.proved = PROVED.computeIfAbsent(catalog, c -> new Proved());
    }
  }

  /** What is known about one catalog's derived lemmas; each map guarded by itself. */
  private static final class Proved {
    final Map<String, BlockResult> folds = new HashMap<>();
    final Map<String, List<TermCertificate>> statements = new HashMap<>();
  }

  /**
   * The proof that a derived lemma's statement is at least its body's fold (issue #9 class 2):
   * one certificate per term of the fold, with no assumptions (pattern variables and depth
   * constants are >= 1). A statement below its fold is a bad catalog: exit 2 naming both.
   */
  public List<TermCertificate> statedProof(Rule rule) {
    List<TermCertificate> done;
    synchronized (proved.statements) {
      done = proved.statements.get(rule.id());
    }
    if (done != null) {
      return done;
    }
    DepthTerm fold = fold(rule).depth();
    DepthTerm stated = rule.stated().orElseThrow();
    Decision d = new Decider(List.of()).decide(fold, stated);
    if (!d.holds()) {
      throw new SpecError(rule.file(), 0, rule.path() + ".stated", rule.number()
          + " is used modularly, but its statement " + stated.ascii() + " is not proved by its "
          + "body: the body folds to " + fold.ascii() + " (" + d.verdict().name()
          + (d.counterexample().isPresent() ? " at " + d.counterexample().get() : "") + ")");
    }
    synchronized (proved.statements) {
      proved.statements.put(rule.id(), d.certificates());
    }
    return d.certificates();
  }

  public BlockResult fold(Rule rule) {
    BlockResult r;
    synchronized (proved.folds) {
      r = proved.folds.get(rule.id());
    }
    if (r != null) {
      return r;
    }
    if (!inProgress.add(rule.id())) {
      throw catalog.error(rule.file(), rule.path(), rule.number() + " uses itself in its body");
    }
    try {
      BlockFolder folder = new BlockFolder(catalog, this, Optional.empty(),
          new Decider(List.of()), (path, msg) -> catalog.error(rule.file(), path, msg));
      r = folder.fold(rule.body().orElseThrow());
      synchronized (proved.folds) {
        proved.folds.put(rule.id(), r);
      }
      return r;
    } finally {
      inProgress.remove(rule.id());
    }
  }
}
