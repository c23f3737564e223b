package org.depthcert.verifier;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A monomial: variable name to positive exponent (the empty map is the constant monomial 1).
 * Its key, the text {@code d^2*n}, is unique per monomial and gives the (arbitrary but fixed)
 * order in which polynomials keep their terms.
 */
public final class Mono implements Comparable<Mono> {
  public static final Mono ONE = new Mono(new TreeMap<>());

  private final SortedMap<String, Integer> exponents;
  private final String key;

  public Mono(SortedMap<String, Integer> exponents) {
    this.exponents = Collections.unmodifiableSortedMap(new TreeMap<>(exponents));
    StringBuilder sb = new StringBuilder();
    this.exponents.forEach((v, k) -> {
      if (sb.length() > 0) {
        sb.append('*');
      }
      sb.append(v);
      if (k != 1) {
        sb.append('^').append(k);
      }
    });
    this.key = sb.length() == 0 ? "1" : sb.toString();
  }

  public static Mono of(String variable, int exponent) {
    TreeMap<String, Integer> e = new TreeMap<>();
    if (exponent > 0) {
      e.put(variable, exponent);
    }
    return new Mono(e);
  }

  public SortedMap<String, Integer> exponents() {
    return exponents;
  }

  public Mono times(Mono other) {
    TreeMap<String, Integer> e = new TreeMap<>(exponents);
    other.exponents.forEach((v, k) -> e.merge(v, k, Integer::sum));
    return new Mono(e);
  }

  public int exponent(String variable) {
    return exponents.getOrDefault(variable, 0);
  }

  @Override
  public int compareTo(Mono o) {
    return key.compareTo(o.key);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Mono && ((Mono) o).key.equals(key);
  }

  @Override
  public int hashCode() {
    return key.hashCode();
  }

  @Override
  public String toString() {
    return key;
  }
}
