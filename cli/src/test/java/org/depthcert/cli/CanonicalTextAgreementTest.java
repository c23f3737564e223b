package org.depthcert.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.commons.numbers.fraction.BigFraction;
import org.depthcert.algebra.DepthTerm;
import org.depthcert.algebra.Monomial;
import org.depthcert.algebra.Polynomial;
import org.depthcert.cert.CanonicalText;
import org.depthcert.verifier.AsciiForm;
import org.depthcert.verifier.Poly;
import org.depthcert.verifier.TextForm;
import org.junit.jupiter.api.Test;

/**
 * A certificate (format "2") writes each polynomial and depth term as the engine's ASCII text,
 * and the verifier insists on it by rendering what it read with its own printer, written apart
 * from the engine's. On random polynomials (parameters and declared and built-in depth
 * constants, powers, negative and fractional coefficients) and random maxima, the two printers
 * give the same text, and both readers read it back to the same value: otherwise a correct
 * certificate would be rejected, or one value would have two spellings.
 */
class CanonicalTextAgreementTest {
  private static final List<String> VARIABLES = List.of("d", "m", "n", "heads", "x1",
      "d_std", "d_sum", "d_prod", "d_exp", "d_trig", "d_sqrt", "d_g", "d_log", "d_a");

  @Test
  void theVerifiersPrinterAgreesWithTheEnginesOnRandomPolynomials() {
    Random r = new Random(13);
    for (int k = 0; k < 3000; k++) {
      Polynomial p = polynomial(r, false);
      String text = p.ascii();
      Poly read = AsciiForm.polynomial(text).orElseThrow();
      assertThat(TextForm.polynomial(read)).as(text).isEqualTo(text);
      assertThat(CanonicalText.polynomial(text)).as(text).isEqualTo(p);
    }
  }

  @Test
  void andOnRandomDepthTerms() {
    Random r = new Random(14);
    int maxima = 0;
    for (int k = 0; k < 1000; k++) {
      List<Polynomial> candidates = new ArrayList<>();
      for (int i = 1 + r.nextInt(4); i > 0; i--) {
        candidates.add(polynomial(r, true));
      }
      DepthTerm t = DepthTerm.max(candidates);
      List<Poly> read = new ArrayList<>();
      t.terms().forEach(p -> read.add(AsciiForm.polynomial(p.ascii()).orElseThrow()));
      assertThat(TextForm.depth(read)).isEqualTo(t.ascii());
      assertThat(CanonicalText.term(t.ascii())).isEqualTo(t);
      maxima += t.isSingle() ? 0 : 1;
    }
    assertThat(maxima).isBetween(200, 1000); // both forms exercised
  }

  @Test
  void theEnginesReaderRefusesEveryOtherSpelling() {
    for (String bad : List.of("d_sum + 2*d_std", "2/4*n", "1*n", "n^1", "0*n + d", "n + n",
        "n*d", "max(d_std)", "max(d_sum, d_std)", "max(d_std, 2*d_std)", "3 * n", "", "n^0",
        "1/0*n")) {
      assertThatThrownBy(() -> CanonicalText.term(bad)).as(bad)
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  /**
   * A random polynomial; for a depth term, non-negative coefficients and at most one depth
   * constant (with exponent 1) per monomial.
   */
  private static Polynomial polynomial(Random r, boolean depthTerm) {
    Map<Monomial, BigFraction> terms = new HashMap<>();
    for (int i = 1 + r.nextInt(4); i > 0; i--) {
      Map<String, Integer> exponents = new HashMap<>();
      boolean constant = false;
      for (int j = r.nextInt(4); j > 0; j--) {
        String v = VARIABLES.get(r.nextInt(VARIABLES.size()));
        boolean isConstant = v.startsWith("d_");
        if (depthTerm && isConstant && constant) {
          continue;
        }
        constant |= isConstant;
        exponents.merge(v, depthTerm && isConstant ? 1 : 1 + r.nextInt(3), Integer::sum);
        if (depthTerm && isConstant) {
          exponents.put(v, 1);
        }
      }
      long num = 1 + r.nextInt(7);
      BigFraction c = BigFraction.of(depthTerm || r.nextBoolean() ? num : -num,
          1 + r.nextInt(3));
      terms.merge(exponents.isEmpty() ? Monomial.ONE : Monomial.of(exponents), c,
          BigFraction::add);
    }
    return Polynomial.of(terms);
  }
}
