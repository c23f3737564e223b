package org.depthcert.verifier.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Splits a formula, ASCII ({@code 6*m*d_std}), LaTeX ({@code 6md_{\mathrm{std}}}) or Unicode
 * ({@code 6m·d_⊕ ≤ n}), into tokens in one left-to-right pass. Written for the verifier alone,
 * after the grammar the engine documents (its expr package), so that a mistake in the engine's reading of a
 * formula is not repeated here. Layout is dropped: whitespace, {@code $}, {@code ~}, LaTeX
 * spacing and the size modifiers {@code \left}, {@code \big}...
 */
final class FormulaLexer {
  enum Kind {
    NUMBER, WORD, NAME, SUBSCRIPTED, PLUS, MINUS, TIMES, DIVIDE, CARET, LPAREN, RPAREN, LBRACE,
    RBRACE, LSET, RSET, COMMA, FRAC, MAX, LE, GE, LT, GT, EQ, END
  }

  /** {@code text}: the letters of a word or the digits of a number; {@code sub}: a raw subscript. */
  record Token(Kind kind, String text, String sub, int column) {}

  private static final Set<String> LAYOUT = Set.of("left", "right", "big", "bigl", "bigr", "Big",
      "Bigl", "Bigr", "quad", "qquad");
  static final Set<String> WRAPPERS =
      Set.of("mathrm", "text", "textrm", "operatorname", "mathsf", "mathit");
  private static final Map<String, Kind> COMMANDS = Map.ofEntries(Map.entry("cdot", Kind.TIMES),
      Map.entry("times", Kind.TIMES), Map.entry("ast", Kind.TIMES), Map.entry("frac", Kind.FRAC),
      Map.entry("dfrac", Kind.FRAC), Map.entry("tfrac", Kind.FRAC), Map.entry("max", Kind.MAX),
      Map.entry("le", Kind.LE), Map.entry("leq", Kind.LE), Map.entry("leqslant", Kind.LE),
      Map.entry("ge", Kind.GE), Map.entry("geq", Kind.GE), Map.entry("geqslant", Kind.GE),
      Map.entry("lt", Kind.LT), Map.entry("gt", Kind.GT));
  private static final Map<Character, Kind> CHARS = Map.ofEntries(Map.entry('+', Kind.PLUS),
      Map.entry('-', Kind.MINUS), Map.entry('\u2212', Kind.MINUS), Map.entry('*', Kind.TIMES),
      Map.entry('\u00b7', Kind.TIMES), Map.entry('\u22c5', Kind.TIMES),
      Map.entry('\u00d7', Kind.TIMES), Map.entry('/', Kind.DIVIDE), Map.entry('^', Kind.CARET),
      Map.entry('(', Kind.LPAREN), Map.entry(')', Kind.RPAREN), Map.entry('{', Kind.LBRACE),
      Map.entry('}', Kind.RBRACE), Map.entry(',', Kind.COMMA), Map.entry('\u2264', Kind.LE),
      Map.entry('\u2a7d', Kind.LE), Map.entry('\u2265', Kind.GE), Map.entry('\u2a7e', Kind.GE),
      Map.entry('=', Kind.EQ));

  private final String s;
  private final List<Token> out = new ArrayList<>();
  private int i;

  private FormulaLexer(String s) {
    this.s = s;
  }

  static List<Token> tokens(String text) {
    FormulaLexer l = new FormulaLexer(text);
    l.run();
    return l.out;
  }

