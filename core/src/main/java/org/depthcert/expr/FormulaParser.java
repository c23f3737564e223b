package org.depthcert.expr;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.depthcert.algebra.Assumption;
import org.depthcert.algebra.DepthTerm;
import org.depthcert.algebra.Polynomial;
import org.depthcert.expr.Token.Kind;

/**
 * Parses depth formulas as papers and specs write them, in ASCII ({@code 6*d_std + 4*d_sum}) or
 * LaTeX ({@code 6d_{\mathrm{std}} + 4d_{\oplus}}), into exact {@link Polynomial}s, max-plus
 * {@link DepthTerm}s and {@link Assumption}s. Every rejection is a {@link FormulaException} naming
 * the problem and its column; nothing is guessed (see package documentation for the grammar).
 *
 * <p>Immutable and thread-safe: each call parses with its own state.
 */
public final class FormulaParser {
  private final SymbolTable symbols;

  /**
   * @param knownSymbols the declared parameters ({@code m}, {@code n}, ...) and depth constants
   *     ({@code d_g}, ...); the built-in depth constants are always known
   */
  public FormulaParser(Set<String> knownSymbols) {
    this.symbols = new SymbolTable(Objects.requireNonNull(knownSymbols, "knownSymbols"));
  }

  /** A polynomial; {@code max} is rejected. */
  public Polynomial parsePolynomial(String text) {
    Parser parser = parser(text, false);
    Value v = parser.sum();
    parser.expectEnd();
    return ((Value.Poly) v).polynomial();
  }

  /**
   * A depth term: a polynomial or a max, combined by sums and non-negative scaling. The result
   * must be a depth term (non-negative coefficients, linear in the depth constants).
   */
  public DepthTerm parseTerm(String text) {
    Parser parser = parser(text, true);
    Value v = parser.sum();
    parser.expectEnd();
    if (v instanceof Value.Max m) {
      return m.term();
    }
    Polynomial p = ((Value.Poly) v).polynomial();
    if (p.terms().size() > Limits.MAX_TERMS) {
      throw new FormulaException("more than " + Limits.MAX_TERMS + " terms in a depth formula", 1);
    }
    try {
      return DepthTerm.of(p);
    } catch (IllegalArgumentException e) {
      throw new FormulaException("not a depth term: " + e.getMessage(), 1);
    }
  }

  /**
   * {@code A <= B} (also {@code ≤}, {@code \le}, {@code \leq}) or {@code A >= B}, returned as
   * {@code lhs <= rhs}. Strict and equality comparisons are rejected: the decider only handles
   * non-strict inequalities.
   */
  public Assumption parseAssumption(String text) {
    Parser parser = parser(text, false);
    Polynomial left = ((Value.Poly) parser.sum()).polynomial();
    Token rel = parser.advance();
    if (rel.is(Kind.LT) || rel.is(Kind.GT)) {
      throw new FormulaException("strict inequality " + rel.describe()
          + " is not supported: only non-strict <= and >=", rel.column());
    }
    if (rel.is(Kind.EQ)) {
      throw new FormulaException("equality is not supported: only non-strict <= and >= "
          + "(write two assumptions)", rel.column());
    }
    if (!rel.is(Kind.LE) && !rel.is(Kind.GE)) {
      throw new FormulaException("expected '<=' or '>=' but found " + rel.describe(),
          rel.column());
    }
    Polynomial right = ((Value.Poly) parser.sum()).polynomial();
    Token extra = parser.peek();
    if (isComparison(extra)) {
      throw new FormulaException("chained comparisons are not supported", extra.column());
    }
    parser.expectEnd();
    String written = text.strip();
    return rel.is(Kind.LE)
        ? new Assumption(left, right, written)
        : new Assumption(right, left, written);
  }

  private Parser parser(String text, boolean allowMax) {
    Objects.requireNonNull(text, "text");
    if (text.length() > Limits.MAX_LENGTH) {
      throw new FormulaException("formula longer than " + Limits.MAX_LENGTH + " characters",
          Limits.MAX_LENGTH + 1);
    }
    List<Token> tokens = Lexer.tokenize(text);
    if (tokens.get(0).is(Kind.END)) {
      throw new FormulaException("empty formula", 1);
    }
    return new Parser(tokens, symbols, allowMax);
  }

  private static boolean isComparison(Token t) {
    return t.is(Kind.LE) || t.is(Kind.GE) || t.is(Kind.LT) || t.is(Kind.GT) || t.is(Kind.EQ);
  }
}
