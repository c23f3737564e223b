package org.depthcert.algebra;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
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
    List<Polynomial> kept = new ArrayList<>();
    for (int i = 0; i < candidates.size(); i++) {
      boolean dominated = false;
      for (int j = 0; j < candidates.size() && !dominated; j++) {
        if (i == j) {
          continue;
        }
        boolean jCoversI = candidates.get(j).coversAfterShift(candidates.get(i));
        // Of two equal terms keep the first; otherwise drop i when j is at least i everywhere.
        boolean equal = candidates.get(i).equals(candidates.get(j));
        dominated = jCoversI && (!equal || j < i);
      }
      if (!dominated) {
        kept.add(candidates.get(i));
      }
    }
    // canonical order by ASCII form, each rendered once (not once per comparison)
    java.util.TreeMap<String, Polynomial> ordered = new java.util.TreeMap<>();
    for (Polynomial p : kept) {
      ordered.putIfAbsent(p.ascii(), p);
    }
    List<Polynomial> unique = new ArrayList<>(ordered.values());
    return new DepthTerm(Collections.unmodifiableList(unique));
  }

  private static void checkWellFormed(Polynomial p) {
    for (Map.Entry<Monomial, BigFraction> t : p.terms().entrySet()) {
      if (t.getValue().signum() < 0) {
        throw new IllegalArgumentException("a depth term has a negative coefficient: " + p.ascii());
      }
      if (t.getKey().depthPart().degree() > 1) {
        throw new IllegalArgumentException(
            "a depth term must be linear in the depth constants: " + p.ascii());
      }
    }
  }

  public List<Polynomial> terms() {
    return terms;
  }

  public boolean isSingle() {
    return terms.size() == 1;
  }

  /** Pairwise sums: {@code max(a_i) + max(b_j) = max(a_i + b_j)}. */
  public DepthTerm plus(DepthTerm other) {
    List<Polynomial> sums = new ArrayList<>();
    for (Polynomial a : terms) {
      for (Polynomial b : other.terms) {
        sums.add(a.plus(b));
      }
    }
    return max(sums);
  }

  public DepthTerm max(DepthTerm other) {
    List<Polynomial> union = new ArrayList<>(terms);
    union.addAll(other.terms);
    return max(union);
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
