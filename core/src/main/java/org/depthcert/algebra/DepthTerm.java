package org.depthcert.algebra;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * A max-plus depth term {@code max(t_1, ..., t_k)}: each {@code t_i} a polynomial with non-negative
 * rational coefficients, linear in the depth constants and polynomial in the structural
 * parameters (DESIGN.md section 2). Always normalised: no term is dominated by another and the
 * terms are in canonical order, so equal normal forms print identically.
 */
public final class DepthTerm {
  public static final DepthTerm ZERO = new DepthTerm(List.of(Polynomial.ZERO));

  private final List<Polynomial> terms;

  private DepthTerm(List<Polynomial> terms) {
    this.terms = terms;
  }

  public static DepthTerm of(Polynomial p) {
    return max(List.of(p));
  }

  public static DepthTerm constant(String depthConstant) {
    return of(Polynomial.variable(depthConstant));
  }

  /** The maximum of the given polynomials, normalised. */
  public static DepthTerm max(List<Polynomial> candidates) {
    if (candidates.isEmpty()) {
      throw new IllegalArgumentException("max of no terms");
    }
    for (Polynomial p : candidates) {
      checkWellFormed(p);
    }
    if (candidates.size() == 1) {
      // nothing to dominate or order: the common case on long chains, where shifting every
      // node's arrival term would cost most of the fold
      return new DepthTerm(List.of(candidates.get(0)));
    }
    return normalise(candidates);
  }

  /**
   * The plain normalisation of well-formed candidates: the maximal elements under "covers after
   * the shift", of equal terms the first, in canonical order. Covering after the shift is a
   * partial order on distinct polynomials (reflexive and transitive coefficientwise, and two
   * polynomials that cover each other have equal shifted forms, hence are equal, the shift being
   * invertible), so the result depends only on the set of candidates: the shortcuts of
   * {@link #max(DepthTerm)} and {@link #plus(DepthTerm)} give the same normal form.
   */
  static DepthTerm normalise(List<Polynomial> candidates) {
    List<Polynomial> kept = new ArrayList<>();
    for (int i = 0; i < candidates.size(); i++) {
      Polynomial pi = candidates.get(i);
      boolean dominated = false;
      for (int j = 0; j < candidates.size() && !dominated; j++) {
        if (i == j) {
          continue;
        }
        // Of two equal terms keep the first; otherwise drop i when j is at least i everywhere.
        dominated = candidates.get(j).coversAfterShift(pi)
            && (j < i || !pi.equals(candidates.get(j)));
      }
      if (!dominated) {
        kept.add(pi);
      }
    }
    // canonical order by ASCII form, each rendered once (not once per comparison)
    java.util.TreeMap<String, Polynomial> ordered = new java.util.TreeMap<>();
    for (Polynomial p : kept) {
      ordered.putIfAbsent(p.ascii(), p);
    }
    return ofNormal(new ArrayList<>(ordered.values()));
  }

  private static DepthTerm ofNormal(List<Polynomial> normal) {
    return new DepthTerm(Collections.unmodifiableList(normal));
  }

  private static void checkWellFormed(Polynomial p) {
    if (p.isDepthTermShaped()) {
      return;
    }
    for (Map.Entry<Monomial, BigFraction> t : p.terms().entrySet()) {
      if (t.getValue().signum() < 0) {
        throw new IllegalArgumentException("a depth term has a negative coefficient: " + p.ascii());
      }
    }
    throw new IllegalArgumentException(
        "a depth term must be linear in the depth constants: " + p.ascii());
  }

  public List<Polynomial> terms() {
    return terms;
  }

  public boolean isSingle() {
    return terms.size() == 1;
  }

  /**
   * Pairwise sums: {@code max(a_i) + max(b_j) = max(a_i + b_j)}. When one side is a single term
   * {@code q}, the sums {@code a_i + q} of a normalised max are normalised already, with no
   * comparison: the shift is linear, so {@code shift(a_i + q) - shift(a_j + q) =
   * shift(a_i) - shift(a_j)}, and {@code a_i + q} covers {@code a_j + q} exactly when {@code a_i}
   * covers {@code a_j}; the sums are distinct and well formed (non-negative, linear in the depth
   * constants) as both parts are. Only their canonical order has to be found again.
   */
  public DepthTerm plus(DepthTerm other) {
    if (other.isSingle()) {
      return shiftedBy(this, other.terms.get(0));
    }
    if (isSingle()) {
      return shiftedBy(other, terms.get(0));
    }
    List<Polynomial> sums = new ArrayList<>();
    for (Polynomial a : terms) {
      for (Polynomial b : other.terms) {
        sums.add(a.plus(b));
      }
    }
    return max(sums);
  }

  private static DepthTerm shiftedBy(DepthTerm t, Polynomial q) {
    if (q.isZero()) {
      return t;
    }
    List<Polynomial> sums = new ArrayList<>(t.terms.size());
    for (Polynomial a : t.terms) {
      sums.add(a.plus(q));
    }
    if (sums.size() > 1) {
      sums.sort(CANONICAL);
    }
    return new DepthTerm(Collections.unmodifiableList(sums));
  }

