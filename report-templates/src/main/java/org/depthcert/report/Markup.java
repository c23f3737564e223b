package org.depthcert.report;

import com.fasterxml.jackson.databind.JsonNode;
import freemarker.core.HTMLOutputFormat;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import java.util.Map;

/**
 * Markup built in Java for the templates, shared by the certificate and the audit reports:
 * formulas from a term's monomials (MathML for HTML, the tool's own LaTeX printer for TeX),
 * wrapped so that auto-escaping leaves them alone. Nothing here takes markup from user text.
 */
final class Markup {
  private Markup() {}

  /** A depth term {@code {ascii, latex, max}} as {@code {ascii, math}} for the template. */
  static Map<String, Object> term(JsonNode t, ReportModel.Flavour flavour) {
    return Map.of("ascii", text(t, "ascii"), "math", flavour == ReportModel.Flavour.HTML
        ? html(MathMl.term(t)) : tex("$" + text(t, "latex") + "$"));
  }

  /** A polynomial {@code {ascii, latex, monomials}} as {@code {ascii, math}}. */
  static Map<String, Object> polynomial(JsonNode p, ReportModel.Flavour flavour) {
    return Map.of("ascii", text(p, "ascii"), "math", flavour == ReportModel.Flavour.HTML
        ? html(MathMl.polynomial(p)) : tex("$" + text(p, "latex") + "$"));
  }

  /**
   * A file path for {@code \\texttt} in LaTeX: escaped, with a permitted line break after each
   * slash and hyphen (a long path in typewriter type cannot break otherwise and runs into the
   * margin). Each character is escaped on its own, so no break lands inside an escape.
   */
  static TemplateModel texPath(String path) {
    StringBuilder sb = new StringBuilder();
    path.codePoints().forEach(cp -> {
      sb.append(Latex.escape(new String(Character.toChars(cp))));
      if (cp == '/' || cp == '-') {
        sb.append("\\allowbreak{}");
      }
    });
    return tex(sb.toString());
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
