package org.depthcert.expr;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.depthcert.expr.Token.Kind;

/**
 * Splits ASCII or LaTeX formula text into tokens, in one left-to-right pass with no recursion (so
 * hostile input cannot overflow the stack here). Layout that carries no meaning is dropped:
 * whitespace, {@code $}, {@code ~}, LaTeX spacing ({@code \, \; \! \: \ }) and the size modifiers
 * {@code \left}, {@code \right}, {@code \big}...: {@code \left(} is read as {@code (}.
 */
final class Lexer {
  /** LaTeX commands that only change spacing or delimiter size. */
  private static final Set<String> IGNORED_COMMANDS = Set.of(
      "left", "right", "big", "bigl", "bigr", "Big", "Bigl", "Bigr", "quad", "qquad");

  /** LaTeX commands that stand for one token. */
  private static final Map<String, Kind> COMMANDS = Map.ofEntries(
      Map.entry("cdot", Kind.TIMES), Map.entry("times", Kind.TIMES), Map.entry("ast", Kind.TIMES),
      Map.entry("frac", Kind.FRAC), Map.entry("dfrac", Kind.FRAC), Map.entry("tfrac", Kind.FRAC),
      Map.entry("max", Kind.MAX),
      Map.entry("le", Kind.LE), Map.entry("leq", Kind.LE), Map.entry("leqslant", Kind.LE),
      Map.entry("ge", Kind.GE), Map.entry("geq", Kind.GE), Map.entry("geqslant", Kind.GE),
      Map.entry("lt", Kind.LT), Map.entry("gt", Kind.GT));

  /** Upright-text wrappers: outside a subscript they make a whole-word symbol name. */
  static final Set<String> TEXT_WRAPPERS =
      Set.of("mathrm", "text", "textrm", "operatorname", "mathsf", "mathit");

  private static final Map<Character, Kind> SINGLE = Map.ofEntries(
      Map.entry('+', Kind.PLUS), Map.entry('-', Kind.MINUS), Map.entry('\u2212', Kind.MINUS),
      Map.entry('*', Kind.TIMES), Map.entry('\u00b7', Kind.TIMES), Map.entry('\u22c5', Kind.TIMES),
      Map.entry('\u00d7', Kind.TIMES), Map.entry('/', Kind.DIVIDE), Map.entry('^', Kind.CARET),
      Map.entry('(', Kind.LPAREN), Map.entry(')', Kind.RPAREN),
      Map.entry('{', Kind.LBRACE), Map.entry('}', Kind.RBRACE), Map.entry(',', Kind.COMMA),
      Map.entry('\u2264', Kind.LE), Map.entry('\u2a7d', Kind.LE),
      Map.entry('\u2265', Kind.GE), Map.entry('\u2a7e', Kind.GE), Map.entry('=', Kind.EQ));

  private final String text;
  private final List<Token> tokens = new ArrayList<>();
  private int pos;

  private Lexer(String text) {
    this.text = text;
  }

  /** The tokens of {@code text}, always ending with one END token at column length + 1. */
  static List<Token> tokenize(String text) {
    Lexer lexer = new Lexer(text);
    lexer.run();
    return lexer.tokens;
  }

