package org.depthcert.algebra;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;

/**
 * The decision of {@code computed <= stated}: the verdict, a certificate per computed term when it
 * holds, a counterexample when it fails, the slack {@code stated - computed} when both are single
 * terms, the exact condition under which it would hold, and the excess {@code computed - stated}.
 */
public record Decision(
    Verdict verdict,
    List<TermCertificate> certificates,
    Optional<SortedMap<String, BigInteger>> counterexample,
    Optional<Polynomial> slack,
    Optional<String> holdsIf,
    Optional<Polynomial> excess) {

  public boolean holds() {
    return verdict == Verdict.TIGHT || verdict == Verdict.HOLDS;
  }
}
