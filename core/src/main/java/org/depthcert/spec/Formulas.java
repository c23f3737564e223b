package org.depthcert.spec;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.depthcert.algebra.Assumption;
import org.depthcert.algebra.DepthTerm;
import org.depthcert.algebra.Polynomial;
import org.depthcert.expr.FormulaException;
import org.depthcert.expr.FormulaParser;

/** Parses formulas found in an input file, turning a parse error into a located {@link SpecError}. */
public final class Formulas {
  private final Fields fields;
  private final FormulaParser parser;
  /**
   * Parsed formulas by text: a large spec repeats a few ({@code [n, d]} on every node), and
   * polynomials and terms are immutable. Errors are not cached: each names its own path.
   */
  private final Map<String, Polynomial> polynomials = new HashMap<>();
  private final Map<String, DepthTerm> terms = new HashMap<>();

  public Formulas(Fields fields, Set<String> knownSymbols) {
    this.fields = fields;
    this.parser = new FormulaParser(knownSymbols);
  }

  public DepthTerm term(String text, String path) {
    return cached(terms, text, path, parser::parseTerm);
  }

  public Polynomial polynomial(String text, String path) {
    return cached(polynomials, text, path, parser::parsePolynomial);
  }

  private <T> T cached(Map<String, T> cache, String text, String path,
      Function<String, T> parse) {
    T value = cache.get(text);
    if (value == null) {
      try {
        value = parse.apply(text);
      } catch (FormulaException e) {
        throw located(e, text, path);
      }
      cache.put(text, value);
    }
    return value;
  }

  public Assumption assumption(String text, String path) {
    try {
      return parser.parseAssumption(text);
    } catch (FormulaException e) {
      throw located(e, text, path);
    }
  }

  private SpecError located(FormulaException e, String text, String path) {
    String shown = text.length() > 80 ? text.substring(0, 77) + "..." : text;
    return fields.error(path, "in formula '" + shown + "': " + e.getMessage());
  }
}
