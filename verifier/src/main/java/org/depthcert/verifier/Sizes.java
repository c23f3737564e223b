package org.depthcert.verifier;

import java.util.Map;
import java.util.TreeMap;

/** Gadget counts by kind: sums and scaling, with a kind of zero count dropped. */
final class Sizes {
  private Sizes() {}

  static Map<String, Poly> plus(Map<String, Poly> a, Map<String, Poly> b) {
    TreeMap<String, Poly> r = new TreeMap<>(a);
    b.forEach((k, v) -> r.merge(k, v, Poly::plus));
    r.values().removeIf(Poly::isZero);
    return r;
  }

  static Map<String, Poly> times(Map<String, Poly> a, Poly factor) {
    TreeMap<String, Poly> r = new TreeMap<>();
    a.forEach((k, v) -> r.put(k, v.times(factor)));
    r.values().removeIf(Poly::isZero);
    return r;
  }

  static Poly total(Map<String, Poly> a) {
    Poly t = Poly.ZERO;
    for (Poly p : a.values()) {
      t = t.plus(p);
    }
    return t;
  }

  /** Compares two size maps, treating an absent kind as zero. */
  static boolean same(Map<String, Poly> a, Map<String, Poly> b) {
    return plus(a, Map.of()).equals(plus(b, Map.of()));
  }
}
