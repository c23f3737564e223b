package org.depthcert.cert;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.apache.commons.numbers.fraction.BigFraction;
import org.depthcert.algebra.DepthTerm;
import org.depthcert.algebra.Monomial;
import org.depthcert.algebra.Polynomial;
import org.depthcert.algebra.Rationals;
import org.depthcert.spec.Shape;

/**
 * How algebra appears in JSON. A certificate (certVersion "2") writes every polynomial and depth
 * term once, as its canonical ASCII text ({@link #text(Polynomial)}, read back by
 * {@link CanonicalText}). The audit's JSON and the reports' models keep the expanded object
 * {@code {ascii, latex, monomials}} / {@code {ascii, latex, max}} ({@link #polynomial},
 * {@link #term}).
 */
public final class Json {
  static final JsonNodeFactory F = JsonNodeFactory.instance;

  private Json() {}

  /** A polynomial in a certificate: its canonical text, e.g. {@code "d_std + 3/2*d*n^2"}. */
  public static TextNode text(Polynomial p) {
    return F.textNode(p.ascii());
  }

  /** A depth term in a certificate: {@code "2*d_std"} or {@code "max(2*d_std, d_exp)"}. */
  public static TextNode text(DepthTerm t) {
    return F.textNode(t.ascii());
  }

  public static ObjectNode polynomial(Polynomial p) {
    ObjectNode o = F.objectNode();
    o.put("ascii", p.ascii());
    o.put("latex", p.latex());
    ArrayNode monomials = o.putArray("monomials");
    for (Map.Entry<Monomial, BigFraction> t : p.terms().entrySet()) {
      ObjectNode m = monomials.addObject();
      m.put("coefficient", Rationals.ascii(t.getValue()));
      ObjectNode x = m.putObject("exponents");
      t.getKey().exponents().forEach(x::put);
    }
    return o;
  }

  public static ObjectNode term(DepthTerm t) {
    ObjectNode o = F.objectNode();
    o.put("ascii", t.ascii());
    o.put("latex", t.latex());
    ArrayNode max = o.putArray("max");
    t.terms().forEach(p -> max.add(polynomial(p)));
    return o;
  }

  /**
   * The expanded object of a depth term given as its terms in normal form and their text: the
   * same as {@link #term(DepthTerm)} of that term, without normalising again.
   */
  public static ObjectNode term(String ascii, List<Polynomial> normal) {
    ObjectNode o = F.objectNode();
    o.put("ascii", ascii);
    StringBuilder latex = new StringBuilder(normal.size() == 1 ? "" : "\\max\\{");
    for (int i = 0; i < normal.size(); i++) {
      latex.append(i > 0 ? ", " : "").append(normal.get(i).latex());
    }
    o.put("latex", latex.append(normal.size() == 1 ? "" : "\\}").toString());
    ArrayNode max = o.putArray("max");
    normal.forEach(p -> max.add(polynomial(p)));
    return o;
  }

  public static ArrayNode shape(Shape s) {
    ArrayNode a = F.arrayNode();
    s.dims().forEach(d -> a.add(d.ascii()));
    return a;
  }

  public static String rational(BigFraction f) {
    return Rationals.ascii(f);
  }

  public static ObjectNode point(Map<String, BigInteger> point) {
    ObjectNode o = F.objectNode();
    point.forEach(o::put);
    return o;
  }
}
