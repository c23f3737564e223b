package org.depthcert.verifier;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * Reads the algebra of a certificate from its explicit monomial lists (never from the ASCII or
 * LaTeX renderings, which are for people and are not checked) and insists on the canonical
 * form: non-zero canonical rational coefficients, positive exponents, no repeated monomial.
 */
final class Terms {
  private static final java.util.regex.Pattern NAME =
      java.util.regex.Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

  /**
   * The polynomials read so far in the verification running on this thread, by their ASCII
   * form. The same polynomial is written many times (an arrival term again as its witness's
   * term, as the next node's input term, on a critical path); a value with the same ASCII form
   * and a deeply equal monomial list as one already read and checked here passes every check of
   * {@link #polynomial} the same way (they read nothing else), so it is read once. Only values
   * that passed are kept.
   */
  private static final ThreadLocal<Reading> READ = new ThreadLocal<>();

  /**
   * What one verification reads by: the polynomials read so far, and the {@link TermLimit} in
   * force when it started. The limit keeps checking a hostile certificate cheap: the shift
   * x = 1 + x' turns a monomial into prod (e_i + 1) terms, and a depth term is normalised by
   * dominance tests between its parts. Real certificates stay far below (degree 7 and three
   * terms in the samples).
   */
  private record Reading(Map<String, Known> read, int limit) {}

  /** A polynomial read and checked, with the monomial list it was read from. */
  private record Known(JsonNode monomials, Poly poly) {}

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

  /** {@code {"monomials": [{"coefficient": "3/2", "exponents": {"d": 1, "n": 2}}, ...]}}. */
  static Poly polynomial(At at) {
    Reading reading = READ.get();
    Map<String, Known> read = reading == null ? null : reading.read();
    // a lower term limit never lowers the shift's bound below the default (see TermLimit)
    int limit = Math.max(TermLimit.DEFAULT,
        reading == null ? TermLimit.current() : reading.limit());
    JsonNode written = at.node().path("ascii");
    JsonNode monomials = at.node().path("monomials");
    Known known = read == null || !written.isTextual() ? null : read.get(written.textValue());
    if (known != null && known.monomials().equals(monomials)) {
      return known.poly();
    }
    TreeMap<Mono, BigFraction> terms = new TreeMap<>();
    for (At m : at.field("monomials").elements()) {
      BigFraction c = m.field("coefficient").rational();
      if (c.signum() == 0) {
        throw m.field("coefficient").reject("a zero coefficient is not written");
      }
      TreeMap<String, Integer> exponents = new TreeMap<>();
      for (Map.Entry<String, At> e : m.field("exponents").members().entrySet()) {
        int k = e.getValue().smallInt();
        if (k < 1) {
          throw e.getValue().reject("an exponent must be >= 1, not " + k);
        }
        if (!NAME.matcher(e.getKey()).matches()) {
          throw e.getValue().reject("not a variable name: '" + At.abbreviate(e.getKey()) + "'");
        }
        exponents.put(e.getKey(), k);
      }
      long expanded = 1;
      for (int k : exponents.values()) {
        expanded *= k + 1L; // at most 2^31 * limit: no overflow, the product stops at the limit
        if (expanded > limit) {
          long size = shiftedTerms(exponents);
          throw TermLimit.exceeded(m.field("exponents"), "a monomial expands to " + size
              + " terms under the shift x = 1 + x'", size, limit);
        }
      }
      if (terms.put(new Mono(exponents), c) != null) {
        throw m.reject("monomial " + new Mono(exponents) + " written twice");
      }
    }
    Poly p = new Poly(terms);
    At ascii = at.field("ascii");
    if (!AsciiForm.polynomial(ascii.text()).equals(Optional.of(p))) {
      throw ascii.reject("the rendering '" + At.abbreviate(ascii.text())
          + "' does not say the monomials' " + p);
    }
    if (read != null) {
      read.put(ascii.text(), new Known(monomials, p));
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
   * A depth term {@code {"max": [polynomial, ...]}}: non-empty, each term with non-negative
   * coefficients and linear in the depth constants, and already in normal form.
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
    List<At> parts = at.field("max").elements();
    if (parts.isEmpty()) {
      throw at.field("max").reject("a depth term needs at least one term");
    }
    Reading reading = READ.get();
    int limit = reading == null ? TermLimit.current() : reading.limit();
    if (parts.size() > limit) {
      throw TermLimit.exceeded(at.field("max"), "a max term has " + parts.size() + " parts",
          parts.size(), limit);
    }
    List<Poly> terms = new ArrayList<>();
    for (At part : parts) {
      Poly p = polynomial(part);
      if (!p.nonNegativeCoefficients()) {
        throw part.reject("a depth term has a negative coefficient: " + p);
      }
      for (Mono m : p.terms().keySet()) {
        int constants = 0;
        for (Map.Entry<String, Integer> e : m.exponents().entrySet()) {
          constants += Names.isDepthConstant(e.getKey()) ? e.getValue() : 0;
        }
        if (constants > 1) {
          throw part.reject("not linear in the depth constants: " + m);
        }
      }
      terms.add(p);
    }
    At ascii = at.field("ascii");
    if (!sameTexts(ascii.text(), parts)
        && !AsciiForm.depth(ascii.text()).equals(Optional.of(terms))) {
      throw ascii.reject("the rendering '" + At.abbreviate(ascii.text())
          + "' does not say the terms' " + terms);
    }
    Set<Poly> distinct = new LinkedHashSet<>(terms);
    if (distinct.size() != terms.size()) {
      throw notNormal(at);
    }
    return distinct;
  }

  /**
   * True when a depth term's ASCII form is its parts' ASCII forms as written ({@code p} or
   * {@code max(p1, p2, ...)}): each part's form was checked to say that part, so the whole says
   * the parts, and need not be parsed again. (No polynomial's form contains ", ".)
   */
  private static boolean sameTexts(String text, List<At> parts) {
    if (parts.size() == 1) {
      return text.equals(parts.get(0).node().path("ascii").asText(null));
    }
    StringBuilder sb = new StringBuilder(text.length()).append("max(");
    for (At part : parts) {
      String t = part.node().path("ascii").asText(null);
      if (t == null) {
        return false;
      }
      sb.append(sb.length() > 4 ? ", " : "").append(t);
    }
    return text.contentEquals(sb.append(')'));
  }

  /** Rejects a depth term (read by {@link #depthTerms}) in which a term dominates another. */
  static void checkNormalForm(At at, Set<Poly> terms) {
    if (MaxTerm.normalise(new ArrayList<>(terms)).size() != terms.size()) {
      throw notNormal(at);
    }
  }

  private static Rejected notNormal(At at) {
    return at.field("max").reject("not in normal form: a term is repeated or dominated by "
        + "another");
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
