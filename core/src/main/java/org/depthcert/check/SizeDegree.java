package org.depthcert.check;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.depthcert.algebra.Assumption;
import org.depthcert.algebra.Monomial;
import org.depthcert.algebra.Polynomial;
import org.depthcert.spec.GrowthBound;

/**
 * The degree in n of a gadget count, from every polynomial bound the spec gives (issue #9 class
 * 7): n has degree 1; a variable bounded by {@code v <= rhs} has the degree of rhs (the least
 * over its bounds), so {@code d <= n^2} makes d count as n^2; growth O(1) is degree 0, O(n)
 * degree 1. A variable known only to be {@code poly(n)} or polylog has no exact degree: then the
 * count is "poly(n)" and no number is claimed.
 */
final class SizeDegree {
  /** Exact degree, or empty with {@code poly} telling whether it is at least poly(n). */
  record Result(Optional<Integer> degree, boolean poly) {
    String text() {
      return degree.map(k -> "O(n^" + k + ")").orElse(poly ? "poly(n)" : "not shown poly(n)");
    }
  }

  /** Per variable: an exact degree, POLY (poly(n) but no number) or NONE (no bound). */
  private static final int POLY = -1;
  private static final int NONE = -2;
  private static final int MAX_CHAIN = 8;

  private final List<Assumption> assumptions;
  private final List<GrowthBound> growth;

  SizeDegree(List<Assumption> assumptions, List<GrowthBound> growth) {
    this.assumptions = assumptions;
    this.growth = growth;
  }

  Result of(Polynomial p) {
    int best = degreeOf(p, 0);
    return best >= 0 ? new Result(Optional.of(best), true)
        : new Result(Optional.empty(), best == POLY);
  }

  /** Max over monomials of the sum of exponent times degree; POLY/NONE propagate. */
  private int degreeOf(Polynomial p, int chain) {
    int best = 0;
    boolean poly = false;
    for (Monomial m : p.terms().keySet()) {
      long d = 0;
      for (Map.Entry<String, Integer> e : m.exponents().entrySet()) {
        int v = variable(e.getKey(), chain);
        if (v == NONE) {
          return NONE;
        }
        if (v == POLY) {
          poly = true;
        } else {
          d += (long) v * e.getValue();
        }
      }
      best = (int) Math.min(Integer.MAX_VALUE, Math.max(best, d));
    }
    return poly ? POLY : best;
  }

  private int variable(String v, int chain) {
    if (v.equals("n")) {
      return 1;
    }
    int result = NONE;
    for (GrowthBound g : growth) {
      if (g.variable().equals(v)) {
        int d = switch (g.kind()) {
          case CONSTANT -> 0;
          case LINEAR -> 1;
          case POLYLOG, POLYNOMIAL -> POLY;
        };
        result = better(result, d);
      }
    }
    if (chain < MAX_CHAIN) {
      for (Assumption a : assumptions) {
        if (a.lhs().equals(Polynomial.variable(v)) && !a.rhs().variables().contains(v)) {
          result = better(result, degreeOf(a.rhs(), chain + 1));
        }
      }
    }
    return result;
  }

  /** An exact degree beats POLY beats NONE; of two exact degrees the smaller bound wins. */
  private static int better(int a, int b) {
    if (a >= 0 && b >= 0) {
      return Math.min(a, b);
    }
    return Math.max(a, b);
  }
}
