package org.depthcert.verifier;

import java.math.BigInteger;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * An exact polynomial with rational coefficients, written independently of the engine's algebra
 * and kept deliberately plain: a sorted map from monomial to non-zero coefficient.
 */
public final class Poly {
  public static final Poly ZERO = new Poly(new TreeMap<>());
  public static final Poly ONE = constant(BigFraction.ONE);

  private final SortedMap<Mono, BigFraction> terms;
  /** Computed once: normalisation compares every pair of terms through their shifts. */
  private Poly shifted;
  /** The shift laid out for dominance tests; computed once, or carried over by {@link #sum}. */
  private Shifted shiftedForm;
  /**
   * Computed once (0: not yet, as String does, so that one racy int is all the state): max
   * terms are sets of polynomials, compared and looked up by hash.
   */
  private int hash;

  /** Takes ownership of {@code terms} (callers pass a fresh map) and drops zero coefficients. */
  Poly(TreeMap<Mono, BigFraction> terms) {
    terms.values().removeIf(c -> c.signum() == 0);
    this.terms = Collections.unmodifiableSortedMap(terms);
  }

  public static Poly constant(BigFraction c) {
    TreeMap<Mono, BigFraction> t = new TreeMap<>();
    t.put(Mono.ONE, c);
    return new Poly(t);
  }

  /** A sum of the given monomials (zero coefficients dropped, the map copied). */
  public static Poly of(Map<Mono, BigFraction> terms) {
    return new Poly(new TreeMap<>(terms));
  }

  /** The polynomial consisting of the single variable {@code name}. */
  public static Poly variable(String name) {
    return monomial(Mono.of(name, 1), BigFraction.ONE);
  }

  public static Poly monomial(Mono m, BigFraction c) {
    TreeMap<Mono, BigFraction> t = new TreeMap<>();
    t.put(m, c);
    return new Poly(t);
  }

  public SortedMap<Mono, BigFraction> terms() {
    return terms;
  }

  public Poly plus(Poly o) {
    TreeMap<Mono, BigFraction> t = new TreeMap<>(terms);
    o.terms.forEach((m, c) -> t.merge(m, c, BigFraction::add));
    return new Poly(t);
  }

  /**
   * {@link #plus}, also carrying the sum of the two shifted forms, so that the shift of a sum
   * of already shifted terms (an input's arrival term plus a local term) is a merge, not a
   * binomial expansion.
   */
  Poly sum(Poly o) {
    Poly s = plus(o);
    s.shiftedForm = shiftedForm().plus(o.shiftedForm());
    return s;
  }

  /** The shift's coefficients laid out for {@link Shifted#atLeast}. */
  Shifted shiftedForm() {
    if (shiftedForm == null) {
      shiftedForm = Shifted.of(shifted());
    }
    return shiftedForm;
  }

  public Poly negate() {
    return scale(BigFraction.ONE.negate());
  }

  public Poly minus(Poly o) {
    return plus(o.negate());
  }

  public Poly scale(BigFraction f) {
    TreeMap<Mono, BigFraction> t = new TreeMap<>();
    terms.forEach((m, c) -> t.put(m, c.multiply(f)));
    return new Poly(t);
  }

  public Poly times(Poly o) {
    TreeMap<Mono, BigFraction> t = new TreeMap<>();
    for (Map.Entry<Mono, BigFraction> a : terms.entrySet()) {
      for (Map.Entry<Mono, BigFraction> b : o.terms.entrySet()) {
        t.merge(a.getKey().times(b.getKey()), a.getValue().multiply(b.getValue()),
            BigFraction::add);
      }
    }
    return new Poly(t);
  }

  /**
   * The polynomial in x' after substituting x = 1 + x' for every variable: every variable is an
   * integer >= 1, so non-negative coefficients here prove the polynomial non-negative there.
   */
  public Poly shifted() {
    if (shifted == null) {
      shifted = shift();
    }
    return shifted;
  }

