package org.depthcert.verifier.spec;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.numbers.fraction.BigFraction;
import org.depthcert.verifier.MaxTerm;
import org.depthcert.verifier.Mono;
import org.depthcert.verifier.Poly;
import org.depthcert.verifier.spec.FormulaLexer.Kind;
import org.depthcert.verifier.spec.FormulaLexer.Token;

/**
 * The verifier's own reader of the formulas a spec writes: polynomials, max-plus depth terms and
 * assumptions {@code a <= b}, in exact rationals.
 *
 * <pre>
 * sum      := ['+' | '-'] product (('+' | '-') product)*
 * product  := powered (('*' | '/') powered | powered not starting with a number)*
 * powered  := (symbol run | atom) ['^' exponent]      a power binds to the run's last symbol
 * atom     := NUMBER | '(' sum ')' | '{' sum '}' | \frac{sum}{sum} | max('(' | '\{') sum, ... ('(' | '\}')
 * </pre>
 *
 * A letter run is one declared name, or else a product of declared one-letter names
 * ({@code md} is m*d); {@code d_<sub>} is a depth constant, its subscript read through the
 * papers' spellings ({@code \mathrm{std}}, {@code \rm std}, {@code \oplus}, {@code ⊕}...).
 */
public final class Formula {
  private static final int MAX_NESTING = 200;
  private static final int MAX_EXPONENT = 32;
  private static final int MAX_LENGTH = 100_000;
  private static final int MAX_DEGREE = 32;
  private static final int MAX_PRODUCT_TERMS = 10_000;
  private static final Map<String, String> ALIASES = Map.ofEntries(
      Map.entry("std", "d_std"), Map.entry("\\oplus", "d_sum"), Map.entry("\u2295", "d_sum"),
      Map.entry("sum", "d_sum"), Map.entry("\\otimes", "d_prod"), Map.entry("\u2297", "d_prod"),
      Map.entry("prod", "d_prod"), Map.entry("\\exp", "d_exp"), Map.entry("exp", "d_exp"),
      Map.entry("\\triangle", "d_trig"), Map.entry("\u25b3", "d_trig"),
      Map.entry("\\Delta", "d_trig"), Map.entry("\u0394", "d_trig"), Map.entry("trig", "d_trig"),
      Map.entry("\\sqrt", "d_sqrt"), Map.entry("sqrt", "d_sqrt"));
  private static final Set<String> DROPPED = Set.of("mathrm", "text", "textrm", "operatorname",
      "mathsf", "mathit", "rm");

  private final Set<String> known;

  /** {@code declared}: the names this formula may use besides the built-in depth constants. */
  public Formula(Set<String> declared) {
    Set<String> all = new HashSet<>(declared);
    all.addAll(SpecProblem.BUILT_IN_CONSTANTS);
    this.known = Set.copyOf(all);
  }

  public Poly polynomial(String text) {
    Run r = new Run(text, false);
    Value v = r.sum();
    r.end();
    return v.poly;
  }

  /** A depth term: non-negative coefficients, linear in the depth constants, normalised. */
  public Set<Poly> depth(String text) {
    Run r = new Run(text, true);
    Value v = r.sum();
    r.end();
    List<Poly> terms = v.max == null ? List.of(v.poly) : v.max;
    for (Poly t : terms) {
      if (!t.nonNegativeCoefficients()) {
        throw new FormulaError("not a depth term: negative coefficient in " + t, 1);
      }
      for (Mono m : t.terms().keySet()) {
        int constants = 0;
        for (Map.Entry<String, Integer> e : m.exponents().entrySet()) {
          constants += e.getKey().startsWith("d_") ? e.getValue() : 0;
        }
        if (constants > 1) {
          throw new FormulaError("not a depth term: not linear in the depth constants: " + m, 1);
        }
      }
    }
    return MaxTerm.normalise(terms);
  }

  /** {@code a <= b} or {@code a >= b} (also ≤, ≥, \le, \leq...), as {@code lhs <= rhs}. */
  public Assumption assumption(String text) {
    Run r = new Run(text, false);
    Poly left = r.sum().poly;
    Token rel = r.next();
    if (rel.kind() != Kind.LE && rel.kind() != Kind.GE) {
      throw new FormulaError("expected <= or >= (only non-strict comparisons)", rel.column());
    }
    Poly right = r.sum().poly;
    r.end();
    String written = text.strip();
    return rel.kind() == Kind.LE ? new Assumption(written, left, right)
        : new Assumption(written, right, left);
  }

