package org.depthcert.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A safe subset of LaTeX math, for the inline math a spec's description may hold between
 * {@code $...$} and for notation such as {@code TC^0} in the tool's own sentences. The source is
 * parsed into a small tree and both outputs are re-emitted from that tree, never copied: the LaTeX
 * holds only the commands listed here (so no {@code \input}, {@code \write18}, {@code \catcode},
 * {@code ^^} or {@code %} can reach TeX), the MathML only the elements built here, with every
 * character escaped. Anything outside the subset makes the whole formula {@linkplain
 * Optional#empty() unrenderable}, and the caller prints it literally, as before.
 *
 * <p>The subset: ASCII letters and digits, the operators {@code + - = < > ( ) [ ] , . ; : / | ' !
 * *}, spaces, {@code ^} and {@code _} with one character or a {@code {group}}, groups, the
 * symbol and function commands in {@link #SYMBOLS} and {@link #FUNCTIONS}, the font commands
 * {@code \mathrm \mathsf \mathbf \mathit \mathcal \operatorname \text} on letters, digits and
 * spaces, and {@code \frac{..}{..}}, {@code \sqrt{..}}. At most 400 characters and 8 nested
 * groups.
 */
final class SafeMath {
  static final int MAX_LENGTH = 400;
  private static final int MAX_DEPTH = 8;
  private static final String OPERATORS = "+-=<>()[],.;:/|'!*";

  /** Symbol commands: name -> (MathML element, Unicode character). */
  private static final Map<String, String[]> SYMBOLS = Map.ofEntries(
      Map.entry("alpha", mi("\u03B1")), Map.entry("beta", mi("\u03B2")),
      Map.entry("gamma", mi("\u03B3")), Map.entry("delta", mi("\u03B4")),
      Map.entry("epsilon", mi("\u03F5")), Map.entry("varepsilon", mi("\u03B5")),
      Map.entry("theta", mi("\u03B8")), Map.entry("lambda", mi("\u03BB")),
      Map.entry("mu", mi("\u03BC")), Map.entry("pi", mi("\u03C0")),
      Map.entry("rho", mi("\u03C1")), Map.entry("sigma", mi("\u03C3")),
      Map.entry("tau", mi("\u03C4")), Map.entry("phi", mi("\u03D5")),
      Map.entry("varphi", mi("\u03C6")), Map.entry("psi", mi("\u03C8")),
      Map.entry("omega", mi("\u03C9")), Map.entry("eta", mi("\u03B7")),
      Map.entry("xi", mi("\u03BE")), Map.entry("kappa", mi("\u03BA")),
      Map.entry("Gamma", mi("\u0393")), Map.entry("Delta", mi("\u0394")),
      Map.entry("Theta", mi("\u0398")), Map.entry("Lambda", mi("\u039B")),
      Map.entry("Sigma", mi("\u03A3")), Map.entry("Phi", mi("\u03A6")),
      Map.entry("Omega", mi("\u03A9")), Map.entry("Pi", mi("\u03A0")),
      Map.entry("otimes", mo("\u2297")), Map.entry("oplus", mo("\u2295")),
      Map.entry("ominus", mo("\u2296")), Map.entry("oslash", mo("\u2298")),
      Map.entry("odot", mo("\u2299")), Map.entry("cdot", mo("\u22C5")),
      Map.entry("times", mo("\u00D7")), Map.entry("circ", mo("\u2218")),
      Map.entry("le", mo("\u2264")), Map.entry("leq", mo("\u2264")),
      Map.entry("ge", mo("\u2265")), Map.entry("geq", mo("\u2265")),
      Map.entry("ne", mo("\u2260")), Map.entry("neq", mo("\u2260")),
      Map.entry("approx", mo("\u2248")), Map.entry("sim", mo("\u223C")),
      Map.entry("to", mo("\u2192")), Map.entry("mapsto", mo("\u21A6")),
      Map.entry("in", mo("\u2208")), Map.entry("subseteq", mo("\u2286")),
      Map.entry("subset", mo("\u2282")), Map.entry("cup", mo("\u222A")),
      Map.entry("cap", mo("\u2229")), Map.entry("sum", mo("\u2211")),
      Map.entry("prod", mo("\u220F")), Map.entry("infty", mi("\u221E")),
      Map.entry("triangle", mi("\u25B3")), Map.entry("top", mi("\u22A4")),
      Map.entry("ldots", mi("\u2026")), Map.entry("cdots", mi("\u22EF")),
      Map.entry("{", mo("{")), Map.entry("}", mo("}")), Map.entry("|", mo("\u2016")),
      Map.entry("lceil", mo("\u2308")), Map.entry("rceil", mo("\u2309")),
      Map.entry("lfloor", mo("\u230A")), Map.entry("rfloor", mo("\u230B")),
      Map.entry(",", new String[] {"mspace", "0.17em"}), Map.entry(";", new String[] {"mspace",
          "0.28em"}), Map.entry("quad", new String[] {"mspace", "1em"}));

  /** Upright function names. */
  private static final List<String> FUNCTIONS = List.of("exp", "log", "ln", "max", "min", "sin",
      "cos", "det", "poly", "sup", "inf", "lim");

  private static final Map<String, String> FONTS = Map.of("mathrm", "normal", "mathsf", "sf",
      "mathbf", "bf", "mathit", "it", "mathcal", "cal", "operatorname", "normal", "text", "text");

  private SafeMath() {}

  /** A parsed formula: LaTeX (without dollars) and MathML (a {@code <math>} element). */
  record Formula(String latex, String mathml) {}

  /** The formula, or empty when {@code source} is outside the subset. */
  static Optional<Formula> parse(String source) {
    if (source.isBlank() || source.length() > MAX_LENGTH) {
      return Optional.empty();
    }
    try {
      Parser p = new Parser(source);
      List<Node> row = p.row(0);
      if (p.pos != source.length()) {
        return Optional.empty();
      }
      StringBuilder tex = new StringBuilder();
      StringBuilder ml = new StringBuilder("<math><mrow>");
      for (Node n : row) {
        n.tex(tex);
        n.mathml(ml);
      }
      return Optional.of(new Formula(tex.toString().strip(), ml.append("</mrow></math>")
          .toString()));
    } catch (Rejected e) {
      return Optional.empty();
    }
  }

  private static String[] mi(String c) {
    return new String[] {"mi", c};
  }

  private static String[] mo(String c) {
    return new String[] {"mo", c};
  }

  /** Thrown inside the parser when the source leaves the subset; never escapes this class. */
  private static final class Rejected extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Rejected() {
      super(null, null, false, false);
    }
  }

  private interface Node {
    void tex(StringBuilder sb);

    void mathml(StringBuilder sb);
  }

  /** A letter, digit run, operator or symbol command. */
  private record Leaf(String tex, String element, String text) implements Node {
    @Override
    public void tex(StringBuilder sb) {
      sb.append(tex);
    }

    @Override
    public void mathml(StringBuilder sb) {
      if (element.equals("mspace")) {
        sb.append("<mspace width=\"").append(text).append("\"/>");
        return;
      }
      // brackets keep their text size: a stretchy ( around a subscripted letter grows tall
      boolean bracket = element.equals("mo") && "()[]{}|\u2016".contains(text);
      sb.append('<').append(element).append(element.equals("mi") && text.length() > 1
          && !text.equals("\u2026") ? " mathvariant=\"normal\"" : "")
          .append(bracket ? " stretchy=\"false\"" : "").append('>')
          .append(Xml.escape(text)).append("</").append(element).append('>');
    }
  }

  /** A font command on plain characters: {@code \mathsf{TC}}. */
  private record Styled(String command, String font, String text) implements Node {
    @Override
    public void tex(StringBuilder sb) {
      sb.append('\\').append(command).append('{').append(text).append('}');
    }

    @Override
    public void mathml(StringBuilder sb) {
      if (font.equals("text")) {
        sb.append("<mtext>").append(Xml.escape(text)).append("</mtext>");
      } else {
        sb.append("<mi mathvariant=\"normal\"").append(font.equals("normal") ? ""
            : " class=\"" + font + "\"").append('>').append(Xml.escape(text)).append("</mi>");
      }
    }
  }

  private record Group(List<Node> children) implements Node {
    @Override
    public void tex(StringBuilder sb) {
      sb.append('{');
      children.forEach(c -> c.tex(sb));
      sb.append('}');
    }

    @Override
    public void mathml(StringBuilder sb) {
      sb.append("<mrow>");
      children.forEach(c -> c.mathml(sb));
      sb.append("</mrow>");
    }
  }

  /** {@code \frac}, {@code \sqrt}. */
  private record Command(String name, List<Group> args) implements Node {
    @Override
    public void tex(StringBuilder sb) {
      sb.append('\\').append(name);
      args.forEach(a -> a.tex(sb));
    }

    @Override
    public void mathml(StringBuilder sb) {
      String element = name.equals("frac") ? "mfrac" : "msqrt";
      sb.append('<').append(element).append('>');
      args.forEach(a -> a.mathml(sb));
      sb.append("</").append(element).append('>');
    }
  }

  private record Scripted(Node base, Node sub, Node sup) implements Node {
    @Override
    public void tex(StringBuilder sb) {
      base.tex(sb);
      if (sub != null) {
        sb.append("_{");
        inner(sub, sb);
        sb.append('}');
      }
      if (sup != null) {
        sb.append("^{");
        inner(sup, sb);
        sb.append('}');
      }
    }

    private static void inner(Node n, StringBuilder sb) {
      if (n instanceof Group g) {
        g.children().forEach(c -> c.tex(sb));
      } else {
        n.tex(sb);
      }
    }

    @Override
    public void mathml(StringBuilder sb) {
      String element = sub != null && sup != null ? "msubsup" : sub != null ? "msub" : "msup";
      sb.append('<').append(element).append('>');
      base.mathml(sb);
      if (sub != null) {
        sub.mathml(sb);
      }
      if (sup != null) {
        sup.mathml(sb);
      }
      sb.append("</").append(element).append('>');
    }
  }

  private static final class Parser {
    private final String s;
    private int pos;

    Parser(String s) {
      this.s = s;
    }

    /** Atoms up to the end or a closing brace (not consumed). */
    List<Node> row(int depth) {
      if (depth > MAX_DEPTH) {
        throw new Rejected();
      }
      List<Node> out = new ArrayList<>();
      while (pos < s.length() && s.charAt(pos) != '}') {
        char c = s.charAt(pos);
        if (c == ' ') {
          pos++;
          continue;
        }
        if (c == '^' || c == '_') {
          if (out.isEmpty()) {
            throw new Rejected();
          }
          out.add(scripts(out.remove(out.size() - 1), depth));
          continue;
        }
        out.add(atom(depth));
      }
      return out;
    }

    Node scripts(Node base, int depth) {
      Node sub = null;
      Node sup = null;
      if (base instanceof Scripted sc) {
        base = sc.base();
        sub = sc.sub();
        sup = sc.sup();
      }
      char c = s.charAt(pos++);
      skipSpaces();
      Node script = script(depth);
      if (c == '_') {
        if (sub != null) {
          throw new Rejected();
        }
        sub = script;
      } else {
        if (sup != null) {
          throw new Rejected();
        }
        sup = script;
      }
      return new Scripted(base, sub, sup);
    }

    Node script(int depth) {
      if (pos >= s.length()) {
        throw new Rejected();
      }
      char c = s.charAt(pos);
      if (c == '{') {
        return group(depth);
      }
      if (c == '\\') {
        return atom(depth);
      }
      if (Character.isLetterOrDigit(c) && c < 0x7F || c == '*' || c == '\'' || c == '+'
          || c == '-') {
        pos++;
        return leaf(c);
      }
      throw new Rejected();
    }

    Node atom(int depth) {
      char c = s.charAt(pos);
      if (c == '{') {
        return group(depth);
      }
      if (c == '\\') {
        return command(depth);
      }
      if (c < 0x7F && Character.isDigit(c)) {
        int start = pos;
        while (pos < s.length() && Character.isDigit(s.charAt(pos))) {
          pos++;
        }
        String digits = s.substring(start, pos);
        return new Leaf(digits, "mn", digits);
      }
      pos++;
      return leaf(c);
    }

    Node leaf(char c) {
      if (c < 0x7F && Character.isLetter(c)) {
        return new Leaf(String.valueOf(c), "mi", String.valueOf(c));
      }
      if (c < 0x7F && Character.isDigit(c)) {
        return new Leaf(String.valueOf(c), "mn", String.valueOf(c));
      }
      if (OPERATORS.indexOf(c) >= 0) {
        // a lone * in math is the asterisk of (A)^*, an operator otherwise
        return new Leaf(String.valueOf(c), "mo", c == '-' ? "\u2212" : c == '*' ? "\u2217"
            : String.valueOf(c));
      }
      throw new Rejected();
    }

    Group group(int depth) {
      pos++; // {
      List<Node> children = row(depth + 1);
      if (pos >= s.length() || s.charAt(pos) != '}') {
        throw new Rejected();
      }
      pos++;
      return new Group(children);
    }

    Node command(int depth) {
      pos++; // backslash
      if (pos >= s.length()) {
        throw new Rejected();
      }
      int start = pos;
      if (Character.isLetter(s.charAt(pos)) && s.charAt(pos) < 0x7F) {
        while (pos < s.length() && s.charAt(pos) < 0x7F && Character.isLetter(s.charAt(pos))) {
          pos++;
        }
      } else {
        pos++;
      }
      String name = s.substring(start, pos);
      String[] symbol = SYMBOLS.get(name);
      if (symbol != null) {
        String tex = "\\" + name + (Character.isLetter(name.charAt(0)) ? " " : "");
        return new Leaf(tex, symbol[0], symbol[1]);
      }
      if (FUNCTIONS.contains(name)) {
        return new Leaf(name.equals("poly") ? "\\operatorname{poly}" : "\\" + name + " ", "mi",
            name);
      }
      if (name.equals("rm") || name.equals("sf") || name.equals("bf")) {
        // the old-style switch papers write inside a group, d_{\rm std}: the rest of the group
        // in that font, re-emitted as \mathrm{std}
        int close = s.indexOf('}', pos);
        String text = close < 0 ? "" : s.substring(pos, close).strip();
        if (depth == 0 || !text.matches("[A-Za-z0-9 ]+")) {
          throw new Rejected();
        }
        pos = close;
        String command = "math" + name;
        return new Styled(command, FONTS.get(command), text);
      }
      if (FONTS.containsKey(name)) {
        skipSpaces();
        if (pos >= s.length() || s.charAt(pos) != '{') {
          throw new Rejected();
        }
        int close = s.indexOf('}', pos);
        if (close < 0) {
          throw new Rejected();
        }
        String text = s.substring(pos + 1, close);
        if (!text.matches("[A-Za-z0-9 ]+")) {
          throw new Rejected();
        }
        pos = close + 1;
        return new Styled(name, FONTS.get(name), text);
      }
      if (name.equals("frac") || name.equals("sqrt")) {
        List<Group> args = new ArrayList<>();
        for (int i = 0; i < (name.equals("frac") ? 2 : 1); i++) {
          skipSpaces();
          if (pos >= s.length() || s.charAt(pos) != '{') {
            throw new Rejected();
          }
          args.add(group(depth));
        }
        return new Command(name, args);
      }
      throw new Rejected();
    }

    void skipSpaces() {
      while (pos < s.length() && s.charAt(pos) == ' ') {
        pos++;
      }
    }
  }
}
