package org.depthcert.verifier;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * Checks a claim's {@code holdsIf} (issue #9 class 5): it is never an unchecked text. Its
 * {@code holdsIfCheck} lists the conditions {@code lhs <= rhs}; sufficiency is checked with one
 * inequality certificate per computed term over the assumptions followed by the conditions
 * (numbered after them); kind {@code iff} (necessity too) needs a single stated term s and each
 * condition's {@code rhs - lhs} equal to {@code c (s - t)} for a computed term t and a rational
 * {@code c > 0}, which the claim implies. Otherwise the kind is {@code sufficient}.
 */
final class HoldsIfCheck {
  private HoldsIfCheck() {}

  static void check(At claim, List<Poly> computed, List<Poly> stated, Domain domain) {
    Optional<At> text = claim.optional("holdsIf");
    Optional<At> check = claim.optional("holdsIfCheck");
    if (text.isEmpty()) {
      if (check.isPresent()) {
        throw check.get().reject("a check without the holdsIf it checks");
      }
      return;
    }
    At c = check.orElseThrow(() -> new Rejected(claim.path() + ".holdsIfCheck",
        "missing: holdsIf is never an unchecked condition"));
    List<Domain.Assumption> augmented = new ArrayList<>(domain.assumptions());
    List<String> texts = new ArrayList<>();
    List<Domain.Assumption> conditions = new ArrayList<>();
    for (At cond : c.field("conditions").elements()) {
      Poly lhs = Terms.polynomial(cond.field("lhs"));
      Poly rhs = Terms.polynomial(cond.field("rhs"));
      String t = cond.field("text").text();
      int cut = t.indexOf(" <= ");
      if (cut < 0 || !AsciiForm.polynomial(t.substring(0, cut)).equals(Optional.of(lhs))
          || !AsciiForm.polynomial(t.substring(cut + 4)).equals(Optional.of(rhs))) {
        throw cond.field("text").reject("the text does not say lhs <= rhs");
      }
      texts.add(t);
      Domain.Assumption a = new Domain.Assumption(lhs, rhs);
      conditions.add(a);
      augmented.add(a);
    }
    if (conditions.isEmpty()) {
      throw c.field("conditions").reject("no condition");
    }
    if (!text.get().text().equals(String.join(" and ", texts))) {
      throw text.get().reject("holdsIf is not the conditions of holdsIfCheck");
    }
    // sufficiency: the claim holds under assumptions and conditions
    List<At> certs = c.field("certificates").elements();
    if (certs.size() != computed.size()) {
      throw c.field("certificates").reject("expected one certificate per computed term");
    }
    Set<Poly> covered = new HashSet<>();
    for (At cert : certs) {
      Poly t = InequalityCertificate.check(cert, stated, augmented);
      if (!computed.contains(t) || !covered.add(t)) {
        throw cert.field("term").reject(t + " is not a distinct computed term");
      }
    }
    String kind = c.field("kind").text();
    if (kind.equals("sufficient")) {
      return;
    }
    if (!kind.equals("iff")) {
      throw c.field("kind").reject("kind is iff or sufficient");
    }
    if (stated.size() != 1) {
      throw c.field("kind").reject("with a max on the stated side a condition is sufficient "
          + "only");
    }
    for (int i = 0; i < conditions.size(); i++) {
      Poly gap = conditions.get(i).gap();
      boolean implied = false;
      for (Poly t : computed) {
        implied |= positiveMultiple(gap, stated.get(0).minus(t));
      }
      if (!implied) {
        throw c.field("conditions").elements().get(i).reject("the claim does not imply this "
            + "condition (it is no positive multiple of stated minus a computed term): "
            + "kind must be sufficient");
      }
    }
  }

  /** True when {@code a = c * b} for a rational {@code c > 0} (both non-zero). */
  private static boolean positiveMultiple(Poly a, Poly b) {
    if (a.isZero() || b.isZero() || a.terms().size() != b.terms().size()) {
      return false;
    }
    var first = b.terms().entrySet().iterator().next();
    BigFraction ac = a.terms().get(first.getKey());
    if (ac == null) {
      return false;
    }
    BigFraction c = ac.divide(first.getValue());
    return c.signum() > 0 && a.equals(b.scale(c));
  }
}
