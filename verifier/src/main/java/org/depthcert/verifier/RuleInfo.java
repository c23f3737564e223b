package org.depthcert.verifier;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A lemma of the certificate's {@code rules} section: the depth it contributes to a node (an
 * axiom's depth, or a derived lemma's folded body) and, for a derived lemma, its stated depth.
 * The verifier takes these as given: they come from the lemma catalog whose SHA-256 the
 * certificate records.
 */
record RuleInfo(String id, boolean derived, List<String> ops, Set<Poly> depth,
    Optional<Set<Poly>> stated, Optional<At> statedCertificates) {

  /**
   * A modular use needs {@code statedCertificates}: one inequality certificate per term of the
   * folded body (no assumptions) proving it at most the statement (issue #9 class 2).
   */
  void checkStatementProved(At use) {
    if (stated.isEmpty()) {
      return;
    }
    At certs = statedCertificates.orElseThrow(() -> use.reject("rule " + id + " is used "
        + "modularly but carries no statedCertificates proving its fold " + depth
        + " <= its statement " + stated.get()));
    List<At> all = certs.elements();
    if (all.size() != depth.size()) {
      throw certs.reject("expected one certificate per term of the fold (" + depth.size()
          + "), found " + all.size());
    }
    List<Poly> statedTerms = new java.util.ArrayList<>(stated.get());
    Set<Poly> covered = new java.util.HashSet<>();
    for (At c : all) {
      Poly t = InequalityCertificate.check(c, statedTerms, List.of());
      if (!depth.contains(t) || !covered.add(t)) {
        throw c.field("term").reject(t + " is not a distinct term of the fold " + depth);
      }
    }
  }

  static RuleInfo read(At at) {
    String kind = at.field("kind").text();
    if (!kind.equals("axiom") && !kind.equals("derived")) {
      throw at.field("kind").reject("kind must be axiom or derived, not '" + kind + "'");
    }
    boolean derived = kind.equals("derived");
    Optional<Set<Poly>> stated = at.optional("stated").map(Terms::depth);
    if (!derived && stated.isPresent()) {
      throw at.field("stated").reject("only a derived lemma has a stated depth");
    }
    List<String> ops = at.field("ops").elements().stream().map(At::text).toList();
    return new RuleInfo(at.field("id").text(), derived, ops, Terms.depth(at.field("depth")),
        stated, at.optional("statedCertificates"));
  }
}
