package org.depthcert.algebra;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * An exact multivariate polynomial with rational coefficients, immutable. Zero coefficients are
 * never stored, so two equal polynomials have equal contents (and print identically).
 *
 * <p>Stored compactly (issue #13): the interned monomials in an array ordered by
 * {@link Monomial#id()}, and the coefficients either as {@code long}s, when every coefficient is
 * an integer that fits one, or else as {@link BigFraction}s. The form is a function of the value
 * (integers that fit are always stored as longs), so equal polynomials have equal arrays. The
 * operations on the hot path of a fold (sum, equality, the dominance tests of a max) merge two
 * such arrays with {@code Math.addExact}-style checked arithmetic; an overflow falls back to the
 * exact {@link BigFraction} computation, never to a wrong or rounded value. {@link #terms()}
 * still gives the canonical sorted map, built on first use.
 */
public final class Polynomial {
  private static final Monomial[] NO_MONOMIALS = new Monomial[0];

  public static final Polynomial ZERO = new Polynomial(NO_MONOMIALS, new long[0], null);
  public static final Polynomial ONE = constant(BigFraction.ONE);

  /** The monomials, strictly increasing by id. */
  private final Monomial[] monomials;
  /** The coefficients when all are integers that fit a long, else null. */
  private final long[] ints;
  /** The coefficients otherwise (then {@code ints} is null). */
  private final BigFraction[] fractions;
  private final int hash;
  private final int degree;
  // Lazily derived, never changed once set (the polynomial is immutable; a race computes the same
  // value twice). DepthTerm.max asked for them again on every call (issue #13).
  private Polynomial shiftedForm;
  private String asciiForm;
  private SortedMap<Monomial, BigFraction> termsView;

  private Polynomial(Monomial[] monomials, long[] ints, BigFraction[] fractions) {
    this.monomials = monomials;
    this.ints = ints;
    this.fractions = fractions;
    int h = 0;
    int d = 0;
    for (int i = 0; i < monomials.length; i++) {
      int c = ints != null ? Long.hashCode(ints[i]) : fractions[i].hashCode();
      h += monomials[i].hashCode() * 31 + c;
      d = Math.max(d, monomials[i].degree());
    }
    this.hash = h;
    this.degree = d;
  }

  public static Polynomial constant(BigFraction c) {
    return monomial(Monomial.ONE, c);
  }

  public static Polynomial constant(long c) {
    return c == 0 ? ZERO : new Polynomial(new Monomial[] {Monomial.ONE}, new long[] {c}, null);
  }

  public static Polynomial variable(String name) {
    return new Polynomial(new Monomial[] {Monomial.of(name)}, new long[] {1}, null);
  }

  public static Polynomial monomial(Monomial m, BigFraction c) {
    return of(Map.of(m, c));
  }

  public static Polynomial of(Map<Monomial, BigFraction> coefficients) {
    Monomial[] ms = new Monomial[coefficients.size()];
    BigFraction[] cs = new BigFraction[coefficients.size()];
    int n = 0;
    for (Map.Entry<Monomial, BigFraction> e : coefficients.entrySet()) {
      if (e.getValue().signum() != 0) {
        ms[n] = e.getKey();
        cs[n] = e.getValue();
        n++;
      }
    }
    return canonical(ms, cs, n);
  }

  /**
   * The polynomial of the first {@code n} (distinct, non-zero) pairs, in canonical storage:
   * sorted by monomial id, as longs when every coefficient is an integer that fits one.
   */
  private static Polynomial canonical(Monomial[] ms, BigFraction[] cs, int n) {
    if (n == 0) {
      return ZERO;
    }
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Integer.compare(ms[a].id(), ms[b].id()));
    Monomial[] sorted = new Monomial[n];
    BigFraction[] sortedCs = new BigFraction[n];
    long[] longs = new long[n];
    boolean allLong = true;
    for (int i = 0; i < n; i++) {
      sorted[i] = ms[order[i]];
      BigFraction c = cs[order[i]];
      sortedCs[i] = c;
      if (allLong) {
        BigInteger den = c.getDenominator();
        BigInteger num = c.getNumerator();
        if (den.abs().equals(BigInteger.ONE) && num.bitLength() < 64) {
          longs[i] = den.signum() < 0 ? -num.longValueExact() : num.longValueExact();
        } else {
          allLong = false;
        }
      }
    }
    return allLong ? new Polynomial(sorted, longs, null) : new Polynomial(sorted, null, sortedCs);
  }

  /** The i-th stored coefficient, exactly. */
  private BigFraction coefficientAt(int i) {
    return ints != null ? BigFraction.of(ints[i]) : fractions[i];
  }

  private int signumAt(int i) {
    return ints != null ? Long.signum(ints[i]) : fractions[i].signum();
  }

  /** Compares the i-th coefficient of this with the j-th of {@code other}. */
  private int compareAt(int i, Polynomial other, int j) {
    if (ints != null && other.ints != null) {
      return Long.compare(ints[i], other.ints[j]);
    }
    return coefficientAt(i).compareTo(other.coefficientAt(j));
  }

  private int indexOf(Monomial m) {
    int lo = 0;
    int hi = monomials.length - 1;
    int id = m.id();
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int c = Integer.compare(monomials[mid].id(), id);
      if (c == 0) {
        return mid;
      } else if (c < 0) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return -1;
  }

  /** The terms in canonical order, as an unmodifiable sorted map (built once, on first use). */
  public SortedMap<Monomial, BigFraction> terms() {
    SortedMap<Monomial, BigFraction> view = termsView;
    if (view == null) {
      TreeMap<Monomial, BigFraction> map = new TreeMap<>();
      for (int i = 0; i < monomials.length; i++) {
        map.put(monomials[i], coefficientAt(i));
      }
      view = Collections.unmodifiableSortedMap(map);
      termsView = view;
    }
    return view;
  }

  public BigFraction coefficient(Monomial m) {
    int i = indexOf(m);
    return i < 0 ? BigFraction.ZERO : coefficientAt(i);
  }

  public boolean isZero() {
    return monomials.length == 0;
  }

  public Set<String> variables() {
    Set<String> vars = new TreeSet<>(Symbols.VARIABLE_ORDER);
    for (Monomial m : monomials) {
      vars.addAll(m.variables());
    }
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
    for (int i = 0; i < monomials.length; i++) {
      if (signumAt(i) < 0 || monomials[i].depthDegree() > 1) {
        return false;
      }
    }
    return true;
  }

  public int degreeIn(String variable) {
    int d = 0;
    for (Monomial m : monomials) {
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
    if (ints != null && other.ints != null) {
      try {
        return plusLongs(other);
      } catch (ArithmeticException overflow) {
        // a sum left the long range: computed again exactly below
      }
    }
    // exactly, in BigFraction: both arrays merged by monomial id
    int total = monomials.length + other.monomials.length;
    Monomial[] ms = new Monomial[total];
    BigFraction[] cs = new BigFraction[total];
    int n = 0;
    for (int i = 0, j = 0; i < monomials.length || j < other.monomials.length;) {
      int c = mergeStep(other, i, j);
      BigFraction v;
      Monomial m;
      if (c < 0) {
        m = monomials[i];
        v = coefficientAt(i++);
      } else if (c > 0) {
        m = other.monomials[j];
        v = other.coefficientAt(j++);
      } else {
        m = monomials[i];
        v = coefficientAt(i++).add(other.coefficientAt(j++));
      }
      if (v.signum() != 0) {
        ms[n] = m;
        cs[n++] = v;
      }
    }
    return canonical(ms, cs, n);
  }

  /**
   * One step of merging the monomial arrays of this and {@code other} at positions i and j:
   * negative when the next monomial is only in this, positive when only in other, 0 when both.
   */
  private int mergeStep(Polynomial other, int i, int j) {
    if (i == monomials.length) {
      return 1;
    }
    return j == other.monomials.length ? -1
        : Integer.compare(monomials[i].id(), other.monomials[j].id());
  }

  /** The sum when both are stored as longs; throws ArithmeticException on overflow. */
  private Polynomial plusLongs(Polynomial other) {
    Monomial[] ms = new Monomial[monomials.length + other.monomials.length];
    long[] cs = new long[ms.length];
    int n = 0;
    int i = 0;
    int j = 0;
    while (i < monomials.length || j < other.monomials.length) {
      int c = mergeStep(other, i, j);
      if (c < 0) {
        ms[n] = monomials[i];
        cs[n++] = ints[i++];
      } else if (c > 0) {
        ms[n] = other.monomials[j];
        cs[n++] = other.ints[j++];
      } else {
        long v = Math.addExact(ints[i], other.ints[j]);
        if (v != 0) {
          ms[n] = monomials[i];
          cs[n++] = v;
        }
        i++;
        j++;
      }
    }
    if (n == 0) {
      return ZERO;
    }
    return new Polynomial(n == ms.length ? ms : Arrays.copyOf(ms, n),
        n == cs.length ? cs : Arrays.copyOf(cs, n), null);
  }

  public Polynomial negate() {
    if (ints != null) {
      try {
        long[] cs = new long[ints.length];
        for (int i = 0; i < cs.length; i++) {
          cs[i] = Math.negateExact(ints[i]);
        }
        return new Polynomial(monomials, cs, null);
      } catch (ArithmeticException overflow) {
        // -Long.MIN_VALUE: negated exactly below
      }
    }
    return scale(BigFraction.of(-1));
  }

  public Polynomial minus(Polynomial other) {
    if (ints != null && other.ints != null && !other.isZero()) {
      try {
        long[] cs = new long[other.ints.length];
        for (int i = 0; i < cs.length; i++) {
          cs[i] = Math.negateExact(other.ints[i]);
        }
        // the negation of other, stored as longs, without a second canonical pass
        return plusLongs(new Polynomial(other.monomials, cs, null));
      } catch (ArithmeticException overflow) {
        // computed exactly below
      }
    }
    return plus(other.negate());
  }

  public Polynomial scale(BigFraction factor) {
    if (factor.signum() == 0 || isZero()) {
      return ZERO;
    }
    BigFraction[] cs = new BigFraction[monomials.length];
    for (int i = 0; i < cs.length; i++) {
      cs[i] = coefficientAt(i).multiply(factor);
    }
    return canonical(monomials.clone(), cs, cs.length);
  }

  public Polynomial times(Polynomial other) {
    if (isZero() || other.isZero()) {
      return ZERO;
    }
    if (isUnit()) {
      return other;
    }
    if (other.isUnit()) {
      return this;
    }
    if (monomials.length == 1 && other.monomials.length == 1 && ints != null
        && other.ints != null) {
      // one monomial times one monomial (a shape's n*d): no map, unless the product overflows
      try {
        return new Polynomial(new Monomial[] {monomials[0].times(other.monomials[0])},
            new long[] {Math.multiplyExact(ints[0], other.ints[0])}, null);
      } catch (ArithmeticException overflow) {
        // computed exactly below
      }
    }
    Map<Monomial, BigFraction> product = new HashMap<>();
    for (int i = 0; i < monomials.length; i++) {
      for (int j = 0; j < other.monomials.length; j++) {
        product.merge(monomials[i].times(other.monomials[j]),
            coefficientAt(i).multiply(other.coefficientAt(j)), BigFraction::add);
      }
    }
    return of(product);
  }

  /** True for the polynomial 1. */
  private boolean isUnit() {
    return monomials.length == 1 && monomials[0].isOne() && ints != null && ints[0] == 1;
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
    for (int i = 0; i < monomials.length; i++) {
      Monomial mono = monomials[i];
      Map<String, Integer> rest = new TreeMap<>(mono.exponents());
      rest.keySet().removeAll(bindings.keySet());
      Polynomial term = monomial(Monomial.of(rest), coefficientAt(i));
      for (Map.Entry<String, Integer> e : mono.exponents().entrySet()) {
        Polynomial r = bindings.get(e.getKey());
        for (int k = 0; r != null && k < e.getValue(); k++) {
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
    for (int i = 0; i < monomials.length; i++) {
      Monomial mono = monomials[i];
      int e = mono.exponent(variable);
      Map<String, Integer> rest = new TreeMap<>(mono.exponents());
      rest.remove(variable);
      Polynomial term = monomial(Monomial.of(rest), coefficientAt(i));
      for (int k = 0; k < e; k++) {
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
    if (degree <= 1 && other.degree <= 1) {
      // (covering before the shift implies this test, so it need not be tried first)
      return covers(other, true) && compareSums(other) >= 0;
    }
    if (covers(other, false)) {
      return true;
    }
    return shifted().coversCoefficientwise(other.shifted());
  }

  /** Compares the sums of all coefficients (the values at the point where every variable is 1). */
  private int compareSums(Polynomial other) {
    if (ints != null && other.ints != null) {
      try {
        return Long.compare(longSum(), other.longSum());
      } catch (ArithmeticException overflow) {
        // a sum left the long range: compared exactly below
      }
    }
    return coefficientSum().compareTo(other.coefficientSum());
  }

  private long longSum() {
    long s = 0;
    for (long c : ints) {
      s = Math.addExact(s, c);
    }
    return s;
  }

  private BigFraction coefficientSum() {
    BigFraction sum = BigFraction.ZERO;
    for (int i = 0; i < monomials.length; i++) {
      sum = sum.add(coefficientAt(i));
    }
    return sum;
  }

  private Polynomial computeShifted() {
    // Monomial by monomial, each power (x + 1)^e by the binomial theorem: the same polynomial as
    // substituting one variable after another, without expanding intermediate products (which
    // made a 12-character formula like max(2, d)^30 take seconds; found by fuzzing).
    Map<Monomial, BigFraction> result = new HashMap<>();
    for (int i = 0; i < monomials.length; i++) {
      Polynomial expanded = constant(coefficientAt(i));
      for (Map.Entry<String, Integer> e : monomials[i].exponents().entrySet()) {
        expanded = expanded.times(shiftedPower(e.getKey(), e.getValue()));
      }
      for (int k = 0; k < expanded.monomials.length; k++) {
        result.merge(expanded.monomials[k], expanded.coefficientAt(k), BigFraction::add);
      }
    }
    return of(result);
  }

  /** {@code (x + 1)^e = sum_k C(e, k) x^k}. */
  private static Polynomial shiftedPower(String x, int e) {
    Map<Monomial, BigFraction> powers = new HashMap<>();
    BigInteger binomial = BigInteger.ONE;
    for (int k = 0; k <= e; k++) {
      powers.put(Monomial.of(Map.of(x, k)), BigFraction.of(binomial));
      // C(e, k + 1) = C(e, k) * (e - k) / (k + 1), exact at every step
      binomial = binomial.multiply(BigInteger.valueOf(e - k)).divide(BigInteger.valueOf(k + 1));
    }
    return of(powers);
  }

  /**
   * True when {@code this - other} has only coefficients {@code >= 0}, compared monomial by
   * monomial without building the difference (the dominance test of every max normalisation).
   */
  public boolean coversCoefficientwise(Polynomial other) {
    return covers(other, false);
  }

  /**
   * {@code this - other >= 0} coefficientwise, by one merge of the two sorted arrays; with
   * {@code skipConstant} the constant monomial is left out of the comparison.
   */
  private boolean covers(Polynomial other, boolean skipConstant) {
    int i = 0;
    int j = 0;
    while (i < monomials.length || j < other.monomials.length) {
      int c = mergeStep(other, i, j);
      if (c < 0) { // only in this: its coefficient must be >= 0
        if (!(skipConstant && monomials[i].isOne()) && signumAt(i) < 0) {
          return false;
        }
        i++;
      } else if (c > 0) { // only in other: 0 must be >= its coefficient
        if (!(skipConstant && other.monomials[j].isOne()) && other.signumAt(j) > 0) {
          return false;
        }
        j++;
      } else {
        if (!(skipConstant && monomials[i].isOne()) && compareAt(i, other, j) < 0) {
          return false;
        }
        i++;
        j++;
      }
    }
    return true;
  }

  /** True when every coefficient is {@code >= 0}. */
  public boolean isNonNegativeCoefficientwise() {
    for (int i = 0; i < monomials.length; i++) {
      if (signumAt(i) < 0) {
        return false;
      }
    }
    return true;
  }

  /** Exact value at a point; every variable of this polynomial must be assigned. */
  public BigFraction evaluate(Map<String, BigInteger> point) {
    BigFraction sum = BigFraction.ZERO;
    for (Map.Entry<Monomial, BigFraction> t : terms().entrySet()) {
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
    Monomial[] ms = new Monomial[monomials.length];
    BigFraction[] cs = new BigFraction[monomials.length];
    int n = 0;
    for (int i = 0; i < monomials.length; i++) {
      if (signumAt(i) > 0) {
        ms[n] = monomials[i];
        cs[n++] = coefficientAt(i);
      }
    }
    return n == monomials.length ? this : canonical(ms, cs, n);
  }

  /** The stored indices in canonical monomial order (the order every printed form uses). */
  private int[] canonicalOrder() {
    int n = monomials.length;
    if (n <= 1) {
      return n == 0 ? new int[0] : new int[] {0};
    }
    if (n == 2) {
      return monomials[0].compareTo(monomials[1]) < 0 ? new int[] {0, 1} : new int[] {1, 0};
    }
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> monomials[a].compareTo(monomials[b]));
    int[] result = new int[n];
    for (int i = 0; i < n; i++) {
      result[i] = order[i];
    }
    return result;
  }

  /** ASCII form of DESIGN.md section 9: {@code 6*d_std + 4*m*d_sum + 1/2*n}; {@code 0} if zero. */
  public String ascii() {
    String cached = asciiForm;
    if (cached == null) {
      cached = render(false);
      asciiForm = cached;
    }
    return cached;
  }

  /** LaTeX form with juxtaposition, as the papers print depths. */
  public String latex() {
    return render(true);
  }

  private String render(boolean latex) {
    if (monomials.length == 0) {
      return "0";
    }
    StringBuilder sb = new StringBuilder();
    for (int i : canonicalOrder()) {
      int sign = signumAt(i);
      if (sb.length() == 0) {
        if (sign < 0) {
          sb.append('-');
        }
      } else {
        sb.append(sign < 0 ? " - " : " + ");
      }
      Monomial m = monomials[i];
      boolean unit = ints != null ? ints[i] == 1 || ints[i] == -1
          : fractions[i].abs().equals(BigFraction.ONE);
      if (!m.isOne() && unit) {
        sb.append(latex ? m.latex() : m.ascii());
        continue;
      }
      if (ints != null && ints[i] != Long.MIN_VALUE) {
        sb.append(Math.abs(ints[i]));
      } else {
        BigFraction abs = coefficientAt(i).abs();
        sb.append(latex ? Rationals.latex(abs) : Rationals.ascii(abs));
      }
      if (!m.isOne()) {
        sb.append(latex ? "" : "*").append(latex ? m.latex() : m.ascii());
      }
    }
    return sb.toString();
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Polynomial)) {
      return false;
    }
    Polynomial p = (Polynomial) o;
    // the cached hash rejects almost every unequal pair; the storage form is a function of the
    // value, and monomials are interned, so equal polynomials have identical arrays
    return p.hash == hash && Arrays.equals(p.monomials, monomials)
        && Arrays.equals(p.ints, ints) && Arrays.equals(p.fractions, fractions);
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
