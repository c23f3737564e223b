package org.depthcert.check;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;
import org.depthcert.algebra.Decider;
import org.depthcert.algebra.Decision;
import org.depthcert.algebra.DepthTerm;
import org.depthcert.algebra.Feasibility;
import org.depthcert.algebra.Verdict;
import org.depthcert.fold.BlockResult;
import org.depthcert.fold.Folded;
import org.depthcert.fold.NodeResult;
import org.depthcert.fold.SideCondition;
import org.depthcert.fold.Variants;
import org.depthcert.rules.Catalog;
import org.depthcert.rules.Rule;
import org.depthcert.spec.BlockSpec;
import org.depthcert.spec.ClaimSpec;
import org.depthcert.spec.Spec;

/**
 * Checks every claim of a folded spec: its stated depth against the computed depth of its subject
 * (DESIGN.md section 4) and its stated class against the class conclusion; and reports every
 * violated lemma hypothesis as a finding on the claims about that block.
 */
public final class Checker {
  private Checker() {}

  /**
   * Folds and checks a spec in its base reading and in every variant it declares: the result is
   * the base reading's, with the variants' checks attached.
   */
  public static CheckResult checkAllReadings(Spec spec, Catalog catalog) {
    return checkAllReadings(spec, catalog, false);
  }

  /** As {@link #checkAllReadings(Spec, Catalog)}, every reading checked with {@code strict}. */
  public static CheckResult checkAllReadings(Spec spec, Catalog catalog, boolean strict) {
    LinkedHashMap<String, Folded> all = Variants.foldAll(spec, catalog);
    CheckResult base = check(all.get(""), strict);
    LinkedHashMap<String, CheckResult> variants = new LinkedHashMap<>();
    all.forEach((name, f) -> {
      if (!name.isEmpty()) {
        variants.put(name, check(f, strict));
      }
    });
    return variants.isEmpty() ? base : base.withVariants(variants);
  }

  public static CheckResult check(Folded folded) {
    return check(folded, false);
  }

  /**
   * With {@code strict}, a claim resting on a lemma use whose hypothesis is violated fails
   * (issue #9 class 11); without it, the claim keeps its verdict and lists the uses it rests on.
   */
  public static CheckResult check(Folded folded, boolean strict) {
    Spec spec = folded.spec();
    ViolatedUses violated = ViolatedUses.of(folded);
    ClassConclusion conclusion = Classifier.classify(folded);
    SortedMap<String, BigInteger> witness = witness(folded);
    Decider decider = new Decider(spec.assumptions(), witness);
    List<ClaimResult> claims = new ArrayList<>();
    for (ClaimSpec c : spec.claims()) {
      ClaimResult r = checkClaim(folded, decider, conclusion, c);
      List<String> rests = violated.restingOn(c);
      Verdict v = strict && !rests.isEmpty() ? Verdict.FAILS : r.verdict();
      claims.add(new ClaimResult(r.claim(), r.computed(), r.depth(), r.classVerdict(), v,
          r.note(), rests));
    }
    return new CheckResult(folded, List.copyOf(claims), conclusion,
        List.copyOf(hypothesisFindings(folded)), witness, strict, violated.all().size());
  }

  /**
   * An admissible point over every variable the spec declares or its depths mention (issue #9
   * class 3): counterexamples are completed with it, and the certificate records it so that the
   * verifier sees the domain is not empty. The spec reader already refused sets without one.
   */
  static SortedMap<String, BigInteger> witness(Folded folded) {
    Spec spec = folded.spec();
    Set<String> universe = new TreeSet<>();
    spec.parameters().forEach(p -> universe.add(p.name()));
    universe.addAll(spec.declaredConstants());
    universe.addAll(folded.model().depth().variables());
    folded.blocks().values().forEach(b -> universe.addAll(b.depth().variables()));
    spec.claims().forEach(c -> c.stated().ifPresent(t -> universe.addAll(t.variables())));
    Feasibility.Result r = Feasibility.check(spec.assumptions(), universe);
    if (!r.feasible()) {
      throw spec.error("assumptions", "no integer point found where every assumption holds");
    }
    return r.witness().get();
  }

