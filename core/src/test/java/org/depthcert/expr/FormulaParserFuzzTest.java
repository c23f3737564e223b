package org.depthcert.expr;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Set;

/**
 * Fuzzes the formula parser: whatever the text, the only exception allowed out is
 * {@link FormulaException} (a user error with a column). Anything else (an
 * IllegalArgumentException from the algebra, an ArithmeticException, a StackOverflowError) is a
 * finding. In the normal test run this replays the seed corpus in
 * {@code FormulaParserFuzzTestInputs/parse}; {@code JAZZER_FUZZ=1} fuzzes (docs/fuzzing.md).
 */
class FormulaParserFuzzTest {
  private static final FormulaParser PARSER =
      new FormulaParser(Set.of("m", "n", "d", "p", "h", "d_g"));

  @FuzzTest(maxDuration = "5m")
  void parse(FuzzedDataProvider data) {
    int entry = data.consumeInt(0, 2);
    String text = data.consumeRemainingAsString();
    try {
      switch (entry) {
        case 0 -> PARSER.parseTerm(text);
        case 1 -> PARSER.parsePolynomial(text);
        default -> PARSER.parseAssumption(text);
      }
    } catch (FormulaException expected) {
      // a user error, reported with its column: the only allowed outcome besides a result
    }
  }
}