  private void run() {
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (Character.isWhitespace(c) || c == '$' || c == '~') {
        pos++;
      } else if (isDigit(c)) {
        number();
      } else if (isLetter(c)) {
        word();
      } else if (c == '\\') {
        command();
      } else if (c == '<' || c == '>') {
        comparison(c);
      } else if (SINGLE.containsKey(c)) {
        emit(SINGLE.get(c), pos, pos + 1);
      } else {
        throw new FormulaException(
            "unexpected character '" + new String(Character.toChars(text.codePointAt(pos))) + "'",
            pos + 1);
      }
    }
    tokens.add(Token.of(Kind.END, "", text.length() + 1));
  }

  private void number() {
    int start = pos;
    while (pos < text.length() && isDigit(text.charAt(pos))) {
      pos++;
    }
    // A decimal would be an inexact reading of an exact coefficient: refuse it, say what to write.
    if (pos + 1 < text.length() && text.charAt(pos) == '.' && isDigit(text.charAt(pos + 1))) {
      throw new FormulaException("decimal numbers are not supported; write a fraction such as 1/2",
          start + 1);
    }
    String digits = text.substring(start, pos);
    tokens.add(new Token(Kind.NUMBER, digits, start + 1, digits, ""));
  }

  private void word() {
    int start = pos;
    while (pos < text.length() && isLetter(text.charAt(pos))) {
      pos++;
    }
    String run = text.substring(start, pos);
    if (pos < text.length() && text.charAt(pos) == '_') {
      String sub = subscript();
      tokens.add(new Token(Kind.SUBSCRIPTED, text.substring(start, pos), start + 1, run, sub));
    } else if (run.equals("max")) {
      tokens.add(Token.of(Kind.MAX, run, start + 1));
    } else {
      tokens.add(new Token(Kind.WORD, run, start + 1, run, ""));
    }
  }

  /**
   * The raw subscript after the {@code _} at {@code pos}: a braced group's content, one command
   * ({@code \oplus}, or a wrapper with its group: {@code \mathrm{std}}), a run of letters and
   * digits ({@code std}, {@code g2}), or one non-ASCII symbol ({@code ⊕}).
   */
  private String subscript() {
    int underscore = pos;
    pos++;
    skipWhitespace();
    if (pos >= text.length()) {
      throw new FormulaException("expected a subscript after '_'", pos + 1);
    }
    char c = text.charAt(pos);
    int start = pos;
    if (c == '{') {
      int close = matchingBrace(pos);
      pos = close + 1;
      String content = text.substring(start + 1, close);
      if (content.isBlank()) {
        throw new FormulaException("empty subscript", underscore + 1);
      }
      return content;
    }
    if (c == '\\' && pos + 1 < text.length() && isLetter(text.charAt(pos + 1))) {
      pos++;
      String name = letters();
      if (TEXT_WRAPPERS.contains(name) && pos < text.length() && text.charAt(pos) == '{') {
        pos = matchingBrace(pos) + 1;
      }
      return text.substring(start, pos);
    }
    if (isLetter(c) || isDigit(c)) {
      while (pos < text.length() && (isLetter(text.charAt(pos)) || isDigit(text.charAt(pos)))) {
        pos++;
      }
      return text.substring(start, pos);
    }
    if (c > 127 && !Character.isWhitespace(c)) {
      pos += Character.charCount(text.codePointAt(pos));
      return text.substring(start, pos);
    }
    throw new FormulaException("expected a subscript after '_'", pos + 1);
  }

  /** Index of the '}' closing the '{' at {@code open}, scanning iteratively. */
  private int matchingBrace(int open) {
    int depth = 0;
    for (int i = open; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\') {
        i++; // an escaped brace such as \{ does not count
      } else if (c == '{') {
        depth++;
      } else if (c == '}' && --depth == 0) {
        return i;
      }
    }
    throw new FormulaException("expected '}'", text.length() + 1);
  }

  private void command() {
    int start = pos;
    pos++;
    if (pos >= text.length()) {
      throw new FormulaException("expected a command after '\\'", start + 1);
    }
    char c = text.charAt(pos);
    if (!isLetter(c)) {
      pos++;
      if (c == '{') {
        tokens.add(Token.of(Kind.LSET, "\\{", start + 1));
      } else if (c == '}') {
        tokens.add(Token.of(Kind.RSET, "\\}", start + 1));
      } else if (c != ',' && c != ';' && c != '!' && c != ':' && c != ' ') {
        throw new FormulaException("unknown command '\\" + c + "'", start + 1);
      }
      return;
    }
    String name = letters();
    if (IGNORED_COMMANDS.contains(name)) {
      return;
    }
    if (COMMANDS.containsKey(name)) {
      tokens.add(Token.of(COMMANDS.get(name), text.substring(start, pos), start + 1));
    } else if (TEXT_WRAPPERS.contains(name)) {
      wrappedName(start);
    } else {
      throw new FormulaException("unknown command '\\" + name + "'", start + 1);
    }
  }

  /** {@code \mathrm{heads}}: one symbol name, as Symbols.latex prints multi-letter parameters. */
  private void wrappedName(int start) {
    skipWhitespace();
    if (pos >= text.length() || text.charAt(pos) != '{') {
      throw new FormulaException("expected '{'", pos + 1);
    }
    int close = matchingBrace(pos);
    String name = text.substring(pos + 1, close).strip();
    if (name.isEmpty() || !name.chars().allMatch(ch -> isLetter((char) ch))) {
      throw new FormulaException("expected a symbol name inside '" + text.substring(start, pos)
          + "{..}'", pos + 2);
    }
    pos = close + 1;
    tokens.add(new Token(Kind.NAME, text.substring(start, pos), start + 1, name, ""));
  }

  private void comparison(char c) {
    boolean orEqual = pos + 1 < text.length() && text.charAt(pos + 1) == '=';
    Kind kind = c == '<' ? (orEqual ? Kind.LE : Kind.LT) : (orEqual ? Kind.GE : Kind.GT);
    emit(kind, pos, pos + (orEqual ? 2 : 1));
  }

  private void emit(Kind kind, int start, int end) {
    tokens.add(Token.of(kind, text.substring(start, end), start + 1));
    pos = end;
  }

  private String letters() {
    int start = pos;
    while (pos < text.length() && isLetter(text.charAt(pos))) {
      pos++;
    }
    return text.substring(start, pos);
  }

  private void skipWhitespace() {
    while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
      pos++;
    }
  }

  /** Symbols are ASCII letters only: Greek and operator symbols appear only as subscripts. */
  static boolean isLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
