package org.depthcert.verifier;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * Reads the algebra of a certificate (certVersion "2"): every polynomial and depth term is one
 * canonical text, read by the verifier's own reader and insisted on by its own printer, so
 * that each value has exactly one spelling.
 */
final class Terms {
  /**
   * Bounds that keep checking a hostile certificate cheap: the shift x = 1 + x' turns a monomial
   * into prod (e_i + 1) terms, and a depth term is compared pairwise. Real certificates stay far
   * below (degree 7 and three terms in the samples).
   */
  static final int MAX_SHIFTED_TERMS = 4096;
  static final int MAX_DEPTH_TERMS = 256;

  private Terms() {}

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
    Poly p = AsciiForm.polynomial(text).orElseThrow(() -> at.reject("not a polynomial: '"
        + At.abbreviate(text) + "'"));
    for (Mono m : p.terms().keySet()) {
      long expanded = 1;
      for (int k : m.exponents().values()) {
        expanded *= k + 1L;
        if (expanded > MAX_SHIFTED_TERMS) {
          throw at.reject("monomial too large to check (more than " + MAX_SHIFTED_TERMS
              + " terms after the shift)");
        }
      }
    }
    String canonical = TextForm.polynomial(p);
    if (!canonical.equals(text)) {
      throw at.reject("'" + At.abbreviate(text) + "' is not in canonical form, which is '"
          + At.abbreviate(canonical) + "'");
    }
    return p;
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
    String text = at.text();
    List<String> parts = text.startsWith("max(") && text.endsWith(")")
        ? List.of(text.substring(4, text.length() - 1).split(", ", -1)) : List.of(text);
    if (parts.size() > MAX_DEPTH_TERMS) {
      throw at.reject("a depth term needs between 1 and " + MAX_DEPTH_TERMS + " terms");
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
    Set<Poly> normal = MaxTerm.normalise(terms);
    if (normal.size() != terms.size()) {
      throw at.reject("not in normal form: a term is repeated or dominated by another");
    }
    return normal;
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
