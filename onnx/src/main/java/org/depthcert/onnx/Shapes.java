package org.depthcert.onnx;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.numbers.fraction.BigFraction;
import org.depthcert.algebra.Monomial;
import org.depthcert.algebra.Polynomial;

/**
 * Shape arithmetic on symbolic ONNX shapes, and how a tensor is read as a matrix: the catalog's
 * rules are stated on matrices (Definitions 3.x of the seed paper), so a tensor
 * [d0, ..., dk] is the matrix [d0*...*d(k-1), dk] whose rows are computed in parallel; a vector is
 * one row, a scalar [1, 1].
 */
final class Shapes {
  private Shapes() {}

  static Polynomial product(List<Dim> dims, int from, int to) {
    Polynomial p = Polynomial.ONE;
    for (int i = from; i < to; i++) {
      p = p.times(dims.get(i).size());
    }
    return p;
  }

  static Polynomial elements(List<Dim> dims) {
    return product(dims, 0, dims.size());
  }

  /** The matrix a tensor of this shape is read as. */
  static List<Polynomial> matrix(List<Dim> dims) {
    if (dims.isEmpty()) {
      return List.of(Polynomial.ONE, Polynomial.ONE);
    }
    if (dims.size() == 1) {
      return List.of(Polynomial.ONE, dims.get(0).size());
    }
    return List.of(product(dims, 0, dims.size() - 1), dims.get(dims.size() - 1).size());
  }

  /** The shape with 1s prepended up to rank r (numpy alignment). */
  static List<Dim> align(List<Dim> dims, int r) {
    List<Dim> out = new ArrayList<>();
    for (int i = dims.size(); i < r; i++) {
      out.add(Dim.of(1));
    }
    out.addAll(dims);
    return out;
  }

  /** An axis attribute in [-r, r) as an index in [0, r), or -1 when out of range. */
  static int axis(long a, int r) {
    long x = a < 0 ? a + r : a;
    return x < 0 || x >= r ? -1 : (int) x;
  }

  /** The exact quotient a / b when it is a polynomial with integer coefficients, else null. */
  static Polynomial divide(Polynomial a, Polynomial b) {
    if (b.terms().size() != 1) {
      return a.equals(b) ? Polynomial.ONE : null;
    }
    Map.Entry<Monomial, BigFraction> t = b.terms().entrySet().iterator().next();
    Monomial m = t.getKey();
    Polynomial q = Polynomial.ZERO;
    for (Map.Entry<Monomial, BigFraction> e : a.terms().entrySet()) {
      Map<String, Integer> exps = new java.util.TreeMap<>(e.getKey().exponents());
      for (Map.Entry<String, Integer> v : m.exponents().entrySet()) {
        int left = exps.getOrDefault(v.getKey(), 0) - v.getValue();
        if (left < 0) {
          return null;
        }
        if (left == 0) {
          exps.remove(v.getKey());
        } else {
          exps.put(v.getKey(), left);
        }
      }
      BigFraction c = e.getValue().divide(t.getValue());
      if (!c.getDenominator().equals(BigInteger.ONE)) {
        return null;
      }
      q = q.plus(Polynomial.monomial(Monomial.of(exps), c));
    }
    return q;
  }

  static String ascii(List<Dim> dims) {
    List<String> s = new ArrayList<>();
    dims.forEach(d -> s.add(d.ascii()));
    return "[" + String.join(", ", s) + "]";
  }

  static String asciiPolys(List<Polynomial> ps) {
    List<String> s = new ArrayList<>();
    ps.forEach(d -> s.add(d.ascii()));
    return "[" + String.join(", ", s) + "]";
  }
}
