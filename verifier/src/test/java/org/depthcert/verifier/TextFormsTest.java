package org.depthcert.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;

/** The canonical spelling of rationals and the readable ASCII forms the verifier reads back. */
class TextFormsTest {
  @Test
  void onlyCanonicalRationalsAreAccepted() {
    assertThat(Rationals.parse("3/2")).contains(BigFraction.of(3, 2));
    assertThat(Rationals.parse("-7")).contains(BigFraction.of(-7));
    assertThat(Rationals.parse("0")).contains(BigFraction.ZERO);
    assertThat(Rationals.parse("-5/3")).contains(BigFraction.of(-5, 3));
    for (String bad : List.of("2/4", "1/1", "3/1", "01", "1.5", "1e3", "-0", "-0/3", "3/-2",
        " 1", "1 ", "+1", "", "/2", "2/", "0/5", "1/0", "1/01")) {
      assertThat(Rationals.parse(bad)).as(bad).isEmpty();
    }
    assertThat(Rationals.parse("1".repeat(1001))).isEmpty();
    assertThat(Rationals.text(BigFraction.of(-6, 4))).isEqualTo("-3/2");
    assertThat(Rationals.text(BigFraction.of(4, 2))).isEqualTo("2");
  }

  @Test
  void asciiPolynomialsReadBackToTheirValue() {
    Poly p = AsciiForm.polynomial("3/2*d*n^2 + d_std - 2*d_sum + 1").orElseThrow();
    assertThat(p.terms()).hasSize(4);
    assertThat(p.terms().get(Mono.ONE)).isEqualTo(BigFraction.ONE);
    assertThat(p.terms().get(Mono.of("d_sum", 1))).isEqualTo(BigFraction.of(-2));
    assertThat(AsciiForm.polynomial("-d_std + d_sum")).isEqualTo(AsciiForm.polynomial("d_sum - d_std"));
    assertThat(AsciiForm.polynomial("0")).contains(Poly.ZERO);
    assertThat(AsciiForm.polynomial("n*n")).isEqualTo(AsciiForm.polynomial("n^2"));
    for (String bad : List.of("", "n +", "n ++ m", "2**n", "n^0", "n^-1", "(n)", "n - - m",
        "3 * n", "n^", "1.5*n")) {
      assertThat(AsciiForm.polynomial(bad)).as(bad).isEmpty();
    }
  }

  private static String canonical(String text) {
    return TextForm.polynomial(AsciiForm.polynomial(text).orElseThrow());
  }

  /**
   * The canonical order, by hand from docs/certificate-format.md: monomials with a depth
   * constant first by their first constant (d_std before d_sum before d_exp, declared ones
   * alphabetically after the built-in ones), then higher degree first, then variable by
   * variable (parameters alphabetically, at the same variable the higher exponent first),
   * the constant last; a coefficient 1 and an exponent 1 are not written.
   */
  @Test
  void theCanonicalTextOrdersMonomialsAndVariablesOneWay() {
    assertThat(canonical("3/2*d*n^2 + d_std")).isEqualTo("d_std + 3/2*d*n^2");
    assertThat(canonical("2*d_exp + 9*d_std")).isEqualTo("9*d_std + 2*d_exp");
    assertThat(canonical("d_std*m")).isEqualTo("m*d_std");
    assertThat(canonical("1 + n + n^2")).isEqualTo("n^2 + n + 1");
    assertThat(canonical("n^2 + n*d")).isEqualTo("d*n + n^2");
    assertThat(canonical("d*n^2 + d^2*n")).isEqualTo("d^2*n + d*n^2");
    assertThat(canonical("2*d_sum + d_std*n")).isEqualTo("n*d_std + 2*d_sum");
    assertThat(canonical("d_h + d_g + d_exp")).isEqualTo("d_exp + d_g + d_h");
    assertThat(canonical("n - 1/2*d_sum")).isEqualTo("-1/2*d_sum + n");
    assertThat(canonical("0")).isEqualTo("0");
    assertThat(TextForm.depth(List.of(AsciiForm.polynomial("d_exp").orElseThrow(),
        AsciiForm.polynomial("2*d_std").orElseThrow()))).isEqualTo("max(2*d_std, d_exp)");
    assertThat(TextForm.depth(List.of(Poly.ONE))).isEqualTo("1");
  }
}
