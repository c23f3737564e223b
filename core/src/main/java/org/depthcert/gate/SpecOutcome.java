package org.depthcert.gate;

import java.util.Optional;
import org.depthcert.algebra.Verdict;
import org.depthcert.check.CheckResult;
import org.depthcert.check.Verdicts;
import org.depthcert.diff.DiffResult;
import org.depthcert.spec.SpecError;

/**
 * What the gate found for one spec: its check, its comparison with a baseline certificate when
 * one was given, or the input error that stopped it. Exactly one of {@code check} and
 * {@code error} is present.
 */
public record SpecOutcome(String file, Optional<CheckResult> check, Optional<DiffResult> baseline,
    Optional<SpecError> error) {

  public static SpecOutcome checked(CheckResult r, Optional<DiffResult> baseline) {
    return new SpecOutcome(r.folded().spec().file(), Optional.of(r), baseline, Optional.empty());
  }

  public static SpecOutcome failed(String file, SpecError e) {
    return new SpecOutcome(file, Optional.empty(), Optional.empty(), Optional.of(e));
  }

  public boolean regressed() {
    return baseline.map(DiffResult::regressed).orElse(false);
  }

  /** ERROR, FAIL (a claim fails or the baseline regressed), UNDECIDED or PASS. */
  public String verdict() {
    if (error.isPresent()) {
      return "ERROR";
    }
    String v = check.orElseThrow().verdict();
    return regressed() ? "FAIL" : v;
  }

  /** DESIGN.md section 9: 0 pass, 1 fail or regression, 2 bad input, 4 undecided. */
  public int exitCode() {
    return Verdicts.exitCode(verdict());
  }

  /** The combined exit code of several specs: bad input, then failure, then undecided. */
  public static int combinedExitCode(Iterable<SpecOutcome> outcomes) {
    int best = 0;
    for (SpecOutcome o : outcomes) {
      best = Math.max(rank(best), rank(o.exitCode())) == rank(best) ? best : o.exitCode();
    }
    return best;
  }

  /** The verdict matching {@link #combinedExitCode}. */
  public static String combinedVerdict(Iterable<SpecOutcome> outcomes) {
    switch (combinedExitCode(outcomes)) {
      case 2:
        return "ERROR";
      case 1:
        return "FAIL";
      case 4:
        return "UNDECIDED";
      default:
        return "PASS";
    }
  }

  private static int rank(int exitCode) {
    switch (exitCode) {
      case 2:
        return 3;
      case 1:
        return 2;
      case 4:
        return 1;
      default:
        return 0;
    }
  }

  /** Counts of claims by verdict, for summaries. */
  public long claims(Verdict v) {
    return check.map(r -> r.claims().stream().filter(c -> c.verdict() == v).count()).orElse(0L);
  }
}
