package org.depthcert.fold;

import java.util.Map;
import java.util.TreeMap;
import org.depthcert.algebra.Polynomial;

/** Gadget counts by kind: sums, scaling, substitution. */
final class Sizes {
  private Sizes() {}

  static Map<String, Polynomial> plus(Map<String, Polynomial> a, Map<String, Polynomial> b) {
    TreeMap<String, Polynomial> r = new TreeMap<>(a);
    b.forEach((k, v) -> r.merge(k, v, Polynomial::plus));
    return r;
  }

  static Map<String, Polynomial> times(Map<String, Polynomial> a, Polynomial factor) {
    TreeMap<String, Polynomial> r = new TreeMap<>();
    a.forEach((k, v) -> r.put(k, v.times(factor)));
    return r;
  }

  static Map<String, Polynomial> substitute(Map<String, Polynomial> a,
      Map<String, Polynomial> bindings) {
    TreeMap<String, Polynomial> r = new TreeMap<>();
    a.forEach((k, v) -> r.put(k, v.substituteAll(bindings)));
    return r;
  }

  static Polynomial total(Map<String, Polynomial> a) {
    Polynomial t = Polynomial.ZERO;
    for (Polynomial p : a.values()) {
      t = t.plus(p);
    }
    return t;
  }
}
