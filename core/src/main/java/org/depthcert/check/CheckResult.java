package org.depthcert.check;

import java.util.List;
import org.depthcert.fold.Folded;

/** Every claim of a spec checked, the class conclusion, and the findings. */
public record CheckResult(Folded folded, List<ClaimResult> claims, ClassConclusion conclusion,
    List<Finding> findings) {
  /** PASS, FAIL (some claim fails) or UNDECIDED (none fails, some undecided). */
  public String verdict() {
    boolean undecided = false;
    for (ClaimResult c : claims) {
      if (c.verdict() == org.depthcert.algebra.Verdict.FAILS) {
        return "FAIL";
      }
      undecided |= c.verdict() == org.depthcert.algebra.Verdict.UNDECIDED;
    }
    return undecided ? "UNDECIDED" : "PASS";
  }

  /** Exit code of DESIGN.md section 9: 0 pass, 1 fail, 4 undecided. */
  public int exitCode() {
    switch (verdict()) {
      case "FAIL":
        return 1;
      case "UNDECIDED":
        return 4;
      default:
        return 0;
    }
  }
}
