package org.depthcert.algebra;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;

/**
 * The decision of {@code computed <= stated}: the verdict, a certificate per computed term when it
 * holds, a counterexample when it fails, the slack {@code stated - computed} when both are single
 * terms, the checked condition under which it would hold, the excess {@code computed - stated},
 * and the variables of the counterexample search it ran (empty when it holds).
 */
public record Decision(
    Verdict verdict,
    List<TermCertificate> certificates,
    Optional<SortedMap<String, BigInteger>> counterexample,
    Optional<Polynomial> slack,
    Optional<HoldsIf> condition,
    Optional<Polynomial> excess,
    List<String> searchVariables) {

  public boolean holds() {
    return verdict == Verdict.TIGHT || verdict == Verdict.HOLDS;
  }

  /** The condition as one line, when there is one. */
  public Optional<String> holdsIf() {
    return condition.map(HoldsIf::text);
  }

  /** "holds iff X" or "holds if X (sufficient condition only)", when there is a condition. */
  public Optional<String> holdsIfPhrase() {
    return condition.map(HoldsIf::phrase);
  }
}
