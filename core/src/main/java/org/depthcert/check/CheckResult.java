package org.depthcert.check;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.depthcert.fold.Folded;

/**
 * Every claim of a spec checked, the class conclusion, and the findings: all of the base reading
 * (the spec's blocks as written). {@code witness} is an integer point satisfying every
 * assumption (the domain is not empty); {@code strict} says whether a violated lemma hypothesis
 * fails the claims resting on it. {@code variants} holds the same check for every variant the
 * spec declares (docs/audit.md, "Readings and variants"), in declared order; the verdict and the
 * exit code are the base reading's.
 */
public record CheckResult(Folded folded, List<ClaimResult> claims, ClassConclusion conclusion,
    List<Finding> findings, SortedMap<String, BigInteger> witness, boolean strict,
    int violatedHypotheses, Map<String, CheckResult> variants) {
  public CheckResult(Folded folded, List<ClaimResult> claims, ClassConclusion conclusion,
      List<Finding> findings, SortedMap<String, BigInteger> witness, boolean strict,
      int violatedHypotheses) {
    this(folded, claims, conclusion, findings, witness, strict, violatedHypotheses, Map.of());
  }

  /** The same result with the checks of the spec's variants attached. */
  public CheckResult withVariants(LinkedHashMap<String, CheckResult> checked) {
    return new CheckResult(folded, claims, conclusion, findings, witness, strict,
        violatedHypotheses, checked);
  }

  /** PASS, FAIL (some claim fails) or UNDECIDED (none fails, some undecided). */
  public String verdict() {
    return Verdicts.overall(claims.stream().map(ClaimResult::verdict).toList());
  }

  /** Exit code of DESIGN.md section 9: 0 pass, 1 fail, 4 undecided. */
  public int exitCode() {
    return Verdicts.exitCode(verdict());
  }
}