  /** The canonical order of a normal form's terms: by ASCII form (cached in each polynomial). */
  private static final Comparator<Polynomial> CANONICAL =
      (a, b) -> a.ascii().compareTo(b.ascii());

  /**
   * {@code max(a_1..a_k, b_1..b_m)} of two normal forms, comparing only across them: within each
   * side no term covers another. Every pair is tested at most once per direction, and a term
   * already dropped is not tested again as the covered one. Why the skips are safe: a term of
   * the union is dropped only when another covers it (or when it equals a kept term of the other
   * side); covering is transitive, so a term covered by a dropped term is covered by the term that
   * dropped it. Tested against the plain normalisation of the union on random inputs
   * ({@code DepthTermShortcutTest}).
   */
  public DepthTerm max(DepthTerm other) {
    if (this == other) {
      return this;
    }
    List<Polynomial> a = terms;
    List<Polynomial> b = other.terms;
    boolean[] dropA = new boolean[a.size()];
    boolean[] dropB = new boolean[b.size()];
    for (int i = 0; i < a.size(); i++) {
      Polynomial ai = a.get(i);
      for (int j = 0; j < b.size(); j++) {
        if (dropB[j] && dropA[i]) {
          continue;
        }
        Polynomial bj = b.get(j);
        if (!dropB[j] && ai.coversAfterShift(bj)) {
          dropB[j] = true; // b_j <= a_i, or b_j = a_i: keep the term of this side
        } else if (!dropA[i] && bj.coversAfterShift(ai)) {
          // a_i < b_j strictly: if they were equal, a_i would cover b_j; had b_j been dropped
          // before by another a_k, a_k would cover a_i, impossible in a normal form
          dropA[i] = true;
        }
      }
    }
    List<Polynomial> merged = new ArrayList<>(a.size() + b.size());
    int i = 0;
    int j = 0;
    while (i < a.size() || j < b.size()) {
      if (i < a.size() && dropA[i]) {
        i++;
      } else if (j < b.size() && dropB[j]) {
        j++;
      } else if (j >= b.size() || i < a.size() && CANONICAL.compare(a.get(i), b.get(j)) < 0) {
        merged.add(a.get(i++));
      } else {
        merged.add(b.get(j++));
      }
    }
    if (merged.size() == a.size() && merged.equals(a)) {
      return this;
    }
    return ofNormal(merged);
  }

  /**
   * Scales by a polynomial in structural parameters with non-negative coefficients: valid for a
   * max because {@code c * max(a, b) = max(c*a, c*b)} whenever {@code c >= 0}.
   */
  public DepthTerm times(Polynomial structural) {
    if (!structural.isNonNegativeCoefficientwise()) {
      throw new IllegalArgumentException("repeat count must have non-negative coefficients");
    }
    for (String v : structural.variables()) {
      if (Symbols.isDepthConstant(v)) {
        throw new IllegalArgumentException("repeat count may not contain depth constant " + v);
      }
    }
    List<Polynomial> scaled = new ArrayList<>();
    for (Polynomial t : terms) {
      scaled.add(t.times(structural));
    }
    return max(scaled);
  }

  /**
   * The term with every bound variable replaced at once (a rule's depth instantiated with a
   * node's shape bindings, issue #9 class 1), normalised again.
   */
  public DepthTerm substituteAll(Map<String, Polynomial> bindings) {
    if (bindings.isEmpty()) {
      return this;
    }
    List<Polynomial> out = new ArrayList<>();
    for (Polynomial t : terms) {
      out.add(t.substituteAll(bindings));
    }
    return max(out);
  }

  public Set<String> variables() {
    Set<String> vars = new TreeSet<>(Symbols.VARIABLE_ORDER);
    terms.forEach(t -> vars.addAll(t.variables()));
    return vars;
  }

  /** Exact value at a point: the maximum of the terms' values. */
  public BigFraction evaluate(Map<String, BigInteger> point) {
    BigFraction best = null;
    for (Polynomial t : terms) {
      BigFraction v = t.evaluate(point);
      if (best == null || v.compareTo(best) > 0) {
        best = v;
      }
    }
    return best;
  }

  public String ascii() {
    return render(Polynomial::ascii, "max(", ")");
  }

  public String latex() {
    return render(Polynomial::latex, "\\max\\{", "\\}");
  }

  private String render(java.util.function.Function<Polynomial, String> f, String open,
      String close) {
    if (terms.size() == 1) {
      return f.apply(terms.get(0));
    }
    StringBuilder sb = new StringBuilder(open);
    for (int i = 0; i < terms.size(); i++) {
      if (i > 0) {
        sb.append(", ");
      }
      sb.append(f.apply(terms.get(i)));
    }
    return sb.append(close).toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DepthTerm && ((DepthTerm) o).terms.equals(terms);
  }

  @Override
  public int hashCode() {
    return terms.hashCode();
  }

  @Override
  public String toString() {
    return ascii();
  }
}