  private void run() {
    while (i < s.length()) {
      char c = s.charAt(i);
      int start = i;
      if (Character.isWhitespace(c) || c == '$' || c == '~') {
        i++;
      } else if (digit(c)) {
        while (i < s.length() && digit(s.charAt(i))) {
          i++;
        }
        if (i + 1 < s.length() && s.charAt(i) == '.' && digit(s.charAt(i + 1))) {
          throw new FormulaError("a decimal is not an exact number; write a fraction", start + 1);
        }
        out.add(new Token(Kind.NUMBER, s.substring(start, i), "", start + 1));
      } else if (letter(c)) {
        String run = letters();
        if (i < s.length() && s.charAt(i) == '_') {
          out.add(new Token(Kind.SUBSCRIPTED, run, subscript(), start + 1));
        } else {
          out.add(new Token(run.equals("max") ? Kind.MAX : Kind.WORD, run, "", start + 1));
        }
      } else if (c == '\\') {
        command();
      } else if (c == '<' || c == '>') {
        boolean eq = i + 1 < s.length() && s.charAt(i + 1) == '=';
        i += eq ? 2 : 1;
        out.add(new Token(c == '<' ? (eq ? Kind.LE : Kind.LT) : (eq ? Kind.GE : Kind.GT), "", "",
            start + 1));
      } else if (CHARS.containsKey(c)) {
        i++;
        out.add(new Token(CHARS.get(c), String.valueOf(c), "", start + 1));
      } else {
        throw new FormulaError("unexpected character '" + c + "'", start + 1);
      }
    }
    out.add(new Token(Kind.END, "", "", s.length() + 1));
  }

  /** After {@code _}: a braced group, one command (with a wrapper's group), an alnum run, or one symbol. */
  private String subscript() {
    int underscore = i;
    i++;
    while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    if (i >= s.length()) {
      throw new FormulaError("expected a subscript after '_'", underscore + 1);
    }
    int start = i;
    char c = s.charAt(i);
    if (c == '{') {
      int close = closing(i);
      i = close + 1;
      return s.substring(start + 1, close);
    }
    if (c == '\\' && i + 1 < s.length() && letter(s.charAt(i + 1))) {
      i++;
      String name = letters();
      if (WRAPPERS.contains(name) && i < s.length() && s.charAt(i) == '{') {
        i = closing(i) + 1;
      }
      return s.substring(start, i);
    }
    if (letter(c) || digit(c)) {
      while (i < s.length() && (letter(s.charAt(i)) || digit(s.charAt(i)))) {
        i++;
      }
      return s.substring(start, i);
    }
    if (c > 127 && !Character.isWhitespace(c)) {
      i += Character.charCount(s.codePointAt(i));
      return s.substring(start, i);
    }
    throw new FormulaError("expected a subscript after '_'", i + 1);
  }

  private void command() {
    int start = i;
    i++;
    if (i >= s.length()) {
      throw new FormulaError("expected a command after '\\'", start + 1);
    }
    char c = s.charAt(i);
    if (!letter(c)) {
      i++;
      if (c == '{' || c == '}') {
        out.add(new Token(c == '{' ? Kind.LSET : Kind.RSET, "", "", start + 1));
      } else if (",;!: ".indexOf(c) < 0) {
        throw new FormulaError("unknown command '\\" + c + "'", start + 1);
      }
      return;
    }
    String name = letters();
    if (LAYOUT.contains(name)) {
      return;
    }
    if (COMMANDS.containsKey(name)) {
      out.add(new Token(COMMANDS.get(name), name, "", start + 1));
    } else if (WRAPPERS.contains(name)) {
      while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
        i++;
      }
      if (i >= s.length() || s.charAt(i) != '{') {
        throw new FormulaError("expected '{' after \\" + name, i + 1);
      }
      int close = closing(i);
      String inner = s.substring(i + 1, close).strip();
      if (inner.isEmpty() || !inner.chars().allMatch(ch -> letter((char) ch))) {
        throw new FormulaError("expected a symbol name inside \\" + name + "{..}", i + 2);
      }
      i = close + 1;
      out.add(new Token(Kind.NAME, inner, "", start + 1));
    } else {
      throw new FormulaError("unknown command '\\" + name + "'", start + 1);
    }
  }

  private int closing(int open) {
    int depth = 0;
    for (int k = open; k < s.length(); k++) {
      char c = s.charAt(k);
      if (c == '\\') {
        k++;
      } else if (c == '{') {
        depth++;
      } else if (c == '}' && --depth == 0) {
        return k;
      }
    }
    throw new FormulaError("expected '}'", s.length() + 1);
  }

  private String letters() {
    int start = i;
    while (i < s.length() && letter(s.charAt(i))) {
      i++;
    }
    return s.substring(start, i);
  }

  static boolean letter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean digit(char c) {
    return c >= '0' && c <= '9';
  }
}
