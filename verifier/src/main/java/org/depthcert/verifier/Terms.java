package org.depthcert.verifier;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * Reads the algebra of a certificate (certVersion "2"): every polynomial and depth term is one
 * canonical text, read by the verifier's own reader and insisted on by its own printer, so
 * that each value has exactly one spelling.
 */
final class Terms {
  /**
   * The polynomials read so far in the verification running on this thread, by their text. The
   * same polynomial is written many times (an arrival term again as the next node's input, in
   * a block's depth, in a claim); a text already read and checked here passes every check of
   * {@link #polynomial} the same way (they read nothing but the text), so it is read once. Only
   * texts that passed are kept.
   */
  private static final ThreadLocal<Reading> READ = new ThreadLocal<>();

  /**
   * What one verification reads by: the polynomials read so far, and the {@link TermLimit} in
   * force when it started. The limit keeps checking a hostile certificate cheap: the shift
   * x = 1 + x' turns a monomial into prod (e_i + 1) terms, and a depth term is normalised by
   * dominance tests between its parts. Real certificates stay far below (degree 7 and three
   * terms in the samples).
   */
  private record Reading(Map<String, Poly> read, int limit) {}

  private Terms() {}

  /** Runs one verification with its own table of polynomials read (see {@link #READ}). */
  static <T> T reading(Supplier<T> verification) {
    Reading outer = READ.get();
    READ.set(new Reading(new HashMap<>(), TermLimit.current()));
    try {
      return verification.get();
    } finally {
      READ.set(outer);
    }
  }

  private static int limit() {
    Reading reading = READ.get();
    return reading == null ? TermLimit.current() : reading.limit();
  }

  /**
   * A polynomial, written as its canonical text {@code "d_std + 3/2*d*n^2"}: read by the
   * verifier's own reader ({@link AsciiForm}) and rendered back by its own printer
   * ({@link TextForm}), which must give the same text: canonical rationals, no zero or repeated
   * monomial, exponents >= 2 written, and the fixed order of monomials and variables.
   */
  static Poly polynomial(At at) {
    return polynomial(at, at.text());
  }

  private static Poly polynomial(At at, String text) {
    Reading reading = READ.get();
    Poly known = reading == null ? null : reading.read().get(text);
    if (known != null) {
      return known;
    }
    Poly p = AsciiForm.polynomial(text).orElseThrow(() -> at.reject("not a polynomial: '"
        + At.abbreviate(text) + "'"));
    // a lower term limit never lowers the shift's bound below the default (see TermLimit)
    int limit = Math.max(TermLimit.DEFAULT, limit());
    for (Mono m : p.terms().keySet()) {
      long expanded = 1;
      for (int k : m.exponents().values()) {
        expanded *= k + 1L; // at most 2^31 * limit: no overflow, the product stops at the limit
        if (expanded > limit) {
          long size = shiftedTerms(m.exponents());
          throw TermLimit.exceeded(at, "a monomial expands to " + size
              + " terms under the shift x = 1 + x'", size, limit);
        }
      }
    }
    String canonical = TextForm.polynomial(p);
    if (!canonical.equals(text)) {
      throw at.reject("'" + At.abbreviate(text) + "' is not in canonical form, which is '"
          + At.abbreviate(canonical) + "'");
    }
    if (reading != null) {
      reading.read().put(text, p);
    }
    return p;
  }

  /** prod (e_i + 1): the terms of a monomial after the shift, saturating at Long.MAX_VALUE. */
  private static long shiftedTerms(Map<String, Integer> exponents) {
    long n = 1;
    for (int k : exponents.values()) {
      n = Math.multiplyHigh(n, k + 1L) != 0 ? Long.MAX_VALUE : n * (k + 1L);
      n = n < 0 ? Long.MAX_VALUE : n;
    }
    return n;
  }

  /** A monomial cofactor: a polynomial with one monomial whose coefficient is 1. */
  static Mono monomial(At at) {
    Poly p = polynomial(at);
    if (p.terms().size() != 1 || !p.terms().values().iterator().next().equals(BigFraction.ONE)) {
      throw at.reject("a cofactor must be a single monomial with coefficient 1, not " + p);
    }
    return p.terms().firstKey();
  }

  /**
   * A depth term: one polynomial, or {@code "max(t1, t2, ...)"} with at least two; each term
   * with non-negative coefficients and linear in the depth constants, in canonical text, the
   * terms sorted as strings, and already in normal form.
   */
  static Set<Poly> depth(At at) {
    Set<Poly> terms = depthTerms(at);
    checkNormalForm(at, terms);
    return terms;
  }

  /**
   * A depth term read as {@link #depth} reads it, but only checked to repeat no term: a node's
   * arrival, whose normal form follows from its equality with the normal form the verifier
   * computes ({@link #checkNormalForm} gives the rejection when it is not equal).
   */
  static Set<Poly> depthTerms(At at) {
    String text = at.text();
    List<String> parts = text.startsWith("max(") && text.endsWith(")")
        ? List.of(text.substring(4, text.length() - 1).split(", ", -1)) : List.of(text);
    int limit = limit();
    if (parts.size() > limit) {
      throw TermLimit.exceeded(at, "a max term has " + parts.size() + " parts", parts.size(),
          limit);
    }
    List<Poly> terms = new ArrayList<>();
    for (String part : parts) {
      Poly p = polynomial(at, part);
      if (!p.nonNegativeCoefficients()) {
        throw at.reject("a depth term has a negative coefficient: " + p);
      }
      for (Mono m : p.terms().keySet()) {
        int constants = 0;
        for (Map.Entry<String, Integer> e : m.exponents().entrySet()) {
          constants += Names.isDepthConstant(e.getKey()) ? e.getValue() : 0;
        }
        if (constants > 1) {
          throw at.reject("not linear in the depth constants: " + m);
        }
      }
      terms.add(p);
    }
    if (!TextForm.depth(terms).equals(text)) {
      throw at.reject("not in canonical form: a single term is written without max, several "
          + "sorted as strings");
    }
    Set<Poly> distinct = new LinkedHashSet<>(terms);
    if (distinct.size() != terms.size()) {
      throw notNormal(at);
    }
    return distinct;
  }

  /** Rejects a depth term (read by {@link #depthTerms}) in which a term dominates another. */
  static void checkNormalForm(At at, Set<Poly> terms) {
    if (MaxTerm.normalise(new ArrayList<>(terms)).size() != terms.size()) {
      throw notNormal(at);
    }
  }

  private static Rejected notNormal(At at) {
    return at.reject("not in normal form: a term is repeated or dominated by another");
  }

  /** Gadget counts by kind: {@code {"std": polynomial, ...}}. */
  static Map<String, Poly> sizes(At at) {
    Map<String, Poly> out = new LinkedHashMap<>();
    at.members().forEach((kind, p) -> out.put(kind, polynomial(p)));
    return out;
  }

  /** A point {@code {"d_std": 3, ...}}: integer values. */
  static Map<String, BigInteger> point(At at) {
    Map<String, BigInteger> out = new TreeMap<>();
    at.members().forEach((v, x) -> out.put(v, x.integer()));
    return out;
  }
}
