package org.depthcert.report;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sentences with math in them, for HTML and LaTeX. Two kinds of math are recognised in text
 * (from a spec or from the tool itself):
 * <ul>
 *   <li>inline math between {@code $...$}, as in a paper;</li>
 *   <li>notation the papers write in prose: a class with its exponent ({@code TC^0} becomes
 *       {@code \mathsf{TC}^0}, TC⁰ in HTML), a parenthesised group with an exponent
 *       ({@code (A_{F,r})^*}), and a monomial of the ASCII grammar with an exponent in it
 *       ({@code n^2}, {@code 5/2*d*n^2}).</li>
 * </ul>
 * Each piece of math goes through {@link SafeMath}; a piece outside its subset is printed as
 * text, escaped like all other text. So the escaping guarantees of {@link Latex#escape} and
 * {@link Xml#escape} hold for every character that is not re-emitted by SafeMath's tree.
 */
final class ProseMath {
  /** A letter with an optional exponent, as the ASCII grammar writes a factor: {@code n^2}. */
  private static final String FACTOR = "[A-Za-z](?:\\^(?:[0-9]+|\\{[^{}$]{1,20}\\}))?";
  private static final Pattern FRACTION = Pattern.compile("([0-9]+)/([0-9]+)");

  /** {@code $...$} (no nested dollars), or a notation token. */
  private static final Pattern MATH = Pattern.compile(
      "\\$([^$]{1," + SafeMath.MAX_LENGTH + "})\\$"
          + "|(?<![A-Za-z0-9_])(?<class>TC|NC|AC|ACC|SAC)\\^(?<cexp>[0-9a-z]\\b|\\{[^{}$]{1,20}\\})"
          + "|(?<group>\\([A-Za-z0-9_{},]{1,30}\\))\\^(?<gexp>\\*|[0-9]+|\\{[^{}$]{1,20}\\})"
          + "|(?<![A-Za-z0-9_\\\\*^/])(?<prod>(?:[0-9]+(?:/[0-9]+)?\\*)?" + FACTOR + "(?:\\*"
          + FACTOR + ")*)(?![A-Za-z0-9_*^])");

  private ProseMath() {}

  /** {@code text} as LaTeX (text mode, math inline as {@code $...$}). */
  static String latex(String text) {
    return render(text, true);
  }

  /** {@code text} as HTML (escaped text, math as MathML). */
  static String html(String text) {
    return render(text, false);
  }

  private static String render(String text, boolean tex) {
    StringBuilder sb = new StringBuilder();
    Matcher m = MATH.matcher(text);
    int last = 0;
    while (m.find()) {
      if (m.group("prod") != null && m.group("prod").indexOf('^') < 0) {
        continue; // a product without an exponent (d*m*n) reads well as it is
      }
      Optional<SafeMath.Formula> f = SafeMath.parse(source(m));
      if (f.isEmpty()) {
        continue;
      }
      sb.append(escape(text.substring(last, m.start()), tex));
      sb.append(tex ? "$" + f.get().latex() + "$" : f.get().mathml());
      last = m.end();
    }
    sb.append(escape(text.substring(last), tex));
    return sb.toString();
  }

  /** The math source of a match: what is between the dollars, or the notation made LaTeX. */
  private static String source(Matcher m) {
    if (m.group(1) != null) {
      return m.group(1);
    }
    if (m.group("class") != null) {
      return "\\mathsf{" + m.group("class") + "}^" + m.group("cexp");
    }
    if (m.group("group") != null) {
      return m.group("group") + "^" + m.group("gexp");
    }
    // an ASCII monomial such as 5/2*d*n^2: juxtaposed factors, the coefficient a fraction
    return FRACTION.matcher(m.group("prod")).replaceAll("\\\\frac{$1}{$2}").replace("*", " ");
  }

  private static String escape(String text, boolean tex) {
    return tex ? Latex.escape(text) : Xml.escape(text);
  }
}
