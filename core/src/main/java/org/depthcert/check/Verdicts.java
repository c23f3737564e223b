package org.depthcert.check;

import java.util.Collection;
import org.depthcert.algebra.Verdict;

/**
 * The overall verdict of a set of claim verdicts and its exit code (DESIGN.md section 9), shared
 * by check, audit and the CI gate so the three never disagree.
 */
public final class Verdicts {
  private Verdicts() {}

  /** FAIL when a claim fails, else UNDECIDED when one is undecided, else PASS. */
  public static String overall(Collection<Verdict> claims) {
    if (claims.contains(Verdict.FAILS)) {
      return "FAIL";
    }
    return claims.contains(Verdict.UNDECIDED) ? "UNDECIDED" : "PASS";
  }

  /** 2 for ERROR (bad input), 1 for FAIL, 4 for UNDECIDED, 0 for PASS. */
  public static int exitCode(String verdict) {
    switch (verdict) {
      case "ERROR":
        return 2;
      case "FAIL":
        return 1;
      case "UNDECIDED":
        return 4;
      default:
        return 0;
    }
  }
}
