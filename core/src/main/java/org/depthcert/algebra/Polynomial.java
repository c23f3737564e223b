package org.depthcert.algebra;

import java.math.BigInteger;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * An exact multivariate polynomial with rational coefficients, immutable. Zero coefficients are
 * never stored, so two equal polynomials have equal maps (and print identically).
 */
public final class Polynomial {
  public static final Polynomial ZERO = new Polynomial(new TreeMap<>());
  public static final Polynomial ONE = constant(BigFraction.ONE);

  private final TreeMap<Monomial, BigFraction> terms;
  // Lazily derived, never changed once set (the polynomial is immutable; a race computes the same
  // value twice). DepthTerm.max asked for them again on every call (issue #13).
  private Polynomial shiftedForm;
  private String asciiForm;
  // Derived once from the immutable map (issue #13): equals and hashCode ran on every critical
  // path step and every max normalisation, degree on every dominance test.
  private final int hash;
  private final int degree;

  private Polynomial(TreeMap<Monomial, BigFraction> terms) {
    this.terms = terms;
    this.hash = terms.hashCode();
    int d = 0;
    for (Monomial m : terms.keySet()) {
      d = Math.max(d, m.degree());
    }
    this.degree = d;
  }

  public static Polynomial constant(BigFraction c) {
    return of(Map.of(Monomial.ONE, c));
  }

  public static Polynomial constant(long c) {
    return constant(BigFraction.of(c));
  }

  public static Polynomial variable(String name) {
    return of(Map.of(Monomial.of(name), BigFraction.ONE));
  }

  public static Polynomial monomial(Monomial m, BigFraction c) {
    return of(Map.of(m, c));
  }

  public static Polynomial of(Map<Monomial, BigFraction> coefficients) {
    TreeMap<Monomial, BigFraction> copy = new TreeMap<>();
    coefficients.forEach((m, c) -> {
      if (c.signum() != 0) {
        copy.put(m, c);
      }
    });
    return new Polynomial(copy);
  }

  public SortedMap<Monomial, BigFraction> terms() {
    return Collections.unmodifiableSortedMap(terms);
  }

  public BigFraction coefficient(Monomial m) {
    return terms.getOrDefault(m, BigFraction.ZERO);
  }

  public boolean isZero() {
    return terms.isEmpty();
  }

  public Set<String> variables() {
    Set<String> vars = new TreeSet<>(Symbols.VARIABLE_ORDER);
    terms.keySet().forEach(m -> vars.addAll(m.variables()));
    return vars;
  }

  public int degree() {
    return degree;
  }

  /**
   * True when this polynomial can be a term of a max-plus depth: every coefficient {@code >= 0}
   * and every monomial at most linear in the depth constants (DESIGN.md section 2).
   */
  public boolean isDepthTermShaped() {
    for (Map.Entry<Monomial, BigFraction> t : terms.entrySet()) {
      if (t.getValue().signum() < 0 || t.getKey().depthDegree() > 1) {
        return false;
      }
    }
    return true;
  }

  public int degreeIn(String variable) {
    int d = 0;
    for (Monomial m : terms.keySet()) {
      d = Math.max(d, m.exponent(variable));
    }
    return d;
  }

  public Polynomial plus(Polynomial other) {
    if (other.isZero()) {
      return this;
    }
    if (isZero()) {
      return other;
    }
    TreeMap<Monomial, BigFraction> sum = new TreeMap<>(terms);
    other.terms.forEach((m, c) -> sum.merge(m, c, BigFraction::add));
    sum.values().removeIf(c -> c.signum() == 0);
    return new Polynomial(sum);
  }

  public Polynomial negate() {
    TreeMap<Monomial, BigFraction> neg = new TreeMap<>();
    terms.forEach((m, c) -> neg.put(m, c.negate()));
    return new Polynomial(neg);
  }

  public Polynomial minus(Polynomial other) {
    return plus(other.negate());
  }

  public Polynomial scale(BigFraction factor) {
    if (factor.signum() == 0) {
      return ZERO;
    }
    TreeMap<Monomial, BigFraction> scaled = new TreeMap<>();
    terms.forEach((m, c) -> scaled.put(m, c.multiply(factor)));
    return new Polynomial(scaled);
  }

  public Polynomial times(Polynomial other) {
    TreeMap<Monomial, BigFraction> product = new TreeMap<>();
    terms.forEach((m1, c1) -> other.terms.forEach((m2, c2) ->
        product.merge(m1.times(m2), c1.multiply(c2), BigFraction::add)));
    product.values().removeIf(c -> c.signum() == 0);
    return new Polynomial(product);
  }

