package org.depthcert.verifier.coq;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.commons.numbers.fraction.BigFraction;
import org.depthcert.verifier.Mono;
import org.depthcert.verifier.Poly;

/**
 * Writes polynomials and max-plus terms as Coq expressions: over Z for depths (a power is a
 * repeated product, which {@code lia} and {@code ring} read as they are), over Q for gadget
 * counts (whose coefficients may be fractions such as 1/2).
 */
final class CoqTerms {
  /** Variables in declaration order: parameters first, so a monomial reads m*d_std. */
  private final List<String> order;

  CoqTerms(List<String> order) {
    this.order = order;
  }

  /**
   * Monomials in the order a paper writes them: compared by their variables' declaration
   * positions (so 6*m*d_std + 4*m*d_sum + d_g), the constant last.
   */
  private List<Map.Entry<Mono, BigFraction>> ordered(Poly p) {
    List<Map.Entry<Mono, BigFraction>> terms = new ArrayList<>(p.terms().entrySet());
    terms.sort(Comparator.comparing(t -> positions(t.getKey()), CoqTerms::lexicographic));
    return terms;
  }

  private List<Integer> positions(Mono m) {
    List<Integer> pos = new ArrayList<>();
    m.exponents().forEach((v, k) -> {
      for (int i = 0; i < k; i++) {
        pos.add(order.indexOf(v));
      }
    });
    pos.sort(null);
    return pos;
  }

  private static int lexicographic(List<Integer> a, List<Integer> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return Boolean.compare(a.isEmpty(), b.isEmpty());
    }
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      int c = Integer.compare(a.get(i), b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.size(), b.size());
  }

  /** {@code p} over Z; a depth with a fractional coefficient is not exportable. */
  String z(Poly p, Function<String, String> var) {
    if (p.isZero()) {
      return "0";
    }
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<Mono, BigFraction> t : ordered(p)) {
      BigFraction c = t.getValue();
      if (!c.getDenominator().equals(BigInteger.ONE)) {
        throw new NotExportable("the term " + p + " has the fractional coefficient " + c
            + "; the Coq export writes depths over the integers");
      }
      BigInteger n = c.getNumerator();
      sb.append(sb.length() == 0 ? (n.signum() < 0 ? "-" : "") : (n.signum() < 0 ? " - " : " + "));
      String factors = factors(t.getKey(), var, "*");
      BigInteger abs = n.abs();
      if (factors.isEmpty()) {
        sb.append(abs);
      } else if (abs.equals(BigInteger.ONE)) {
        sb.append(factors);
      } else {
        sb.append(abs).append('*').append(factors);
      }
    }
    return sb.toString();
  }

  /** {@code max(t_1, ..., t_k)} as nested {@code Z.max}. */
  String max(List<Poly> terms, Function<String, String> var) {
    if (terms.size() == 1) {
      return z(terms.get(0), var);
    }
    return "Z.max (" + z(terms.get(0), var) + ") (" + max(terms.subList(1, terms.size()), var)
        + ")";
  }

  /** A gadget count over Q, each variable an integer injected into Q. */
  String q(Poly p, Function<String, String> var) {
    if (p.isZero()) {
      return "0";
    }
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<Mono, BigFraction> t : ordered(p)) {
      BigFraction c = t.getValue();
      sb.append(sb.length() == 0 ? "" : " + ");
      String coefficient = "(" + c.getNumerator() + " # " + c.getDenominator() + ")";
      String factors = factors(t.getKey(), v -> "inject_Z " + var.apply(v), " * ");
      if (factors.isEmpty()) {
        sb.append(coefficient);
      } else {
        sb.append(c.equals(BigFraction.ONE) ? factors : coefficient + " * " + factors);
      }
    }
    return sb.toString();
  }

  private String factors(Mono m, Function<String, String> var, String times) {
    StringBuilder sb = new StringBuilder();
    for (int i : positions(m)) {
      sb.append(sb.length() == 0 ? "" : times).append(var.apply(order.get(i)));
    }
    return sb.toString();
  }
}
