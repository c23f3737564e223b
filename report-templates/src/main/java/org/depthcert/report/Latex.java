package org.depthcert.report;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * Escapes text for LaTeX so that any string, whatever it contains, typesets literally and
 * compiles with plain pdflatex (OT1 fonts, utf8 input). Every character that means something to
 * TeX becomes a command that prints it; since the backslash itself is escaped, no control
 * sequence ({@code \input}, {@code \write18}, {@code \catcode}) can reach TeX from user text, and
 * neither can {@code ^^5c}-style character codes (the caret is escaped too). Characters pdflatex
 * cannot print are written as their code point.
 */
final class Latex {
  /** Non-ASCII characters that occur in the papers' notation, as text-mode LaTeX. */
  private static final Map<Integer, String> SYMBOLS = Map.ofEntries(
      Map.entry(0x2297, "\\ensuremath{\\otimes}"), Map.entry(0x2295, "\\ensuremath{\\oplus}"),
      Map.entry(0x2296, "\\ensuremath{\\ominus}"), Map.entry(0x2298, "\\ensuremath{\\oslash}"),
      Map.entry(0x2299, "\\ensuremath{\\odot}"), Map.entry(0x25B3, "\\ensuremath{\\triangle}"),
      Map.entry(0x2264, "\\ensuremath{\\leq}"), Map.entry(0x2265, "\\ensuremath{\\geq}"),
      Map.entry(0x2260, "\\ensuremath{\\neq}"), Map.entry(0x00D7, "\\ensuremath{\\times}"),
      Map.entry(0x00B7, "\\ensuremath{\\cdot}"), Map.entry(0x22C5, "\\ensuremath{\\cdot}"),
      Map.entry(0x2208, "\\ensuremath{\\in}"), Map.entry(0x2192, "\\ensuremath{\\to}"),
      Map.entry(0x2190, "\\ensuremath{\\leftarrow}"), Map.entry(0x21A6, "\\ensuremath{\\mapsto}"),
      Map.entry(0x2211, "\\ensuremath{\\sum}"), Map.entry(0x220F, "\\ensuremath{\\prod}"),
      Map.entry(0x221E, "\\ensuremath{\\infty}"), Map.entry(0x2212, "\\ensuremath{-}"),
      Map.entry(0x00B1, "\\ensuremath{\\pm}"), Map.entry(0x2026, "\\ldots{}"),
      Map.entry(0x2013, "--"), Map.entry(0x2014, "---"), Map.entry(0x2018, "`"),
      Map.entry(0x2019, "'"), Map.entry(0x201C, "``"), Map.entry(0x201D, "''"),
      Map.entry(0x00A0, "~"), Map.entry(0x00DF, "\\ss{}"), Map.entry(0x00E6, "\\ae{}"),
      Map.entry(0x00C6, "\\AE{}"), Map.entry(0x00F8, "\\o{}"), Map.entry(0x00D8, "\\O{}"),
      Map.entry(0x03B1, "\\ensuremath{\\alpha}"), Map.entry(0x03B2, "\\ensuremath{\\beta}"),
      Map.entry(0x03B3, "\\ensuremath{\\gamma}"), Map.entry(0x03B4, "\\ensuremath{\\delta}"),
      Map.entry(0x03B5, "\\ensuremath{\\epsilon}"), Map.entry(0x03B8, "\\ensuremath{\\theta}"),
      Map.entry(0x03BB, "\\ensuremath{\\lambda}"), Map.entry(0x03BC, "\\ensuremath{\\mu}"),
      Map.entry(0x03C0, "\\ensuremath{\\pi}"), Map.entry(0x03C3, "\\ensuremath{\\sigma}"),
      Map.entry(0x03C6, "\\ensuremath{\\phi}"), Map.entry(0x03C9, "\\ensuremath{\\omega}"),
      Map.entry(0x0394, "\\ensuremath{\\Delta}"), Map.entry(0x03A3, "\\ensuremath{\\Sigma}"),
      Map.entry(0x2070, "\\textsuperscript{0}"), Map.entry(0x00B9, "\\textsuperscript{1}"),
      Map.entry(0x00B2, "\\textsuperscript{2}"), Map.entry(0x00B3, "\\textsuperscript{3}"),
      Map.entry(0x2074, "\\textsuperscript{4}"), Map.entry(0x2075, "\\textsuperscript{5}"),
      Map.entry(0x2076, "\\textsuperscript{6}"), Map.entry(0x2077, "\\textsuperscript{7}"),
      Map.entry(0x2078, "\\textsuperscript{8}"), Map.entry(0x2079, "\\textsuperscript{9}"),
      Map.entry(0x207A, "\\textsuperscript{+}"), Map.entry(0x2218, "\\ensuremath{\\circ}"),
      Map.entry(0x222A, "\\ensuremath{\\cup}"), Map.entry(0x2229, "\\ensuremath{\\cap}"),
      Map.entry(0x2286, "\\ensuremath{\\subseteq}"), Map.entry(0x2282, "\\ensuremath{\\subset}"),
      Map.entry(0x2200, "\\ensuremath{\\forall}"), Map.entry(0x2203, "\\ensuremath{\\exists}"),
      Map.entry(0x2248, "\\ensuremath{\\approx}"), Map.entry(0x223C, "\\ensuremath{\\sim}"),
      Map.entry(0x2032, "\\ensuremath{'}"), Map.entry(0x2308, "\\ensuremath{\\lceil}"),
      Map.entry(0x2309, "\\ensuremath{\\rceil}"), Map.entry(0x230A, "\\ensuremath{\\lfloor}"),
      Map.entry(0x230B, "\\ensuremath{\\rfloor}"), Map.entry(0x21D2, "\\ensuremath{\\Rightarrow}"),
      Map.entry(0x2194, "\\ensuremath{\\leftrightarrow}"), Map.entry(0x2202, "\\ensuremath{\\partial}"),
      Map.entry(0x2207, "\\ensuremath{\\nabla}"), Map.entry(0x221A, "\\ensuremath{\\surd}"),
      Map.entry(0x03C4, "\\ensuremath{\\tau}"), Map.entry(0x03C1, "\\ensuremath{\\rho}"),
      Map.entry(0x03B7, "\\ensuremath{\\eta}"), Map.entry(0x03BE, "\\ensuremath{\\xi}"),
      Map.entry(0x03C8, "\\ensuremath{\\psi}"), Map.entry(0x03A9, "\\ensuremath{\\Omega}"),
      Map.entry(0x0398, "\\ensuremath{\\Theta}"), Map.entry(0x03A0, "\\ensuremath{\\Pi}"));

