package org.depthcert.algebra;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A condition under which a claim that did not hold would hold (issue #9 class 5): polynomial
 * inequalities {@code lhs <= rhs}, each checked sufficient by its own certificates (one per
 * computed term, with the conditions appended to the assumptions, numbered after them). When
 * {@code necessary}, each condition is also implied by the claim ({@code rhs - lhs} is exactly
 * {@code stated - t} for a computed term {@code t} and a single stated term), so the claim holds
 * iff the conditions do; otherwise it is a sufficient condition only.
 */
public record HoldsIf(List<Assumption> conditions, boolean necessary,
    List<TermCertificate> certificates) {
  /** The conditions as one line, e.g. {@code d_exp <= d_std and n <= 2*m}. */
  public String text() {
    return conditions.stream().map(Assumption::text).collect(Collectors.joining(" and "));
  }

  /** How a report words it: "holds iff ..." or "holds if ... (sufficient condition only)". */
  public String phrase() {
    return necessary ? "holds iff " + text()
        : "holds if " + text() + " (sufficient condition only)";
  }
}
