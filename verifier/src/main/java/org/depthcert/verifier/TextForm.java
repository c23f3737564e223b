package org.depthcert.verifier;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * The one canonical text of a polynomial and of a depth term in a certificate (certVersion "2",
 * docs/certificate-format.md "Algebra"), rendered by the verifier's own code so that a text the
 * certificate writes can be compared with the rendering of what it says: a certificate states
 * each value in exactly one way, and every change to a number changes what it states.
 *
 * <p>Variables in a monomial: parameters alphabetically, then the built-in depth constants in
 * the seed paper's order, then declared ones alphabetically. Monomials in a polynomial: those
 * with a depth constant first, by their first constant; then higher total degree first; then
 * the variables position by position (earlier variable first, at the same variable the higher
 * exponent first, a prefix first); the constant last. Terms of a max: sorted as strings.
 */
public final class TextForm {
  private static final List<String> BUILT_IN =
      List.of("d_std", "d_sum", "d_prod", "d_exp", "d_trig", "d_sqrt");

  static final Comparator<String> VARIABLES = TextForm::compareVariables;

  /** A monomial with what its place in the order depends on, derived once per rendering. */
  private record Ordered(Mono mono, BigFraction coefficient, List<String> vars,
      String firstConstant, BigInteger degree) {
    static Ordered of(Mono m, BigFraction c) {
      List<String> vars = new ArrayList<>(m.exponents().keySet());
      vars.sort(VARIABLES);
      BigInteger d = BigInteger.ZERO;
      for (int e : m.exponents().values()) {
        d = d.add(BigInteger.valueOf(e));
      }
      return new Ordered(m, c, vars, vars.stream().filter(Names::isDepthConstant).findFirst()
          .orElse(null), d);
    }
  }

  private TextForm() {}

  public static String polynomial(Poly p) {
    if (p.isZero()) {
      return "0";
    }
    List<Ordered> terms = new ArrayList<>();
    p.terms().forEach((m, c) -> terms.add(Ordered.of(m, c)));
    terms.sort(TextForm::compareMonomials);
    StringBuilder sb = new StringBuilder();
    for (Ordered t : terms) {
      BigFraction c = t.coefficient();
      if (sb.length() == 0) {
        sb.append(c.signum() < 0 ? "-" : "");
      } else {
        sb.append(c.signum() < 0 ? " - " : " + ");
      }
      BigFraction abs = c.abs();
      String mono = monomial(t);
      if (mono.isEmpty()) {
        sb.append(Rationals.text(abs));
      } else if (abs.equals(BigFraction.ONE)) {
        sb.append(mono);
      } else {
        sb.append(Rationals.text(abs)).append('*').append(mono);
      }
    }
    return sb.toString();
  }

  /** A single term as itself, more as {@code max(t1, t2, ...)} sorted as strings. */
  public static String depth(List<Poly> terms) {
    List<String> texts = new ArrayList<>();
    terms.forEach(t -> texts.add(polynomial(t)));
    if (texts.size() == 1) {
      return texts.get(0);
    }
    texts.sort(Comparator.naturalOrder());
    return "max(" + String.join(", ", texts) + ")";
  }

  private static String monomial(Ordered m) {
    StringBuilder sb = new StringBuilder();
    for (String v : m.vars()) {
      int e = m.mono().exponents().get(v);
      sb.append(sb.length() > 0 ? "*" : "").append(v).append(e > 1 ? "^" + e : "");
    }
    return sb.toString();
  }

  private static int rank(String v) {
    if (!Names.isDepthConstant(v)) {
      return 0;
    }
    int i = BUILT_IN.indexOf(v);
    return i >= 0 ? 1 + i : 1 + BUILT_IN.size();
  }

  private static int compareVariables(String a, String b) {
    int c = Integer.compare(rank(a), rank(b));
    return c != 0 ? c : a.compareTo(b);
  }

  private static int compareMonomials(Ordered a, Ordered b) {
    String ca = a.firstConstant();
    String cb = b.firstConstant();
    if (ca == null || cb == null) {
      if (ca != cb) {
        return ca == null ? 1 : -1;
      }
    } else if (!ca.equals(cb)) {
      return compareVariables(ca, cb);
    }
    if (a.vars().isEmpty() != b.vars().isEmpty()) {
      return a.vars().isEmpty() ? 1 : -1;
    }
    int c = b.degree().compareTo(a.degree());
    if (c != 0) {
      return c;
    }
    Iterator<String> x = a.vars().iterator();
    Iterator<String> y = b.vars().iterator();
    while (x.hasNext() && y.hasNext()) {
      String u = x.next();
      String v = y.next();
      c = compareVariables(u, v);
      if (c != 0) {
        return c;
      }
      c = Integer.compare(b.mono().exponent(v), a.mono().exponent(u));
      if (c != 0) {
        return c;
      }
    }
    return Boolean.compare(x.hasNext(), y.hasNext());
  }
}