  /** A polynomial ({@code max == null}) or a max of polynomials. */
  private record Value(Poly poly, List<Poly> max) {
    static Value of(Poly p) {
      return new Value(p, null);
    }

    static Value ofMax(List<Poly> terms) {
      return new Value(null, List.copyOf(terms));
    }
  }

  /** One parse: the token list, a position and the nesting depth. */
  private final class Run {
    private final List<Token> tokens;
    private final boolean allowMax;
    private int pos;
    private int nesting;

    Run(String text, boolean allowMax) {
      if (text.length() > MAX_LENGTH) {
        throw new FormulaError("formula longer than " + MAX_LENGTH + " characters", 1);
      }
      this.tokens = FormulaLexer.tokens(text);
      this.allowMax = allowMax;
      if (tokens.get(0).kind() == Kind.END) {
        throw new FormulaError("empty formula", 1);
      }
    }

    Token peek() {
      return tokens.get(pos);
    }

    Token next() {
      Token t = tokens.get(pos);
      if (t.kind() != Kind.END) {
        pos++;
      }
      return t;
    }

    void end() {
      if (peek().kind() != Kind.END) {
        throw new FormulaError("unexpected '" + peek().text() + "'", peek().column());
      }
    }

    Token expect(Kind k) {
      if (peek().kind() != k) {
        throw new FormulaError("expected " + k.name().toLowerCase(), peek().column());
      }
      return next();
    }

    Value sum() {
      Poly poly = Poly.ZERO;
      List<Poly> max = null;
      boolean negate = false;
      if (peek().kind() == Kind.MINUS || peek().kind() == Kind.PLUS) {
        negate = next().kind() == Kind.MINUS;
      }
      while (true) {
        Token at = peek();
        Value v = product();
        if (v.max == null) {
          poly = negate ? poly.minus(v.poly) : poly.plus(v.poly);
        } else if (negate) {
          throw new FormulaError("cannot subtract a max", at.column());
        } else {
          max = max == null ? v.max : pairwiseSums(max, v.max);
        }
        if (peek().kind() != Kind.PLUS && peek().kind() != Kind.MINUS) {
          break;
        }
        negate = next().kind() == Kind.MINUS;
      }
      if (max == null) {
        return Value.of(poly);
      }
      List<Poly> shifted = new ArrayList<>();
      for (Poly t : max) {
        shifted.add(t.plus(poly));
      }
      return Value.ofMax(shifted);
    }

    private Value product() {
      Value acc = powered();
      while (true) {
        Token t = peek();
        if (t.kind() == Kind.TIMES) {
          next();
          acc = multiply(acc, powered(), t.column());
        } else if (t.kind() == Kind.DIVIDE) {
          next();
          int column = peek().column();
          acc = divide(acc, powered(), column);
          if (implicitFactor(peek())) {
            throw new FormulaError("ambiguous factor after '/': write a/b*c or a/(b*c)",
                peek().column());
          }
        } else if (implicitFactor(t)) {
          acc = multiply(acc, powered(), t.column());
        } else {
          return acc;
        }
      }
    }

    private boolean implicitFactor(Token t) {
      switch (t.kind()) {
        case WORD: case NAME: case SUBSCRIPTED: case LPAREN: case LBRACE: case FRAC: case MAX:
          return true;
        default:
          return false;
      }
    }

    private Value powered() {
      Token t = peek();
      Poly prefix = Poly.ONE;
      Value base;
      if (t.kind() == Kind.WORD || t.kind() == Kind.NAME || t.kind() == Kind.SUBSCRIPTED) {
        next();
        List<String> names = symbols(t);
        for (String n : names.subList(0, names.size() - 1)) {
          prefix = prefix.times(Poly.variable(n));
        }
        base = Value.of(Poly.variable(names.get(names.size() - 1)));
      } else {
        base = atom();
      }
      if (peek().kind() == Kind.CARET) {
        Token caret = next();
        int e = exponent();
        Value r = Value.of(Poly.ONE);
        for (int k = 0; k < e; k++) {
          r = multiply(r, base, caret.column());
        }
        base = r;
        if (peek().kind() == Kind.CARET) {
          throw new FormulaError("double exponent: use braces", peek().column());
        }
      }
      return multiply(Value.of(prefix), base, t.column());
    }

