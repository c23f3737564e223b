package org.depthcert.verifier;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * Re-checks one claim: its computed depth is its subject's, and its verdicts follow from what
 * the certificate carries (inequality certificates for HOLDS/TIGHT, a counterexample for FAILS).
 */
final class ClaimChecks {
  private final Map<String, BlockInfo> blocks;
  private final Map<String, RuleInfo> rules;
  private final Set<Poly> modelDepth;
  private final Domain domain;
  private final String classId;
  private final boolean strict;
  private final ViolatedUses violated;

  ClaimChecks(Map<String, BlockInfo> blocks, Map<String, RuleInfo> rules, Set<Poly> modelDepth,
      Domain domain, String classId, boolean strict, ViolatedUses violated) {
    this.strict = strict;
    this.violated = violated;
    this.blocks = blocks;
    this.rules = rules;
    this.modelDepth = modelDepth;
    this.domain = domain;
    this.classId = classId;
  }

  /** Returns the claim's overall verdict once every part of it checks. */
  String check(At claim) {
    Set<Poly> computed = Terms.depth(claim.field("computed"));
    Set<Poly> subject = subjectDepth(claim.field("subject"));
    if (!computed.equals(subject)) {
      throw claim.field("computed").reject("computed " + computed + " is not the depth "
          + subject + " of subject " + claim.field("subject").text());
    }
    List<String> verdicts = new ArrayList<>();
    Optional<At> stated = claim.optional("stated");
    if (stated.isPresent()) {
      verdicts.add(depthVerdict(claim, new ArrayList<>(computed),
          new ArrayList<>(Terms.depth(stated.get()))));
    } else {
      absent(claim, "depthVerdict", "certificates", "counterexample", "slack", "excess");
    }
    Optional<At> claimed = claim.optional("claimedClass");
    if (claimed.isPresent()) {
      String expected = classVerdict(claimed.get().text());
      At cv = claim.field("classVerdict");
      if (!cv.text().equals(expected)) {
        throw cv.reject("class " + classId + " against claimed " + claimed.get().text()
            + " gives " + expected + ", not " + cv.text());
      }
      verdicts.add(expected);
    } else {
      absent(claim, "classVerdict");
    }
    String overall = "TIGHT";
    for (String v : List.of("FAILS", "UNDECIDED", "HOLDS")) {
      if (verdicts.contains(v)) {
        overall = v;
        break;
      }
    }
    // issue #9 class 11: the violated lemma uses the claim rests on; under --strict it fails
    List<String> rests = violated.restingOn(claim.field("subject").text(), claimed.isPresent());
    List<String> listed = claim.field("restsOnViolated").elements().stream().map(At::text)
        .toList();
    if (!listed.equals(rests)) {
      throw claim.field("restsOnViolated").reject("the claim rests on " + rests);
    }
    if (strict && !rests.isEmpty()) {
      overall = "FAILS";
    }
    if (!claim.field("verdict").text().equals(overall)) {
      throw claim.field("verdict").reject("the claim's parts give " + overall + ", not "
          + claim.field("verdict").text());
    }
    return overall;
  }

  private Set<Poly> subjectDepth(At subject) {
    String s = subject.text();
    if (s.equals("model")) {
      return modelDepth;
    }
    if (s.startsWith("rule:")) {
      String op = s.substring(5);
      return rules.values().stream().filter(r -> r.ops().contains(op)).findFirst()
          .orElseThrow(() -> subject.reject("no rule for op '" + op + "' in the rules section"))
          .depth();
    }
    int dot = s.indexOf('.');
    BlockInfo b = blocks.get(dot < 0 ? s : s.substring(0, dot));
    if (b == null) {
      throw subject.reject("unknown subject '" + s + "'");
    }
    if (dot < 0) {
      return b.depth();
    }
    Set<Poly> arrival = b.arrivals().get(s.substring(dot + 1));
    if (arrival == null) {
      throw subject.reject("unknown node in subject '" + s + "'");
    }
    return arrival;
  }

