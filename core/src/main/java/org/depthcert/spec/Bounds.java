package org.depthcert.spec;

import java.util.List;
import org.depthcert.algebra.Assumption;
import org.depthcert.algebra.Polynomial;

/**
 * Whether a size expression is at most polynomial in n under a spec's assumptions: every variable
 * is n, has a growth bound ({@code p <= poly(n)}, {@code m = O(1)}), or is bounded through a linear
 * assumption ({@code d <= n}) by such variables.
 */
public final class Bounds {
  private final List<Assumption> assumptions;
  private final List<GrowthBound> growth;

  public Bounds(List<Assumption> assumptions, List<GrowthBound> growth) {
    this.assumptions = assumptions;
    this.growth = growth;
  }

  /** True when {@code p} is at most a polynomial in n; the reasons are added to {@code why}. */
  public boolean polynomial(Polynomial p, List<String> why) {
    for (String v : p.variables()) {
      if (!variable(v, why, 0)) {
        return false;
      }
    }
    return true;
  }

  private boolean variable(String v, List<String> why, int depth) {
    if (v.equals("n")) {
      return true;
    }
    for (GrowthBound b : growth) {
      if (b.variable().equals(v)) {
        if (!why.contains(b.text())) {
          why.add(b.text());
        }
        return true;
      }
    }
    if (depth > 8) {
      return false;
    }
    for (Assumption a : assumptions) {
      if (a.lhs().equals(Polynomial.variable(v))) {
        boolean all = true;
        for (String w : a.rhs().variables()) {
          all &= variable(w, why, depth + 1);
        }
        if (all) {
          if (!why.contains(a.text())) {
            why.add(a.text());
          }
          return true;
        }
      }
    }
    return false;
  }
}