    private int exponent() {
      Token t = peek();
      Value v;
      if (t.kind() == Kind.NUMBER) {
        next();
        v = Value.of(Poly.constant(BigFraction.of(new BigInteger(t.text()))));
      } else if (t.kind() == Kind.LBRACE || t.kind() == Kind.LPAREN) {
        v = atom();
      } else {
        throw new FormulaError("exponent must be a non-negative integer", t.column());
      }
      Optional<BigFraction> c = v.max == null ? constant(v.poly) : Optional.empty();
      if (c.isEmpty() || c.get().signum() < 0 || !c.get().getDenominator().abs()
          .equals(BigInteger.ONE) || c.get().compareTo(BigFraction.of(MAX_EXPONENT)) > 0) {
        throw new FormulaError("exponent must be an integer from 0 to " + MAX_EXPONENT,
            t.column());
      }
      return c.get().intValue();
    }

    private Value atom() {
      Token t = next();
      switch (t.kind()) {
        case NUMBER:
          return Value.of(Poly.constant(BigFraction.of(new BigInteger(t.text()))));
        case LPAREN:
          return group(t, Kind.RPAREN);
        case LBRACE:
          return group(t, Kind.RBRACE);
        case FRAC: {
          Value num = group(expect(Kind.LBRACE), Kind.RBRACE);
          Token open = expect(Kind.LBRACE);
          int column = peek().column();
          return divide(num, group(open, Kind.RBRACE), column);
        }
        case MAX:
          return max(t);
        default:
          throw new FormulaError("expected a number, a symbol or '('", t.column());
      }
    }

    private Value group(Token open, Kind close) {
      if (++nesting > MAX_NESTING) {
        throw new FormulaError("nesting deeper than " + MAX_NESTING, open.column());
      }
      Value v = sum();
      expect(close);
      nesting--;
      return v;
    }

    private Value max(Token at) {
      if (!allowMax) {
        throw new FormulaError("max is not allowed here: a polynomial was expected",
            at.column());
      }
      Token open = next();
      Kind close;
      if (open.kind() == Kind.LPAREN) {
        close = Kind.RPAREN;
      } else if (open.kind() == Kind.LSET) {
        close = Kind.RSET;
      } else {
        throw new FormulaError("expected '(' or '\\{' after max", open.column());
      }
      if (++nesting > MAX_NESTING) {
        throw new FormulaError("nesting deeper than " + MAX_NESTING, open.column());
      }
      List<Poly> terms = new ArrayList<>();
      while (true) {
        Value v = sum();
        if (v.max == null) {
          terms.add(v.poly);
        } else {
          terms.addAll(v.max);
        }
        if (peek().kind() != Kind.COMMA) {
          break;
        }
        next();
      }
      expect(close);
      nesting--;
      return Value.ofMax(terms);
    }

    /** The declared names a symbol token multiplies together. */
    private List<String> symbols(Token t) {
      if (t.kind() == Kind.NAME) {
        if (!known.contains(t.text())) {
          throw new FormulaError("unknown symbol '" + t.text() + "'", t.column());
        }
        return List.of(t.text());
      }
      if (t.kind() == Kind.WORD) {
        return run(t.text(), t.column());
      }
      String run = t.text();
      if (!run.endsWith("d")) {
        throw new FormulaError("unknown symbol '" + run + "_" + t.sub() + "'", t.column());
      }
      String prefix = run.substring(0, run.length() - 1);
      List<String> out = new ArrayList<>(prefix.isEmpty() ? List.of() : run(prefix, t.column()));
      String constant = constantName(t.sub());
      if (constant == null || !known.contains(constant)) {
        throw new FormulaError("unknown depth constant 'd_{" + t.sub() + "}'", t.column());
      }
      out.add(constant);
      return out;
    }

