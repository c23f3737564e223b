package org.depthcert.verifier;

import java.math.BigInteger;
import java.util.Map;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * A polynomial's coefficients after the shift x = 1 + x' ({@link Poly#shifted()}), laid out for
 * the dominance test that normalising a max term runs pairwise: the monomials in ascending order
 * and their non-zero coefficients beside them, as machine integers when every coefficient is an
 * integer that fits in a long, else exactly as fractions.
 *
 * <p>Dominance is a comparison per monomial ({@code s[m] >= t[m]}), never a subtraction, so the
 * machine-integer path cannot overflow. Only {@link #plus} adds; it adds with
 * {@link Math#addExact} and redoes the sum in fractions when a long would overflow.
 */
final class Shifted {
  private final Mono[] monos;
  /** The coefficients when all are integers in long range, else null and {@link #exact} holds them. */
  private final long[] small;
  private final BigFraction[] exact;

  private Shifted(Mono[] monos, long[] small, BigFraction[] exact) {
    this.monos = monos;
    this.small = small;
    this.exact = exact;
  }

  /** The layout of an already shifted polynomial (its terms are sorted and non-zero). */
  static Shifted of(Poly shifted) {
    int n = shifted.terms().size();
    Mono[] monos = new Mono[n];
    BigFraction[] exact = new BigFraction[n];
    int i = 0;
    for (Map.Entry<Mono, BigFraction> e : shifted.terms().entrySet()) {
      monos[i] = e.getKey();
      exact[i] = e.getValue();
      i++;
    }
    return compact(monos, exact, n);
  }

  /** Keeps the first {@code n} entries, as longs where every coefficient allows it. */
  private static Shifted compact(Mono[] monos, BigFraction[] exact, int n) {
    Mono[] m = n == monos.length ? monos : java.util.Arrays.copyOf(monos, n);
    long[] small = new long[n];
    for (int i = 0; i < n; i++) {
      BigInteger den = exact[i].getDenominator();
      BigInteger value = den.signum() < 0 ? exact[i].getNumerator().negate()
          : exact[i].getNumerator();
      if (!den.abs().equals(BigInteger.ONE) || value.bitLength() > 63) {
        return new Shifted(m, null, n == exact.length ? exact : java.util.Arrays.copyOf(exact, n));
      }
      small[i] = value.longValue();
    }
    return new Shifted(m, small, null);
  }

  int size() {
    return monos.length;
  }

  private int sign(int i) {
    return small != null ? Long.signum(small[i]) : exact[i].signum();
  }

  /** Compares this one's i-th coefficient with o's j-th exactly. */
  private int compare(int i, Shifted o, int j) {
    if (small != null && o.small != null) {
      return Long.compare(small[i], o.small[j]);
    }
    return fraction(i).compareTo(o.fraction(j));
  }

  private BigFraction fraction(int i) {
    return small != null ? BigFraction.of(small[i]) : exact[i];
  }

  /**
   * True when every coefficient of this one is at least the same monomial's coefficient in
   * {@code t} (an absent monomial has coefficient 0): the shifted form of this - t has only
   * non-negative coefficients.
   */
  boolean atLeast(Shifted t) {
    int i = 0;
    int j = 0;
    while (i < monos.length || j < t.monos.length) {
      int c = i == monos.length ? 1 : j == t.monos.length ? -1 : monos[i].compareTo(t.monos[j]);
      if (c == 0) {
        if (compare(i, t, j) < 0) {
          return false;
        }
        i++;
        j++;
      } else if (c < 0) {
        if (sign(i) < 0) { // this - t has this one's coefficient here
          return false;
        }
        i++;
      } else {
        if (t.sign(j) > 0) { // this - t has minus t's coefficient here
          return false;
        }
        j++;
      }
    }
    return true;
  }

  /** The layout of the shift of p + q, which is the sum of the shifts (the shift is linear). */
  Shifted plus(Shifted o) {
    int n = monos.length + o.monos.length;
    Mono[] m = new Mono[n];
    if (small != null && o.small != null) {
      long[] s = new long[n];
      int k = 0;
      int i = 0;
      int j = 0;
      try {
        while (i < monos.length || j < o.monos.length) {
          int c = i == monos.length ? 1 : j == o.monos.length ? -1
              : monos[i].compareTo(o.monos[j]);
          long v = c == 0 ? Math.addExact(small[i], o.small[j]) : c < 0 ? small[i] : o.small[j];
          Mono at = c <= 0 ? monos[i] : o.monos[j];
          i += c <= 0 ? 1 : 0;
          j += c >= 0 ? 1 : 0;
          if (v != 0) {
            m[k] = at;
            s[k++] = v;
          }
        }
        return new Shifted(java.util.Arrays.copyOf(m, k), java.util.Arrays.copyOf(s, k), null);
      } catch (ArithmeticException overflow) {
        // falls through to the exact sum below
      }
    }
    BigFraction[] e = new BigFraction[n];
    int k = 0;
    int i = 0;
    int j = 0;
    while (i < monos.length || j < o.monos.length) {
      int c = i == monos.length ? 1 : j == o.monos.length ? -1 : monos[i].compareTo(o.monos[j]);
      BigFraction v = c == 0 ? fraction(i).add(o.fraction(j)) : c < 0 ? fraction(i)
          : o.fraction(j);
      Mono at = c <= 0 ? monos[i] : o.monos[j];
      i += c <= 0 ? 1 : 0;
      j += c >= 0 ? 1 : 0;
      if (v.signum() != 0) {
        m[k] = at;
        e[k++] = v;
      }
    }
    return compact(m, e, k);
  }

  /** The coefficients as a polynomial again (for tests: the layout must say the same). */
  Poly toPoly() {
    java.util.TreeMap<Mono, BigFraction> t = new java.util.TreeMap<>();
    for (int i = 0; i < monos.length; i++) {
      t.put(monos[i], fraction(i));
    }
    return new Poly(t);
  }
}