  /**
   * Replaces every variable of {@code bindings} by its polynomial at once (simultaneously: a
   * replacement that mentions another bound name is not substituted again).
   */
  public Polynomial substituteAll(Map<String, Polynomial> bindings) {
    if (bindings.isEmpty()) {
      return this;
    }
    Polynomial result = ZERO;
    for (Map.Entry<Monomial, BigFraction> t : terms.entrySet()) {
      Map<String, Integer> rest = new TreeMap<>(t.getKey().exponents());
      rest.keySet().removeAll(bindings.keySet());
      Polynomial term = monomial(Monomial.of(rest), t.getValue());
      for (Map.Entry<String, Integer> e : t.getKey().exponents().entrySet()) {
        Polynomial r = bindings.get(e.getKey());
        for (int i = 0; r != null && i < e.getValue(); i++) {
          term = term.times(r);
        }
      }
      result = result.plus(term);
    }
    return result;
  }

  /** Replaces {@code variable} by {@code replacement} everywhere. */
  public Polynomial substitute(String variable, Polynomial replacement) {
    Polynomial result = ZERO;
    for (Map.Entry<Monomial, BigFraction> t : terms.entrySet()) {
      int e = t.getKey().exponent(variable);
      Map<String, Integer> rest = new TreeMap<>(t.getKey().exponents());
      rest.remove(variable);
      Polynomial term = monomial(Monomial.of(rest), t.getValue());
      for (int i = 0; i < e; i++) {
        term = term.times(replacement);
      }
      result = result.plus(term);
    }
    return result;
  }

  /**
   * The substitution {@code x = 1 + x'} for every variable (DESIGN.md section 4): over the domain
   * {@code x >= 1} the result is a polynomial in variables {@code >= 0}, where a polynomial with
   * only non-negative coefficients is non-negative. The shifted variables keep their names.
   */
  public Polynomial shifted() {
    Polynomial cached = shiftedForm;
    if (cached == null) {
      cached = computeShifted();
      shiftedForm = cached;
    }
    return cached;
  }

  /**
   * {@code shifted().coversCoefficientwise(other.shifted())}, the dominance test of a max over
   * values {@code >= 1}, mostly without shifting: covering before the shift implies covering after
   * it (the shift of a polynomial with non-negative coefficients keeps them non-negative, and the
   * shift is linear); and for affine polynomials (every monomial of degree at most 1) the shift
   * keeps each variable's coefficient and makes the constant the sum of all coefficients.
   */
  public boolean coversAfterShift(Polynomial other) {
    if (coversCoefficientwise(other)) {
      return true;
    }
    if (degree() <= 1 && other.degree() <= 1) {
      for (Map.Entry<Monomial, BigFraction> t : other.terms.entrySet()) {
        if (!t.getKey().isOne() && coefficient(t.getKey()).compareTo(t.getValue()) < 0) {
          return false;
        }
      }
      for (Map.Entry<Monomial, BigFraction> t : terms.entrySet()) {
        if (!t.getKey().isOne() && t.getValue().signum() < 0
            && !other.terms.containsKey(t.getKey())) {
          return false;
        }
      }
      return coefficientSum().compareTo(other.coefficientSum()) >= 0;
    }
    return shifted().coversCoefficientwise(other.shifted());
  }

  private BigFraction coefficientSum() {
    BigFraction sum = BigFraction.ZERO;
    for (BigFraction c : terms.values()) {
      sum = sum.add(c);
    }
    return sum;
  }

  private Polynomial computeShifted() {
    // Monomial by monomial, each power (x + 1)^e by the binomial theorem: the same polynomial as
    // substituting one variable after another, without expanding intermediate products (which
    // made a 12-character formula like max(2, d)^30 take seconds; found by fuzzing).
    TreeMap<Monomial, BigFraction> result = new TreeMap<>();
    for (Map.Entry<Monomial, BigFraction> t : terms.entrySet()) {
      Polynomial expanded = constant(t.getValue());
      for (Map.Entry<String, Integer> e : t.getKey().exponents().entrySet()) {
        expanded = expanded.times(shiftedPower(e.getKey(), e.getValue()));
      }
      expanded.terms.forEach((m, c) -> result.merge(m, c, BigFraction::add));
    }
    result.values().removeIf(c -> c.signum() == 0);
    return new Polynomial(result);
  }