    private List<String> run(String run, int column) {
      if (known.contains(run)) {
        return List.of(run);
      }
      List<String> letters = new ArrayList<>();
      for (int k = 0; k < run.length(); k++) {
        String letter = run.substring(k, k + 1);
        if (!known.contains(letter)) {
          throw new FormulaError("unknown symbol '" + run + "'", column);
        }
        letters.add(letter);
      }
      return letters;
    }
  }

  /** The constant a raw subscript names ({@code \mathrm{std}} is d_std), or null. */
  static String constantName(String raw) {
    StringBuilder out = new StringBuilder();
    int k = 0;
    while (k < raw.length()) {
      char c = raw.charAt(k);
      if (c == '\\') {
        int j = k + 1;
        while (j < raw.length() && FormulaLexer.letter(raw.charAt(j))) {
          j++;
        }
        if (j == k + 1) {
          String cmd = raw.substring(k, Math.min(k + 2, raw.length()));
          if (!cmd.matches("\\\\[,;!: ]")) {
            out.append(cmd);
          }
          k += 2;
          continue;
        }
        String name = raw.substring(k + 1, j);
        if (!DROPPED.contains(name)) {
          out.append('\\').append(name);
        }
        k = j;
      } else {
        if (!Character.isWhitespace(c) && c != '{' && c != '}' && c != '~') {
          out.append(c);
        }
        k++;
      }
    }
    String s = out.toString();
    String alias = ALIASES.get(s);
    if (alias != null) {
      return alias;
    }
    return s.matches("[A-Za-z0-9]+") ? "d_" + s : null;
  }

  private static Optional<BigFraction> constant(Poly p) {
    if (!p.variables().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(p.isZero() ? BigFraction.ZERO : p.terms().get(Mono.ONE));
  }

  private static Value multiply(Value a, Value b, int column) {
    if (a.max == null && b.max == null) {
      return Value.of(bounded(a.poly, b.poly, column));
    }
    if (a.max != null && b.max != null) {
      List<Poly> products = new ArrayList<>();
      for (Poly x : a.max) {
        for (Poly y : b.max) {
          products.add(bounded(x, y, column));
        }
      }
      return Value.ofMax(products);
    }
    List<Poly> m = a.max != null ? a.max : b.max;
    Poly c = a.max != null ? b.poly : a.poly;
    if (!c.nonNegativeCoefficients()) {
      throw new FormulaError("a max can only be multiplied by non-negative coefficients", column);
    }
    List<Poly> out = new ArrayList<>();
    m.forEach(t -> out.add(bounded(t, c, column)));
    return Value.ofMax(out);
  }

  /** A product, refused before it grows beyond what any real formula needs. */
  private static Poly bounded(Poly a, Poly b, int column) {
    if (degree(a) + degree(b) > MAX_DEGREE
        || (long) a.terms().size() * b.terms().size() > MAX_PRODUCT_TERMS) {
      throw new FormulaError("product too large (degree above " + MAX_DEGREE + " or more than "
          + MAX_PRODUCT_TERMS + " term products)", column);
    }
    return a.times(b);
  }

  private static int degree(Poly p) {
    int d = 0;
    for (Mono m : p.terms().keySet()) {
      d = Math.max(d, m.exponents().values().stream().mapToInt(Integer::intValue).sum());
    }
    return d;
  }

  private static Value divide(Value a, Value b, int column) {
    Optional<BigFraction> d = b.max == null ? constant(b.poly) : Optional.empty();
    if (d.isEmpty()) {
      throw new FormulaError("division by a non-constant", column);
    }
    if (d.get().signum() == 0) {
      throw new FormulaError("division by zero", column);
    }
    BigFraction f = d.get().reciprocal();
    if (a.max == null) {
      return Value.of(a.poly.scale(f));
    }
    if (f.signum() < 0) {
      throw new FormulaError("a max cannot be divided by a negative number", column);
    }
    List<Poly> out = new ArrayList<>();
    a.max.forEach(t -> out.add(t.scale(f)));
    return Value.ofMax(out);
  }

  private static List<Poly> pairwiseSums(List<Poly> a, List<Poly> b) {
    List<Poly> out = new ArrayList<>();
    for (Poly x : a) {
      for (Poly y : b) {
        out.add(x.plus(y));
      }
    }
    return out;
  }
}
