package org.depthcert.spec;

import java.util.Set;
import org.depthcert.algebra.Assumption;
import org.depthcert.algebra.DepthTerm;
import org.depthcert.algebra.Polynomial;
import org.depthcert.expr.FormulaException;
import org.depthcert.expr.FormulaParser;

/** Parses formulas found in an input file, turning a parse error into a located {@link SpecError}. */
public final class Formulas {
  private final Fields fields;
  private final FormulaParser parser;

  public Formulas(Fields fields, Set<String> knownSymbols) {
    this.fields = fields;
    this.parser = new FormulaParser(knownSymbols);
  }

  public DepthTerm term(String text, String path) {
    try {
      return parser.parseTerm(text);
    } catch (FormulaException e) {
      throw located(e, text, path);
    }
  }

  public Polynomial polynomial(String text, String path) {
    try {
      return parser.parsePolynomial(text);
    } catch (FormulaException e) {
      throw located(e, text, path);
    }
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
