package org.depthcert.verifier;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
    return front(candidates, null);
  }

  /**
   * {@code max_i (A_i + B)} in normal form, for depth terms A_i and B that are each in normal
   * form (the caller has checked that): a node's arrival from its inputs' arrivals and its local
   * depth. A_i + b for one term b of B is a translate of A_i, and a translate of a normal form
   * is one (s + b dominates t + b exactly when s dominates t), so terms of one translate are
   * never compared with each other, only with the other translates'. A node with one input and
   * one local term needs no dominance test at all; an input listed twice adds nothing.
   */
  static Set<Poly> maxOfSums(List<Set<Poly>> normalForms, Set<Poly> b) {
    List<Poly> candidates = new ArrayList<>();
    List<Integer> translate = new ArrayList<>();
    Set<Set<Poly>> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    int label = 0;
    for (Set<Poly> a : normalForms) {
      if (!seen.add(a)) {
        continue; // the same translates again: the first occurrences are already listed
      }
      for (Poly x : a) {
        int j = 0;
        for (Poly y : b) {
          candidates.add(x.sum(y));
          translate.add(label + j++);
        }
      }
      label += b.size();
    }
    return front(candidates, translate);
  }

  /**
   * The one-pass front of {@link #normalise}. With {@code groups}, candidates of the same group
   * are known not to dominate each other and are not compared; without, every candidate is a
   * group of its own. A term in several groups is compared as a member of its first: the others
   * hold no term that dominates it either.
   */
  private static Set<Poly> front(List<Poly> candidates, List<Integer> groups) {
    Map<Poly, Integer> distinct = new LinkedHashMap<>();
    for (int i = 0; i < candidates.size(); i++) {
      distinct.putIfAbsent(candidates.get(i), groups == null ? i : groups.get(i));
    }
    if (distinct.size() <= 1) {
      return new LinkedHashSet<>(distinct.keySet());
    }
    List<Poly> front = new ArrayList<>();
    List<Integer> frontGroup = new ArrayList<>();
    for (Map.Entry<Poly, Integer> e : distinct.entrySet()) {
      Shifted ts = e.getKey().shiftedForm();
      int g = e.getValue();
      boolean dominated = false;
      for (int i = 0; i < front.size() && !dominated; i++) {
        dominated = frontGroup.get(i) != g && front.get(i).shiftedForm().atLeast(ts);
      }
      if (!dominated) {
        int kept = 0;
        for (int i = 0; i < front.size(); i++) {
          if (frontGroup.get(i) == g || !ts.atLeast(front.get(i).shiftedForm())) {
            front.set(kept, front.get(i));
            frontGroup.set(kept++, frontGroup.get(i));
          }
        }
        front.subList(kept, front.size()).clear();
        frontGroup.subList(kept, frontGroup.size()).clear();
        front.add(e.getKey());
        frontGroup.add(g);
      }
    }
    if (front.size() == distinct.size()) {
      return new LinkedHashSet<>(distinct.keySet());
    }
    Set<Poly> undominated = new java.util.HashSet<>(front);
    Set<Poly> kept = new LinkedHashSet<>();
    for (Poly t : distinct.keySet()) {
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
