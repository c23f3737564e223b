package org.depthcert.check;

import java.math.BigInteger;
import java.util.List;
import java.util.SortedMap;
import org.depthcert.fold.Folded;

/** Every claim of a spec checked, the class conclusion, and the findings. */
public record CheckResult(Folded folded, List<ClaimResult> claims, ClassConclusion conclusion,
    List<Finding> findings, SortedMap<String, BigInteger> witness, boolean strict,
    int violatedHypotheses) {
  /** PASS, FAIL (some claim fails) or UNDECIDED (none fails, some undecided). */
  public String verdict() {
    return Verdicts.overall(claims.stream().map(ClaimResult::verdict).toList());
  }

  /** Exit code of DESIGN.md section 9: 0 pass, 1 fail, 4 undecided. */
  public int exitCode() {
    return Verdicts.exitCode(verdict());
  }
}