  /** {@code (x + 1)^e = sum_k C(e, k) x^k}. */
  private static Polynomial shiftedPower(String x, int e) {
    TreeMap<Monomial, BigFraction> powers = new TreeMap<>();
    BigInteger binomial = BigInteger.ONE;
    for (int k = 0; k <= e; k++) {
      powers.put(Monomial.of(Map.of(x, k)), BigFraction.of(binomial));
      // C(e, k + 1) = C(e, k) * (e - k) / (k + 1), exact at every step
      binomial = binomial.multiply(BigInteger.valueOf(e - k)).divide(BigInteger.valueOf(k + 1));
    }
    return new Polynomial(powers);
  }

  /**
   * True when {@code this - other} has only coefficients {@code >= 0}, compared monomial by
   * monomial without building the difference (the dominance test of every max normalisation).
   */
  public boolean coversCoefficientwise(Polynomial other) {
    for (Map.Entry<Monomial, BigFraction> t : other.terms.entrySet()) {
      if (coefficient(t.getKey()).compareTo(t.getValue()) < 0) {
        return false;
      }
    }
    for (Map.Entry<Monomial, BigFraction> t : terms.entrySet()) {
      if (t.getValue().signum() < 0 && !other.terms.containsKey(t.getKey())) {
        return false;
      }
    }
    return true;
  }

  /** True when every coefficient is {@code >= 0}. */
  public boolean isNonNegativeCoefficientwise() {
    for (BigFraction c : terms.values()) {
      if (c.signum() < 0) {
        return false;
      }
    }
    return true;
  }

  /** Exact value at a point; every variable of this polynomial must be assigned. */
  public BigFraction evaluate(Map<String, BigInteger> point) {
    BigFraction sum = BigFraction.ZERO;
    for (Map.Entry<Monomial, BigFraction> t : terms.entrySet()) {
      BigInteger value = BigInteger.ONE;
      for (Map.Entry<String, Integer> e : t.getKey().exponents().entrySet()) {
        BigInteger x = point.get(e.getKey());
        if (x == null) {
          throw new IllegalArgumentException("no value for " + e.getKey());
        }
        value = value.multiply(x.pow(e.getValue()));
      }
      sum = sum.add(t.getValue().multiply(value));
    }
    return sum;
  }

  /** The part of this polynomial whose coefficients are positive. */
  public Polynomial positivePart() {
    TreeMap<Monomial, BigFraction> pos = new TreeMap<>();
    terms.forEach((m, c) -> {
      if (c.signum() > 0) {
        pos.put(m, c);
      }
    });
    return new Polynomial(pos);
  }

  /** ASCII form of DESIGN.md section 9: {@code 6*d_std + 4*m*d_sum + 1/2*n}; {@code 0} if zero. */
  public String ascii() {
    String cached = asciiForm;
    if (cached == null) {
      cached = renderAscii();
      asciiForm = cached;
    }
    return cached;
  }

  private String renderAscii() {
    if (terms.isEmpty()) {
      return "0";
    }
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<Monomial, BigFraction> t : terms.entrySet()) {
      BigFraction c = t.getValue();
      if (sb.length() == 0) {
        if (c.signum() < 0) {
          sb.append('-');
        }
      } else {
        sb.append(c.signum() < 0 ? " - " : " + ");
      }
      BigFraction abs = c.abs();
      Monomial m = t.getKey();
      if (m.isOne()) {
        sb.append(Rationals.ascii(abs));
      } else if (abs.equals(BigFraction.ONE)) {
        sb.append(m.ascii());
      } else {
        sb.append(Rationals.ascii(abs)).append('*').append(m.ascii());
      }
    }
    return sb.toString();
  }

  /** LaTeX form with juxtaposition, as the papers print depths. */
  public String latex() {
    if (terms.isEmpty()) {
      return "0";
    }
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<Monomial, BigFraction> t : terms.entrySet()) {
      BigFraction c = t.getValue();
      if (sb.length() == 0) {
        if (c.signum() < 0) {
          sb.append('-');
        }
      } else {
        sb.append(c.signum() < 0 ? " - " : " + ");
      }
      BigFraction abs = c.abs();
      Monomial m = t.getKey();
      if (m.isOne()) {
        sb.append(Rationals.latex(abs));
      } else if (abs.equals(BigFraction.ONE)) {
        sb.append(m.latex());
      } else {
        sb.append(Rationals.latex(abs)).append(m.latex());
      }
    }
    return sb.toString();
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    // the cached hash rejects almost every unequal pair without walking the maps
    return o instanceof Polynomial && ((Polynomial) o).hash == hash
        && ((Polynomial) o).terms.equals(terms);
  }

  @Override
  public int hashCode() {
    return hash;
  }

  @Override
  public String toString() {
    return ascii();
  }
}
