package org.depthcert.expr;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.numbers.fraction.BigFraction;
import org.depthcert.algebra.Polynomial;
import org.depthcert.expr.Token.Kind;

/**
 * Recursive descent over the tokens of one formula; one instance per parse. Recursion happens
 * only when entering a group, and {@link #enter} caps the nesting, so the Java stack stays within
 * a few thousand frames whatever the input.
 *
 * <pre>
 * sum      := ['+' | '-'] product (('+' | '-') product)*
 * product  := powered (('*' | '/') powered | powered-not-starting-with-a-number)*
 * powered  := (symbol | atom) ['^' exponent]
 * atom     := NUMBER | '(' sum ')' | '{' sum '}' | '\frac' '{' sum '}' '{' sum '}'
 *           | max ('(' | '\{') sum (',' sum)* (')' | '\}')
 * exponent := NUMBER | '{' sum '}' | '(' sum ')'     (a constant integer 0..32)
 * </pre>
 */
final class Parser {
  private final List<Token> tokens;
  private final SymbolTable symbols;
  private final boolean allowMax;
  private int pos;
  private int depth;

  Parser(List<Token> tokens, SymbolTable symbols, boolean allowMax) {
    this.tokens = tokens;
    this.symbols = symbols;
    this.allowMax = allowMax;
  }

  Token peek() {
    return tokens.get(pos);
  }

  Token advance() {
    Token t = tokens.get(pos);
    if (!t.is(Kind.END)) {
      pos++;
    }
    return t;
  }

  /** Fails unless every token has been consumed. */
  void expectEnd() {
    Token t = peek();
    if (!t.is(Kind.END)) {
      throw new FormulaException("unexpected " + t.describe(), t.column());
    }
  }

  Value sum() {
    SumBuilder acc = new SumBuilder();
    Token first = peek();
    boolean negate = first.is(Kind.MINUS);
    if (negate || first.is(Kind.PLUS)) {
      advance();
    }
    acc.add(product(), negate, first.column());
    while (peek().is(Kind.PLUS) || peek().is(Kind.MINUS)) {
      Token op = advance();
      acc.add(product(), op.is(Kind.MINUS), op.column());
    }
    return acc.result();
  }

  private Value product() {
    Value acc = powered();
    while (true) {
      Token t = peek();
      if (t.is(Kind.TIMES)) {
        advance();
        acc = Arithmetic.multiply(acc, powered(), t.column());
      } else if (t.is(Kind.DIVIDE)) {
        advance();
        int divisorColumn = peek().column();
        acc = Arithmetic.divide(acc, powered(), divisorColumn);
        // "1/2n" is n/2 to some readers and 1/(2n) to others: refuse to guess.
        if (startsImplicitFactor(peek())) {
          throw new FormulaException("ambiguous factor after '/': write a/b*c or a/(b*c)",
              peek().column());
        }
      } else if (startsImplicitFactor(t)) {
        acc = Arithmetic.multiply(acc, powered(), t.column());
      } else {
        return acc;
      }
    }
  }

  /**
   * Juxtaposition multiplies ({@code 2(m+1)}, {@code md_{\rm std}}), except before a number:
   * {@code d 2} or {@code 2 3} is almost surely a typo, not a product.
   */
  private static boolean startsImplicitFactor(Token t) {
    switch (t.kind()) {
      case WORD: case NAME: case SUBSCRIPTED: case LPAREN: case LBRACE: case FRAC: case MAX:
        return true;
      default:
        return false;
    }
  }

  /**
   * A symbol run or an atom, with an optional power. In a run such as {@code md^2} the power binds
   * to the last symbol only, as in TeX: {@code m * d^2}.
   */
  private Value powered() {
    Token t = peek();
    Polynomial prefix = Polynomial.ONE;
    Value base;
    if (t.is(Kind.WORD) || t.is(Kind.NAME) || t.is(Kind.SUBSCRIPTED)) {
      advance();
      List<String> names = symbols.factors(t);
      for (String name : names.subList(0, names.size() - 1)) {
        prefix = ((Value.Poly) Arithmetic.multiply(Value.of(prefix),
            Value.of(Polynomial.variable(name)), t.column())).polynomial();
      }
      base = Value.of(Polynomial.variable(names.get(names.size() - 1)));
    } else {
      base = atom();
    }
    if (peek().is(Kind.CARET)) {
      Token caret = advance();
      base = Arithmetic.power(base, exponent(), caret.column());
      if (peek().is(Kind.CARET)) {
        throw new FormulaException("double exponent: use braces, as in (a^b)^c",
            peek().column());
      }
    }
    return prefix.equals(Polynomial.ONE) ? base
        : Arithmetic.multiply(Value.of(prefix), base, t.column());
  }