  private static ClaimResult checkClaim(Folded folded, Decider decider,
      ClassConclusion conclusion, ClaimSpec c) {
    String note = "";
    DepthTerm computed;
    if (c.subject().equals("model")) {
      computed = folded.model().depth();
    } else if (c.subject().startsWith("rule:")) {
      String op = c.subject().substring(5);
      Rule rule = folded.catalog().forOp(op).orElseThrow(() -> folded.spec().error(
          c.path() + ".subject", "unknown op '" + op + "' in subject; known ops: "
              + String.join(", ", folded.catalog().ops())));
      if (rule.isDerived()) {
        computed = folded.proofs().fold(rule).depth();
        note = rule.number() + " (" + rule.id() + ") derived by folding its body";
      } else {
        computed = rule.depth().orElseThrow();
        note = rule.number() + " (" + rule.id() + ") is an axiom taken from " + rule.cites()
            + ": compared with the catalog, not derived";
      }
    } else if (c.subject().contains(".")) {
      int dot = c.subject().indexOf('.');
      BlockResult b = folded.blocks().get(c.subject().substring(0, dot));
      String node = c.subject().substring(dot + 1);
      if (b.spec().inputs().containsKey(node)) {
        // a variant that takes the node as given: it arrives with the block's inputs
        computed = DepthTerm.ZERO;
        note = c.subject() + " is a given input in the reading '"
            + folded.spec().readings().label() + "'";
      } else {
        computed = b.node(node).arrival();
        note = "arrival depth of node " + c.subject();
      }
    } else {
      BlockSpec b = folded.spec().blocks().get(c.subject());
      if (b.isOpaque()) {
        computed = b.opaqueDepth().orElseThrow();
        note = "opaque block: its depth is declared, not computed";
      } else {
        computed = folded.blocks().get(c.subject()).depth();
      }
    }
    Optional<Decision> depth = c.stated().map(s -> decider.decide(computed, s));
    Optional<Verdict> classVerdict = c.claimedClass().map(name -> {
      Optional<ComplexityClass> claimed = ComplexityClass.parse(name);
      if (conclusion.complexityClass().isEmpty() || claimed.isEmpty()) {
        return Verdict.UNDECIDED;
      }
      return conclusion.complexityClass().get().includedIn(claimed.get()) ? Verdict.HOLDS
          : Verdict.UNDECIDED;
    });
    return new ClaimResult(c, computed, depth, classVerdict, combine(depth, classVerdict), note,
        List.of());
  }

  /** FAILS dominates, then UNDECIDED; TIGHT only when the depth is tight and nothing is worse. */
  private static Verdict combine(Optional<Decision> depth, Optional<Verdict> cls) {
    List<Verdict> all = new ArrayList<>();
    depth.ifPresent(d -> all.add(d.verdict()));
    cls.ifPresent(all::add);
    for (Verdict v : List.of(Verdict.FAILS, Verdict.UNDECIDED, Verdict.HOLDS)) {
      if (all.contains(v)) {
        return v;
      }
    }
    return Verdict.TIGHT;
  }

  private static List<Finding> hypothesisFindings(Folded folded) {
    List<Finding> findings = new ArrayList<>();
    for (BlockResult b : folded.blocks().values()) {
      List<String> claimIds = new ArrayList<>();
      for (ClaimSpec c : folded.spec().claims()) {
        if (c.subject().equals(b.name())) {
          claimIds.add(c.id());
        }
      }
      if (claimIds.isEmpty()) {
        for (ClaimSpec c : folded.spec().claims()) {
          if (c.subject().equals("model")) {
            claimIds.add(c.id());
            break;
          }
        }
      }
      for (NodeResult n : b.nodes()) {
        for (SideCondition s : n.sideConditions()) {
          if (s.status() == SideCondition.Status.DISCHARGED) {
            continue;
          }
          String severity = s.status() == SideCondition.Status.VIOLATED ? "warning" : "info";
          String message = b.name() + "." + n.name() + " applies " + n.rule().number() + " ("
              + n.op() + ") whose hypothesis '" + s.hypothesis() + "' becomes '"
              + s.instantiated() + "': " + s.status().name().toLowerCase() + ", " + s.detail();
          for (String id : claimIds.isEmpty() ? List.of("") : claimIds) {
            findings.add(new Finding(id, "hypothesis", severity, message));
          }
        }
      }
    }
    return findings;
  }
}