  /** Combining accents (after NFD decomposition) as OT1 accent commands. */
  private static final Map<Integer, String> ACCENTS = Map.of(
      0x0300, "\\`", 0x0301, "\\'", 0x0302, "\\^", 0x0303, "\\~", 0x0308, "\\\"",
      0x0327, "\\c", 0x030A, "\\r", 0x030C, "\\v", 0x0304, "\\=", 0x0306, "\\u");

  private Latex() {}

  /** {@code text} as LaTeX that prints it literally; safe in text mode and table cells. */
  static String escape(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 16);
    text.codePoints().forEach(cp -> append(sb, cp));
    return sb.toString();
  }

  private static void append(StringBuilder sb, int cp) {
    switch (cp) {
      case '\\' -> sb.append("\\textbackslash{}");
      case '{' -> sb.append("\\{");
      case '}' -> sb.append("\\}");
      // \$ in upright text needs the TS1 font (a bitmap); the math dollar is in every setup
      case '$' -> sb.append("\\ensuremath{\\$}");
      case '&' -> sb.append("\\&");
      case '#' -> sb.append("\\#");
      case '%' -> sb.append("\\%");
      case '_' -> sb.append("\\_");
      case '^' -> sb.append("\\textasciicircum{}");
      case '~' -> sb.append("\\textasciitilde{}");
      case '<' -> sb.append("\\textless{}");
      case '>' -> sb.append("\\textgreater{}");
      case '|' -> sb.append("\\textbar{}");
      // brackets and star in braces: after \\ in a table they would be read as arguments
      case '[' -> sb.append("{[}");
      case ']' -> sb.append("{]}");
      case '*' -> sb.append("{*}");
      case '"' -> sb.append("{''}");
      default -> {
        if (cp == '\n' || cp == '\r' || cp == '\t') {
          sb.append(' ');
        } else if (cp < 0x20 || cp == 0x7F) {
          // control characters never reach TeX (^^@ and friends are how catcodes are attacked)
          sb.append(' ');
        } else if (cp < 0x7F) {
          sb.append((char) cp);
        } else {
          appendNonAscii(sb, cp);
        }
      }
    }
  }

  private static void appendNonAscii(StringBuilder sb, int cp) {
    String known = SYMBOLS.get(cp);
    if (known != null) {
      sb.append(known);
      return;
    }
    String nfd = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFD);
    if (nfd.length() == 2 && nfd.charAt(0) < 0x7F && Character.isLetter(nfd.charAt(0))
        && ACCENTS.containsKey((int) nfd.charAt(1))) {
      sb.append(ACCENTS.get((int) nfd.charAt(1))).append('{').append(nfd.charAt(0)).append('}');
      return;
    }
    sb.append("\\texttt{{[}U+").append(String.format(Locale.ROOT, "%04X", cp)).append("{]}}");
  }
}
