package org.depthcert.cert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.depthcert.algebra.DepthTerm;
import org.depthcert.algebra.Polynomial;
import org.depthcert.expr.FormulaParser;
import org.junit.jupiter.api.Test;

/** The engine's reader of the canonical texts a certificate (format "2") writes. */
class CanonicalTextTest {
  private static final FormulaParser P =
      new FormulaParser(Set.of("m", "n", "d", "d_std", "d_sum", "d_exp", "d_g"));
  private static final List<String> ATOMS = List.of("m", "n", "d", "n^2", "m*n", "d_std",
      "d_sum", "d_exp", "d_g", "m*d_std", "n*d_sum", "1");

  @Test
  void everyRenderedTermReadsBackToItselfAndExpandsAsTheEngineDoes() {
    Random r = new Random(3);
    int maxima = 0;
    for (int k = 0; k < 1000; k++) {
      List<String> parts = new ArrayList<>();
      for (int i = 1 + r.nextInt(3); i > 0; i--) {
        parts.add(summands(r));
      }
      DepthTerm t = P.parseTerm(parts.size() == 1 ? parts.get(0)
          : "max(" + String.join(", ", parts) + ")");
      assertThat(CanonicalText.term(t.ascii())).isEqualTo(t);
      assertThat(CanonicalText.terms(t.ascii())).isEqualTo(t.terms());
      // the reports' expanded object, built without normalising again, is the engine's
      assertThat(Json.term(t.ascii(), CanonicalText.terms(t.ascii()))).isEqualTo(Json.term(t));
      for (Polynomial p : t.terms()) {
        assertThat(CanonicalText.polynomial(p.ascii())).isEqualTo(p);
      }
      maxima += t.isSingle() ? 0 : 1;
    }
    assertThat(maxima).isBetween(100, 900);
  }

  @Test
  void aMaxMustBeSortedDistinctAndInNormalForm() {
    assertThatThrownBy(() -> CanonicalText.terms("max(d_std, 2*d_std)"))
        .hasMessageContaining("distinct and sorted");
    assertThatThrownBy(() -> CanonicalText.terms("max(d_std, d_std)"))
        .hasMessageContaining("distinct and sorted");
    assertThatThrownBy(() -> CanonicalText.terms("max(d_std)"))
        .hasMessageContaining("without max");
    // sorted and distinct, but 2*d_std dominates d_std: only term() checks the normal form
    assertThat(CanonicalText.terms("max(2*d_std, d_std)")).hasSize(2);
    assertThatThrownBy(() -> CanonicalText.term("max(2*d_std, d_std)"))
        .hasMessageContaining("not a depth term in normal form");
    assertThatThrownBy(() -> CanonicalText.polynomial("n*m"))
        .hasMessage("'n*m' is not in canonical form (that is 'm*n')");
  }

  private static String summands(Random r) {
    StringBuilder sb = new StringBuilder();
    for (int i = 1 + r.nextInt(3); i > 0; i--) {
      sb.append(sb.length() > 0 ? " + " : "").append(1 + r.nextInt(4)).append('*')
          .append(ATOMS.get(r.nextInt(ATOMS.size())));
    }
    return sb.toString();
  }
}