  private String depthVerdict(At claim, List<Poly> computed, List<Poly> stated) {
    At verdict = claim.field("depthVerdict");
    boolean single = computed.size() == 1 && stated.size() == 1;
    Poly difference = single ? stated.get(0).minus(computed.get(0)) : Poly.ZERO;
    boolean equal = new HashSet<>(computed).equals(new HashSet<>(stated));
    switch (verdict.text()) {
      case "TIGHT":
      case "HOLDS":
        if (equal != verdict.text().equals("TIGHT")) {
          throw verdict.reject(equal ? "computed equals stated: the verdict is TIGHT"
              : "computed differs from stated: TIGHT needs equality");
        }
        checkCertificates(claim.field("certificates"), computed, stated);
        absent(claim, "counterexample", "excess");
        expectDifference(claim, "slack", single, difference);
        break;
      case "FAILS":
        checkCounterexample(claim.field("counterexample"), computed, stated);
        noCertificates(claim);
        expectDifference(claim, "excess", single, difference.negate());
        absent(claim, "slack");
        break;
      case "UNDECIDED":
        // Nothing is asserted, so nothing is to be checked but that no witness is implied.
        noCertificates(claim);
        absent(claim, "counterexample", "slack");
        expectDifference(claim, "excess", single, difference.negate());
        break;
      default:
        throw verdict.reject("unknown verdict '" + verdict.text() + "'");
    }
    boolean holds = verdict.text().equals("TIGHT") || verdict.text().equals("HOLDS");
    if (holds) {
      absent(claim, "search", "holdsIf", "holdsIfCheck");
    } else {
      // issue #9 class 5: the search is recorded, and an UNDECIDED must survive its re-run
      At search = claim.field("search");
      List<String> vars = SearchRerun.variables(search, computed, stated, domain);
      if (verdict.text().equals("UNDECIDED")) {
        Map<String, BigInteger> hit =
            SearchRerun.violation(vars, computed, stated, domain, domain.witness());
        if (hit != null) {
          throw verdict.reject("the recorded search finds a counterexample " + hit
              + ": the verdict is FAILS, not UNDECIDED");
        }
      }
      HoldsIfCheck.check(claim, computed, stated, domain);
    }
    return verdict.text();
  }

  private void checkCertificates(At certs, List<Poly> computed, List<Poly> stated) {
    List<At> all = certs.elements();
    if (all.size() != computed.size()) {
      throw certs.reject("expected one certificate per computed term (" + computed.size()
          + "), found " + all.size());
    }
    Set<Poly> covered = new HashSet<>();
    for (At c : all) {
      Poly t = InequalityCertificate.check(c, stated, domain.assumptions());
      if (!computed.contains(t) || !covered.add(t)) {
        throw c.field("term").reject(t + " is not a distinct computed term");
      }
    }
  }

  /** A counterexample: integers >= 1 for every variable, admissible, computed > stated there. */
  private void checkCounterexample(At at, List<Poly> computed, List<Poly> stated) {
    Map<String, BigInteger> point = Terms.point(at);
    // a full admissible point (issue #9 class 3): every declared variable, every assumption
    Set<String> needed = new java.util.TreeSet<>(domain.witness().keySet());
    List<Poly> all = new ArrayList<>(computed);
    all.addAll(stated);
    all.forEach(p -> needed.addAll(p.variables()));
    Domain.checkFullPoint(at, point, needed, domain.assumptions());
    BigFraction c = max(computed, point);
    BigFraction s = max(stated, point);
    if (c.compareTo(s) <= 0) {
      throw at.reject("computed " + Rationals.text(c) + " does not exceed stated "
          + Rationals.text(s) + " at this point");
    }
  }

  private static BigFraction max(List<Poly> terms, Map<String, BigInteger> point) {
    BigFraction best = terms.get(0).evaluate(point);
    for (Poly t : terms) {
      BigFraction v = t.evaluate(point);
      best = v.compareTo(best) > 0 ? v : best;
    }
    return best;
  }

  private static void noCertificates(At claim) {
    if (!claim.field("certificates").elements().isEmpty()) {
      throw claim.field("certificates").reject("no certificate goes with this verdict");
    }
  }

  /** slack = stated - computed (excess = computed - stated), present exactly for single terms. */
  private static void expectDifference(At claim, String field, boolean single, Poly expected) {
    Optional<At> at = claim.optional(field);
    if (!single) {
      absent(claim, field);
      return;
    }
    if (at.isEmpty()) {
      throw new Rejected(claim.path() + "." + field, "missing");
    }
    At present = at.get();
    Poly p = Terms.polynomial(present);
    if (!p.equals(expected)) {
      throw present.reject(field + " " + p + " is not " + expected);
    }
  }

  private static void absent(At claim, String... fields) {
    for (String f : fields) {
      if (claim.has(f)) {
        throw claim.field(f).reject("unexpected with this verdict");
      }
    }
  }

  /**
   * HOLDS when the concluded class is included in the claimed one along the chain
   * NC^i ⊆ AC^i ⊆ TC^i ⊆ NC^(i+1) (Fact 3.15 of the seed paper), otherwise UNDECIDED.
   */
  private String classVerdict(String claimed) {
    Optional<Integer> have = ClassChecks.position(classId);
    Optional<Integer> want = ClassChecks.position(claimed);
    return have.isPresent() && want.isPresent() && have.get() <= want.get() ? "HOLDS"
        : "UNDECIDED";
  }
}
