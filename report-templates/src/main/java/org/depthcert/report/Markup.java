package org.depthcert.report;

import com.fasterxml.jackson.databind.JsonNode;
import freemarker.core.HTMLOutputFormat;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import java.util.Map;
import org.depthcert.cert.CanonicalText;
import org.depthcert.cert.Json;

/**
 * Markup built in Java for the templates, shared by the certificate and the audit reports:
 * formulas from a term's monomials (MathML for HTML, the tool's own LaTeX printer for TeX),
 * wrapped so that auto-escaping leaves them alone. Nothing here takes markup from user text.
 */
final class Markup {
  private Markup() {}

  /**
   * A certificate's depth term (format "2": its canonical text, e.g. {@code max(2*d_std, d_exp)})
   * as the expanded {@code {ascii, latex, max: [{ascii, latex, monomials}]}} the formulas are
   * built from, with the engine's own printers; an audit's terms are already expanded.
   */
  static JsonNode expandedTerm(JsonNode t) {
    return t.isTextual() ? Json.term(t.textValue(), CanonicalText.terms(t.textValue())) : t;
  }

  /** A certificate's polynomial (its canonical text) as {@code {ascii, latex, monomials}}. */
  static JsonNode expandedPolynomial(JsonNode p) {
    return p.isTextual() ? Json.polynomial(CanonicalText.polynomial(p.textValue())) : p;
  }

  /** The ASCII text of a term or polynomial in either form. */
  static String ascii(JsonNode t) {
    return t.isTextual() ? t.textValue() : t.path("ascii").asText();
  }

  /** A depth term (either form) as {@code {ascii, math}} for the template. */
  static Map<String, Object> term(JsonNode term, ReportModel.Flavour flavour) {
    JsonNode t = expandedTerm(term);
    return Map.of("ascii", text(t, "ascii"), "math", flavour == ReportModel.Flavour.HTML
        ? html(MathMl.term(t)) : tex("$" + text(t, "latex") + "$"));
  }

  /** A polynomial (either form) as {@code {ascii, math}}. */
  static Map<String, Object> polynomial(JsonNode polynomial, ReportModel.Flavour flavour) {
    JsonNode p = expandedPolynomial(polynomial);
    return Map.of("ascii", text(p, "ascii"), "math", flavour == ReportModel.Flavour.HTML
        ? html(MathMl.polynomial(p)) : tex("$" + text(p, "latex") + "$"));
  }

  /**
   * A file path or a dotted name for {@code \\texttt} in LaTeX: escaped, with a permitted line
   * break after each slash, hyphen, underscore, colon and dot (a long path in typewriter type
   * cannot break otherwise and runs into the margin). Each character is escaped on its own, so no break lands inside an escape.
   */
  static TemplateModel texPath(String path) {
    StringBuilder sb = new StringBuilder();
    path.codePoints().forEach(cp -> {
      sb.append(Latex.escape(new String(Character.toChars(cp))));
      if (cp == '/' || cp == '-' || cp == '_' || cp == ':' || cp == '.') {
        sb.append("\\allowbreak{}");
      }
    });
    return tex(sb.toString());
  }

  /**
   * Text for a narrow table column: escaped, and a line may break between any two characters of
   * a word too long for the column, at a cost (penalty 300) that makes TeX prefer the spaces.
   */
  static TemplateModel texAnywhere(String text) {
    StringBuilder sb = new StringBuilder();
    int[] cps = text.codePoints().toArray();
    for (int i = 0; i < cps.length; i++) {
      sb.append(Latex.escape(new String(Character.toChars(cps[i]))));
      if (i + 1 < cps.length && cps[i] != ' ' && cps[i + 1] != ' ') {
        sb.append("\\penalty300{}");
      }
    }
    return tex(sb.toString());
  }

  /**
   * Text with math in it (between dollars, or notation such as {@code TC^0}) as markup for the
   * flavour; everything else in it escaped (see {@link ProseMath}).
   */
  static TemplateModel prose(String text, ReportModel.Flavour flavour) {
    return flavour == ReportModel.Flavour.HTML ? html(ProseMath.html(text))
        : tex(ProseMath.latex(text));
  }

  static TemplateModel html(String markup) {
    try {
      return HTMLOutputFormat.INSTANCE.fromMarkup(markup);
    } catch (TemplateModelException e) {
      throw new IllegalStateException("HTML markup is always accepted", e);
    }
  }

  static TemplateModel tex(String markup) {
    try {
      return LatexOutputFormat.INSTANCE.fromMarkup(markup);
    } catch (TemplateModelException e) {
      throw new IllegalStateException("LaTeX markup is always accepted", e);
    }
  }

  /** A value field as text; "" when absent, null or not a value (the templates see no nulls). */
  static String text(JsonNode o, String field) {
    JsonNode v = o.path(field);
    return v.isValueNode() && !v.isNull() ? v.asText() : "";
  }

  /**
   * How a report introduces a claim's {@code holdsIf} condition: "holds iff" only when the
   * certificate says its necessity was checked (kind "iff"); otherwise it is a sufficient
   * condition only (issue #9 class 5), and says so.
   */
  static String holdsIfWords(String kind) {
    return "iff".equals(kind) ? "holds iff" : "holds if (sufficient condition only)";
  }
}
