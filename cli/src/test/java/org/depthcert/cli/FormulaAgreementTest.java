package org.depthcert.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.depthcert.algebra.DepthTerm;
import org.depthcert.algebra.Polynomial;
import org.depthcert.expr.FormulaException;
import org.depthcert.expr.FormulaParser;
import org.depthcert.verifier.Poly;
import org.depthcert.verifier.spec.Formula;
import org.junit.jupiter.api.Test;

/**
 * verify --spec re-reads every stated bound with the verifier's own formula reader, written
 * apart from the engine's: on random formulas in the spellings papers use (ASCII, LaTeX,
 * Unicode, juxtaposition, fractions, powers, max), both readers accept the same texts and read
 * the same depth terms. (The engine's result is compared through its ASCII rendering, which the
 * verifier's reader reads back exactly: see the verifier's FormulaTest.)
 */
class FormulaAgreementTest {
  private static final Set<String> DECLARED = Set.of("m", "n", "d", "mn", "heads", "d_g");
  private static final List<String> SYMBOLS = List.of("m", "n", "d", "mn", "nd", "md",
      "\\mathrm{heads}", "heads", "d_g", "d_{g}", "d_{std}", "d_{\\mathrm{std}}", "d_{\\rm std}",
      "d_\\oplus", "d_{\\oplus}", "d_\u2295", "d_sum", "d_{\\exp}", "d_exp", "d_{\\mathrm{exp}}",
      "d_{\\triangle}", "d_\u25b3", "d_{\\otimes}", "d_{sqrt}", "md_{std}", "nd_g", "x", "d_{foo}");
  private static final List<String> TIMES = List.of("*", " ", "\\cdot ", "\u00b7", "\\times ",
      "");
  private static final List<String> PLUS = List.of(" + ", "+", " - ", " \u2212 ");

  @Test
  void theVerifiersReaderAgreesWithTheEngines() {
    Random random = new Random(2026);
    FormulaParser engine = new FormulaParser(DECLARED);
    Formula verifier = new Formula(DECLARED);
    int accepted = 0;
    for (int k = 0; k < 3000; k++) {
      String text = sum(random, 0);
      Optional<Set<Poly>> theirs;
      try {
        DepthTerm t = engine.parseTerm(text);
        Set<Poly> read = new HashSet<>();
        for (Polynomial p : t.terms()) {
          read.add(verifier.polynomial(p.ascii()));
        }
        theirs = Optional.of(read);
      } catch (FormulaException e) {
        theirs = Optional.empty();
      }
      Optional<Set<Poly>> ours;
      try {
        ours = Optional.of(new HashSet<>(verifier.depth(text)));
      } catch (RuntimeException e) {
        ours = Optional.empty();
      }
      assertThat(ours).as(text).isEqualTo(theirs);
      accepted += ours.isPresent() ? 1 : 0;
    }
    // Both outcomes must be exercised for the agreement to mean anything.
    assertThat(accepted).isBetween(500, 2500);
  }

  private static String sum(Random r, int depth) {
    StringBuilder sb = new StringBuilder(product(r, depth));
    for (int i = r.nextInt(3); i > 0; i--) {
      sb.append(PLUS.get(r.nextInt(PLUS.size()))).append(product(r, depth));
    }
    return sb.toString();
  }

  private static String product(Random r, int depth) {
    StringBuilder sb = new StringBuilder();
    switch (r.nextInt(4)) {
      case 0:
        sb.append(1 + r.nextInt(12));
        break;
      case 1:
        sb.append("\\frac{").append(1 + r.nextInt(5)).append("}{").append(1 + r.nextInt(4))
            .append("}");
        break;
      case 2:
        sb.append(1 + r.nextInt(5)).append('/').append(1 + r.nextInt(4)).append('*');
        break;
      default:
        break;
    }
    int factors = 1 + r.nextInt(2);
    for (int i = 0; i < factors; i++) {
      if (i > 0 || sb.length() > 0 && !sb.toString().endsWith("*")) {
        sb.append(TIMES.get(r.nextInt(TIMES.size())));
      }
      if (depth < 2 && r.nextInt(6) == 0) {
        sb.append(r.nextBoolean() ? "(" + sum(r, depth + 1) + ")"
            : "\\max\\{" + sum(r, depth + 1) + ", " + sum(r, depth + 1) + "\\}");
      } else {
        sb.append(SYMBOLS.get(r.nextInt(SYMBOLS.size())));
        if (r.nextInt(5) == 0) {
          sb.append(r.nextBoolean() ? "^2" : "^{3}");
        }
      }
    }
    return sb.toString();
  }
}
