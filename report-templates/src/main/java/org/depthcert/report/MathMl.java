package org.depthcert.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.depthcert.algebra.Symbols;

/**
 * MathML Core for depth terms and polynomials, built from the certificate's monomial structure
 * (coefficients and exponents), never from a LaTeX string: Chromium and Firefox render it without
 * scripts, and nothing in it comes from text the user typed except validated variable names,
 * which are escaped anyway.
 */
final class MathMl {
  private MathMl() {}

  /** A depth term {@code {ascii, latex, max: [polynomial...]}}: one polynomial or a max. */
  static String term(JsonNode term) {
    JsonNode max = term.path("max");
    if (max.size() == 1) {
      return math(polynomialRow(max.get(0)));
    }
    // one maximal term per row, so wide maxima stay readable in a table cell
    StringBuilder sb = new StringBuilder("<mi>max</mi><mrow><mo stretchy=\"true\">{</mo>"
        + "<mtable columnalign=\"left\">");
    for (int i = 0; i < max.size(); i++) {
      sb.append("<mtr><mtd><mrow>").append(polynomialRow(max.get(i)))
          .append(i + 1 < max.size() ? "<mo separator=\"true\">,</mo>" : "")
          .append("</mrow></mtd></mtr>");
    }
    sb.append("</mtable><mo stretchy=\"true\">}</mo></mrow>");
    return math(sb.toString());
  }

  /** A polynomial {@code {ascii, latex, monomials: [...]}}. */
  static String polynomial(JsonNode polynomial) {
    return math(polynomialRow(polynomial));
  }

  private static String math(String row) {
    return "<math><mrow>" + row + "</mrow></math>";
  }

  private static String polynomialRow(JsonNode p) {
    JsonNode monomials = p.path("monomials");
    if (monomials.isEmpty()) {
      return "<mn>0</mn>";
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < monomials.size(); i++) {
      JsonNode m = monomials.get(i);
      String c = m.path("coefficient").asText();
      boolean negative = c.startsWith("-");
      if (negative) {
        c = c.substring(1);
        sb.append("<mo>\u2212</mo>");
      } else if (i > 0) {
        sb.append("<mo>+</mo>");
      }
      sb.append(monomial(c, m.path("exponents")));
    }
    return sb.toString();
  }

  private static String monomial(String coefficient, JsonNode exponents) {
    List<String> vars = new ArrayList<>();
    exponents.fieldNames().forEachRemaining(vars::add);
    vars.sort(Symbols.VARIABLE_ORDER);
    StringBuilder sb = new StringBuilder("<mrow>");
    if (!coefficient.equals("1") || vars.isEmpty()) {
      sb.append(number(coefficient));
    }
    for (String v : vars) {
      int e = exponents.path(v).asInt();
      String base = variable(v);
      sb.append(e == 1 ? base : "<msup>" + base + "<mn>" + e + "</mn></msup>");
    }
    return sb.append("</mrow>").toString();
  }

  private static String number(String rational) {
    int slash = rational.indexOf('/');
    if (slash < 0) {
      return "<mn>" + Xml.escape(rational) + "</mn>";
    }
    return "<mfrac><mn>" + Xml.escape(rational.substring(0, slash)) + "</mn><mn>"
        + Xml.escape(rational.substring(slash + 1)) + "</mn></mfrac>";
  }

  /** One variable, printed as the seed paper does (d_sum is d with a circled plus, ...). */
  static String variable(String name) {
    String sub;
    switch (name) {
      case "d_std" -> sub = "<mi mathvariant=\"normal\">std</mi>";
      case "d_sum" -> sub = "<mo>\u2295</mo>";
      case "d_prod" -> sub = "<mo>\u2297</mo>";
      case "d_exp" -> sub = "<mi mathvariant=\"normal\">exp</mi>";
      case "d_trig" -> sub = "<mo>\u25B3</mo>";
      case "d_sqrt" -> sub = "<mi mathvariant=\"normal\">sqrt</mi>";
      default -> {
        if (!Symbols.isDepthConstant(name)) {
          return name.length() == 1 ? "<mi>" + Xml.escape(name) + "</mi>"
              : "<mi mathvariant=\"normal\">" + Xml.escape(name) + "</mi>";
        }
        String s = name.substring(2);
        sub = s.length() == 1 ? "<mi>" + Xml.escape(s) + "</mi>"
            : "<mi mathvariant=\"normal\">" + Xml.escape(s) + "</mi>";
      }
    }
    return "<msub><mi>d</mi>" + sub + "</msub>";
  }
}