  private Poly shift() {
    Poly result = ZERO;
    for (Map.Entry<Mono, BigFraction> t : terms.entrySet()) {
      Poly expanded = constant(t.getValue());
      for (Map.Entry<String, Integer> e : t.getKey().exponents().entrySet()) {
        expanded = expanded.times(onePlusPower(e.getKey(), e.getValue()));
      }
      result = result.plus(expanded);
    }
    return result;
  }

  /** (1 + x)^k by the binomial theorem. */
  private static Poly onePlusPower(String x, int k) {
    TreeMap<Mono, BigFraction> t = new TreeMap<>();
    BigInteger binomial = BigInteger.ONE;
    for (int i = 0; i <= k; i++) {
      t.put(Mono.of(x, i), BigFraction.of(binomial));
      binomial = binomial.multiply(BigInteger.valueOf(k - i)).divide(BigInteger.valueOf(i + 1));
    }
    return new Poly(t);
  }

  public boolean nonNegativeCoefficients() {
    for (BigFraction c : terms.values()) {
      if (c.signum() < 0) {
        return false;
      }
    }
    return true;
  }

  public boolean isZero() {
    return terms.isEmpty();
  }

  public Set<String> variables() {
    Set<String> v = new TreeSet<>();
    terms.keySet().forEach(m -> v.addAll(m.exponents().keySet()));
    return v;
  }

  public int degreeIn(String variable) {
    int d = 0;
    for (Mono m : terms.keySet()) {
      d = Math.max(d, m.exponent(variable));
    }
    return d;
  }

  public Poly substitute(String variable, Poly value) {
    Poly result = ZERO;
    for (Map.Entry<Mono, BigFraction> t : terms.entrySet()) {
      TreeMap<String, Integer> rest = new TreeMap<>(t.getKey().exponents());
      Integer k = rest.remove(variable);
      Poly p = monomial(new Mono(rest), t.getValue());
      for (int i = 0; k != null && i < k; i++) {
        p = p.times(value);
      }
      result = result.plus(p);
    }
    return result;
  }

  /** Every bound variable replaced at once (a replacement is not substituted again). */
  Poly substituteAll(Map<String, Poly> values) {
    Poly result = ZERO;
    for (Map.Entry<Mono, BigFraction> t : terms.entrySet()) {
      TreeMap<String, Integer> rest = new TreeMap<>(t.getKey().exponents());
      rest.keySet().removeAll(values.keySet());
      Poly p = monomial(new Mono(rest), t.getValue());
      for (Map.Entry<String, Integer> e : t.getKey().exponents().entrySet()) {
        Poly v = values.get(e.getKey());
        for (int i = 0; v != null && i < e.getValue(); i++) {
          p = p.times(v);
        }
      }
      result = result.plus(p);
    }
    return result;
  }

  /** Exact value at an integer point that assigns every variable of this polynomial. */
  public BigFraction evaluate(Map<String, BigInteger> point) {
    BigFraction sum = BigFraction.ZERO;
    for (Map.Entry<Mono, BigFraction> t : terms.entrySet()) {
      BigInteger product = BigInteger.ONE;
      for (Map.Entry<String, Integer> e : t.getKey().exponents().entrySet()) {
        product = product.multiply(point.get(e.getKey()).pow(e.getValue()));
      }
      sum = sum.add(t.getValue().multiply(BigFraction.of(product)));
    }
    return sum;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Poly && ((Poly) o).terms.equals(terms);
  }

  @Override
  public int hashCode() {
    int h = hash;
    if (h == 0) {
      h = terms.hashCode();
      hash = h;
    }
    return h;
  }

  @Override
  public String toString() {
    if (terms.isEmpty()) {
      return "0";
    }
    StringBuilder sb = new StringBuilder();
    terms.forEach((m, c) -> {
      if (sb.length() > 0) {
        sb.append(c.signum() < 0 ? " - " : " + ");
      } else if (c.signum() < 0) {
        sb.append('-');
      }
      BigFraction abs = c.abs();
      if (m.equals(Mono.ONE)) {
        sb.append(Rationals.text(abs));
      } else if (abs.equals(BigFraction.ONE)) {
        sb.append(m);
      } else {
        sb.append(Rationals.text(abs)).append('*').append(m);
      }
    });
    return sb.toString();
  }
}
