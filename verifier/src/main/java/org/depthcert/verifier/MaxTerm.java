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
    return s.shiftedForm().atLeast(t.shiftedForm());
  }

  /**
   * The terms of the candidates that no other candidate dominates, in the candidates' first
   * occurrence order. Dominance is a partial order on distinct polynomials (transitive, and
   * antisymmetric because the shift is invertible), so the undominated terms are found by one
   * pass that keeps the front of the terms seen so far: a term is dropped when a front term
   * dominates it, and drops the front terms it dominates. That is k times the front's size
   * tests rather than k^2, each a comparison of shifted coefficients.
   */
  public static Set<Poly> normalise(List<Poly> candidates) {
    Set<Poly> distinct = new LinkedHashSet<>(candidates);
    if (distinct.size() == 1) {
      return distinct;
    }
    List<Poly> front = new ArrayList<>();
    for (Poly t : distinct) {
      Shifted ts = t.shiftedForm();
      boolean dominated = false;
      for (Poly s : front) {
        if (s.shiftedForm().atLeast(ts)) {
          dominated = true;
          break;
        }
      }
      if (!dominated) {
        front.removeIf(s -> ts.atLeast(s.shiftedForm()));
        front.add(t);
      }
    }
    if (front.size() == distinct.size()) {
      return distinct;
    }
    Set<Poly> undominated = new java.util.HashSet<>(front);
    Set<Poly> kept = new LinkedHashSet<>();
    for (Poly t : distinct) {
      if (undominated.contains(t)) {
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
        sums.add(x.sum(y));
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
