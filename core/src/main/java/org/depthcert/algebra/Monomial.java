package org.depthcert.algebra;

import java.util.Collections;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A product of variables with positive integer exponents; the empty product is {@link #ONE}.
 * Interned (hash-consed, issue #13): equal monomials are one object with one {@link #id()}, so a
 * polynomial stores its monomials in an array ordered by id and compares, merges and looks them up
 * by an int instead of walking exponent maps. The ids depend on the order in which monomials were
 * first made in this JVM; they order storage only, never anything printed (printing uses
 * {@link #compareTo}, the canonical order).
 */
public final class Monomial implements Comparable<Monomial> {
  private static final ConcurrentHashMap<Map<String, Integer>, Monomial> INTERNED =
      new ConcurrentHashMap<>();
  private static final AtomicInteger NEXT_ID = new AtomicInteger();

  public static final Monomial ONE = intern(new TreeMap<>(Symbols.VARIABLE_ORDER));

  private final TreeMap<String, Integer> exponents;
  private final int id;
  // Derived once: compareTo needs them on every comparison of every polynomial map (issue #13).
  private final int degree;
  private final int depthDegree;
  private final String leadingConstant;
  private final int leadingRank;
  private final int hash;
  private String asciiForm;

  private Monomial(TreeMap<String, Integer> exponents, int id) {
    this.exponents = exponents;
    this.id = id;
    int d = 0;
    int dd = 0;
    String lead = null;
    for (Map.Entry<String, Integer> e : exponents.entrySet()) {
      d += e.getValue();
      if (Symbols.isDepthConstant(e.getKey())) {
        dd += e.getValue();
        if (lead == null) {
          lead = e.getKey();
        }
      }
    }
    this.degree = d;
    this.depthDegree = dd;
    this.leadingConstant = lead;
    this.leadingRank = lead == null ? 0 : Symbols.rank(lead);
    this.hash = exponents.hashCode();
  }

  public static Monomial of(String variable) {
    return of(Map.of(variable, 1));
  }

  public static Monomial of(Map<String, Integer> exponents) {
    TreeMap<String, Integer> copy = new TreeMap<>(Symbols.VARIABLE_ORDER);
    for (Map.Entry<String, Integer> e : exponents.entrySet()) {
      if (e.getValue() < 0) {
        throw new IllegalArgumentException("negative exponent for " + e.getKey());
      }
      if (e.getValue() > 0) {
        copy.put(e.getKey(), e.getValue());
      }
    }
    return copy.isEmpty() ? ONE : intern(copy);
  }

  /** The one monomial with these exponents (made on first use); {@code exponents} is not kept. */
  private static Monomial intern(TreeMap<String, Integer> exponents) {
    Monomial known = INTERNED.get(exponents);
    if (known != null) {
      return known;
    }
    return INTERNED.computeIfAbsent(exponents,
        e -> new Monomial(new TreeMap<>(exponents), NEXT_ID.getAndIncrement()));
  }

  /** This monomial's storage rank (see the class comment): distinct monomials, distinct ids. */
  int id() {
    return id;
  }

  public Map<String, Integer> exponents() {
    return Collections.unmodifiableMap(exponents);
  }

  public Set<String> variables() {
    return Collections.unmodifiableSet(exponents.keySet());
  }

  public int exponent(String variable) {
    return exponents.getOrDefault(variable, 0);
  }

  public int degree() {
    return degree;
  }

  /** The degree of {@link #depthPart()}, without building it. */
  public int depthDegree() {
    return depthDegree;
  }

  public boolean isOne() {
    return exponents.isEmpty();
  }

  public Monomial times(Monomial other) {
    TreeMap<String, Integer> product = new TreeMap<>(Symbols.VARIABLE_ORDER);
    product.putAll(exponents);
    other.exponents.forEach((v, e) -> product.merge(v, e, Integer::sum));
    return intern(product);
  }

  /** True when this monomial divides {@code other}. */
  public boolean divides(Monomial other) {
    for (Map.Entry<String, Integer> e : exponents.entrySet()) {
      if (other.exponent(e.getKey()) < e.getValue()) {
        return false;
      }
    }
    return true;
  }

  /** All monomials dividing this one, including {@link #ONE} and itself, in canonical order. */
  public Set<Monomial> divisors() {
    Set<Monomial> result = new TreeSet<>();
    result.add(ONE);
    for (Map.Entry<String, Integer> e : exponents.entrySet()) {
      Set<Monomial> next = new TreeSet<>(result);
      for (Monomial m : result) {
        for (int k = 1; k <= e.getValue(); k++) {
          next.add(m.times(of(Map.of(e.getKey(), k))));
        }
      }
      result = next;
    }
    return result;
  }

  /** The part of this monomial made of depth constants (at most linear in a depth term). */
  public Monomial depthPart() {
    TreeMap<String, Integer> part = new TreeMap<>(Symbols.VARIABLE_ORDER);
    exponents.forEach((v, e) -> {
      if (Symbols.isDepthConstant(v)) {
        part.put(v, e);
      }
    });
    return part.isEmpty() ? ONE : intern(part);
  }

  /** The part of this monomial made of parameters. */
  public Monomial parameterPart() {
    TreeMap<String, Integer> part = new TreeMap<>(Symbols.VARIABLE_ORDER);
    exponents.forEach((v, e) -> {
      if (!Symbols.isDepthConstant(v)) {
        part.put(v, e);
      }
    });
    return part.isEmpty() ? ONE : intern(part);
  }

  /** ASCII form: {@code m*d_std}, {@code n^2}; {@code 1} for the empty product. */
  public String ascii() {
    String cached = asciiForm; // interned, so rendered once per monomial, not once per term
    if (cached == null) {
      cached = renderAscii();
      asciiForm = cached;
    }
    return cached;
  }

  private String renderAscii() {
    if (isOne()) {
      return "1";
    }
    StringBuilder sb = new StringBuilder();
    exponents.forEach((v, e) -> {
      if (sb.length() > 0) {
        sb.append('*');
      }
      sb.append(v);
      if (e > 1) {
        sb.append('^').append(e);
      }
    });
    return sb.toString();
  }

  /**
   * LaTeX form by juxtaposition, as papers write it: {@code md_{\mathrm{std}}}; two letters that
   * would run together ({@code m} then {@code n}, which reads back as a parameter {@code mn})
   * are separated by a thin space {@code m\,n} (issue #9 class 8). A depth constant needs none:
   * the reader splits the {@code d} before its subscript off a run.
   */
  public String latex() {
    if (isOne()) {
      return "1";
    }
    StringBuilder sb = new StringBuilder();
    exponents.forEach((v, e) -> {
      String rendered = Symbols.latex(v);
      if (sb.length() > 0 && Character.isLetter(sb.charAt(sb.length() - 1))
          && Character.isLetter(rendered.charAt(0)) && !Symbols.isDepthConstant(v)) {
        sb.append("\\,");
      }
      sb.append(rendered);
      if (e > 1) {
        sb.append("^{").append(e).append('}');
      }
    });
    return sb.toString();
  }

  /**
   * Canonical order: by the rank of the depth constant (d_std first, then d_sum, ..., constant term
   * last), then by descending degree of the parameter part, then lexicographically.
   */
  @Override
  public int compareTo(Monomial o) {
    if (this == o) {
      return 0;
    }
    int c = compareLeadingConstant(o);
    if (c != 0) {
      return c;
    }
    c = Boolean.compare(isOne(), o.isOne());
    if (c != 0) {
      return c;
    }
    c = Integer.compare(o.degree(), degree());
    if (c != 0) {
      return c;
    }
    Iterator<Map.Entry<String, Integer>> a = exponents.entrySet().iterator();
    Iterator<Map.Entry<String, Integer>> b = o.exponents.entrySet().iterator();
    while (a.hasNext() && b.hasNext()) {
      Map.Entry<String, Integer> x = a.next();
      Map.Entry<String, Integer> y = b.next();
      c = Symbols.VARIABLE_ORDER.compare(x.getKey(), y.getKey());
      if (c != 0) {
        return c;
      }
      c = Integer.compare(y.getValue(), x.getValue());
      if (c != 0) {
        return c;
      }
    }
    return Boolean.compare(a.hasNext(), b.hasNext());
  }

  /** Monomials with a depth constant come first, ordered by it; pure parameter ones after. */
  private static int compareLeadingConstant(String a, String b) {
    if (a == null || b == null) {
      return a == null ? (b == null ? 0 : 1) : -1;
    }
    return Symbols.VARIABLE_ORDER.compare(a, b);
  }

  /** {@link #compareLeadingConstant} with this monomial's constant's rank computed once. */
  private int compareLeadingConstant(Monomial o) {
    if (leadingConstant != null && o.leadingConstant != null
        && leadingRank != o.leadingRank) {
      return Integer.compare(leadingRank, o.leadingRank);
    }
    return compareLeadingConstant(leadingConstant, o.leadingConstant);
  }

  @Override
  public boolean equals(Object o) {
    return this == o; // interned: equal exponents, one object
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
