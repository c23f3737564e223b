package org.depthcert.expr;

/**
 * One lexical token. {@code text} is the exact source slice (for messages); {@code name} is the
 * payload: the digits of a number, the letter run of a word, the word inside {@code \mathrm{..}};
 * {@code subscript} is the raw text after {@code _} of a subscripted run, else empty.
 */
record Token(Kind kind, String text, int column, String name, String subscript) {

  enum Kind {
    NUMBER,
    /** A run of ASCII letters, possibly several juxtaposed symbols ({@code md}). */
    WORD,
    /** {@code \mathrm{name}} and friends: one symbol, never split into letters. */
    NAME,
    /** A letter run followed by a subscript ({@code md_{\rm std}}). */
    SUBSCRIPTED,
    PLUS, MINUS, TIMES, DIVIDE, CARET,
    LPAREN, RPAREN, LBRACE, RBRACE,
    /** {@code \{} and {@code \}}: only as the delimiters of {@code \max\{..\}}. */
    LSET, RSET,
    COMMA, FRAC, MAX,
    LE, GE, LT, GT, EQ,
    END
  }

  static Token of(Kind kind, String text, int column) {
    return new Token(kind, text, column, "", "");
  }

  boolean is(Kind k) {
    return kind == k;
  }

  /** How a message names this token. */
  String describe() {
    return kind == Kind.END ? "end of formula" : "'" + text + "'";
  }
}