  private int exponent() {
    Token t = peek();
    Value v;
    if (t.is(Kind.NUMBER)) {
      advance();
      v = number(t);
    } else if (t.is(Kind.LBRACE) || t.is(Kind.LPAREN)) {
      v = atom();
    } else {
      throw new FormulaException("exponent must be a non-negative integer", t.column());
    }
    Optional<BigInteger> e = v instanceof Value.Poly p
        ? Arithmetic.integerConstant(p.polynomial()) : Optional.empty();
    if (e.isEmpty() || e.get().signum() < 0) {
      throw new FormulaException("exponent must be a non-negative integer", t.column());
    }
    if (e.get().compareTo(BigInteger.valueOf(Limits.MAX_EXPONENT)) > 0) {
      throw new FormulaException("exponent above " + Limits.MAX_EXPONENT, t.column());
    }
    return e.get().intValue();
  }

  private Value atom() {
    Token t = advance();
    switch (t.kind()) {
      case NUMBER:
        return number(t);
      case LPAREN:
        return group(t, Kind.RPAREN, "')'");
      case LBRACE:
        return group(t, Kind.RBRACE, "'}'");
      case FRAC:
        return fraction();
      case MAX:
        return max(t);
      default:
        throw new FormulaException("expected a number, a symbol or '(' but found " + t.describe(),
            t.column());
    }
  }

  private static Value number(Token t) {
    return Value.of(Polynomial.constant(BigFraction.of(new BigInteger(t.name()))));
  }

  private Value group(Token open, Kind close, String closeText) {
    enter(open);
    Value v = sum();
    expect(close, closeText);
    depth--;
    return v;
  }

  /** {@code \frac{a}{b}}: the braces are groups, so they count towards the nesting bound. */
  private Value fraction() {
    Value numerator = group(expect(Kind.LBRACE, "'{' after \\frac"), Kind.RBRACE, "'}'");
    Token open = expect(Kind.LBRACE, "'{' for the denominator of \\frac");
    int column = peek().column();
    Value denominator = group(open, Kind.RBRACE, "'}'");
    return Arithmetic.divide(numerator, denominator, column);
  }

  private Value max(Token maxToken) {
    if (!allowMax) {
      throw new FormulaException("max is not allowed here: a polynomial was expected",
          maxToken.column());
    }
    Token open = advance();
    Kind close;
    String closeText;
    if (open.is(Kind.LPAREN)) {
      close = Kind.RPAREN;
      closeText = "')'";
    } else if (open.is(Kind.LSET)) {
      close = Kind.RSET;
      closeText = "'\\}'";
    } else {
      throw new FormulaException("expected '(' or '\\{' after max but found " + open.describe(),
          open.column());
    }
    enter(open);
    List<Value> args = new ArrayList<>();
    args.add(sum());
    while (peek().is(Kind.COMMA)) {
      advance();
      args.add(sum());
      if (args.size() > Limits.MAX_ALTERNATIVES) {
        throw new FormulaException("more than " + Limits.MAX_ALTERNATIVES
            + " alternatives in a max", maxToken.column());
      }
    }
    expect(close, closeText);
    depth--;
    return Arithmetic.max(args, maxToken.column());
  }

  private void enter(Token open) {
    depth++;
    if (depth > Limits.MAX_NESTING) {
      throw new FormulaException("nesting deeper than " + Limits.MAX_NESTING, open.column());
    }
  }

  private Token expect(Kind kind, String what) {
    Token t = peek();
    if (!t.is(kind)) {
      throw new FormulaException("expected " + what, t.column());
    }
    return advance();
  }
}
