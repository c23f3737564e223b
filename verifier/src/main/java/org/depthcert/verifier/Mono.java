package org.depthcert.verifier;

import java.util.Collections;
import java.util.Iterator;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A monomial: variable name to positive exponent (the empty map is the constant monomial 1).
 * Ordered by its entries so that polynomials have one canonical form.
 */
record Mono(SortedMap<String, Integer> exponents) implements Comparable<Mono> {
  static final Mono ONE = new Mono(new TreeMap<>());

  Mono {
    exponents = Collections.unmodifiableSortedMap(new TreeMap<>(exponents));
  }

  static Mono of(String variable, int exponent) {
    TreeMap<String, Integer> e = new TreeMap<>();
    if (exponent > 0) {
      e.put(variable, exponent);
    }
    return new Mono(e);
  }

  Mono times(Mono other) {
    TreeMap<String, Integer> e = new TreeMap<>(exponents);
    other.exponents.forEach((v, k) -> e.merge(v, k, Integer::sum));
    return new Mono(e);
  }

  int exponent(String variable) {
    return exponents.getOrDefault(variable, 0);
  }

  @Override
  public int compareTo(Mono o) {
    Iterator<Map.Entry<String, Integer>> a = exponents.entrySet().iterator();
    Iterator<Map.Entry<String, Integer>> b = o.exponents.entrySet().iterator();
    while (a.hasNext() && b.hasNext()) {
      Map.Entry<String, Integer> x = a.next();
      Map.Entry<String, Integer> y = b.next();
      int c = x.getKey().compareTo(y.getKey());
      if (c != 0) {
        return c;
      }
      c = Integer.compare(x.getValue(), y.getValue());
      if (c != 0) {
        return c;
      }
    }
    return Boolean.compare(a.hasNext(), b.hasNext());
  }

  @Override
  public String toString() {
    if (exponents.isEmpty()) {
      return "1";
    }
    StringBuilder sb = new StringBuilder();
    exponents.forEach((v, k) -> {
      if (sb.length() > 0) {
        sb.append('*');
      }
      sb.append(v);
      if (k > 1) {
        sb.append('^').append(k);
      }
    });
    return sb.toString();
  }
}
