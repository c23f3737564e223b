package org.depthcert.verifier;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A max-plus depth term {@code max(t_1, ..., t_k)} as the set of its terms. Normal form: the
 * terms no other term dominates, where s dominates t when s - t has only non-negative
 * coefficients after the shift x = 1 + x' (so s >= t wherever every variable is >= 1). Two
 * distinct polynomials never dominate each other, so the normal form of a finite set is unique.
 */
public final class MaxTerm {
  private MaxTerm() {}

  public static boolean dominates(Poly s, Poly t) {
    // The shift is linear, so the shift of s - t is the difference of the shifts.
    return s.shifted().minus(t.shifted()).nonNegativeCoefficients();
  }

  public static Set<Poly> normalise(List<Poly> candidates) {
    Set<Poly> distinct = new LinkedHashSet<>(candidates);
    Set<Poly> kept = new LinkedHashSet<>();
    for (Poly t : distinct) {
      boolean dominated = false;
      for (Poly s : distinct) {
        dominated |= !s.equals(t) && dominates(s, t);
      }
      if (!dominated) {
        kept.add(t);
      }
    }
    return kept;
  }

  /** {@code max(a_i) + max(b_j) = max(a_i + b_j)}, normalised. */
  public static Set<Poly> plus(Set<Poly> a, Set<Poly> b) {
    List<Poly> sums = new ArrayList<>();
    for (Poly x : a) {
      for (Poly y : b) {
        sums.add(x.plus(y));
      }
    }
    return normalise(sums);
  }

  /** {@code c * max(a_i) = max(c * a_i)} for a count c >= 0. */
  public static Set<Poly> times(Set<Poly> a, Poly count) {
    List<Poly> out = new ArrayList<>();
    a.forEach(t -> out.add(t.times(count)));
    return normalise(out);
  }
}
