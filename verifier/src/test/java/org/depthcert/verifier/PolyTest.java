package org.depthcert.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;

/** The verifier's own exact polynomial and max-plus arithmetic, on values worked out by hand. */
class PolyTest {
  private static Poly p(String ascii) {
    return AsciiForm.polynomial(ascii).orElseThrow();
  }

  @Test
  void shiftExpandsEachVariableBinomially() {
    // (1 + n)^2 = n^2 + 2n + 1; (1 + d)(1 + n)^3 = d*n^3 + 3*d*n^2 + 3*d*n + d + n^3 + 3*n^2 + 3*n + 1.
    assertThat(p("n^2").shifted()).isEqualTo(p("n^2 + 2*n + 1"));
    assertThat(p("d*n^3").shifted())
        .isEqualTo(p("d*n^3 + 3*d*n^2 + 3*d*n + d + n^3 + 3*n^2 + 3*n + 1"));
    // 2*d_sum - d_std shifts to 2*d_sum + 2 - d_std - 1 = 2*d_sum - d_std + 1.
    assertThat(p("2*d_sum - d_std").shifted()).isEqualTo(p("2*d_sum - d_std + 1"));
    assertThat(p("0").shifted()).isEqualTo(Poly.ZERO);
  }

  @Test
  void arithmeticIsExact() {
    assertThat(p("1/2*n").plus(p("1/3*n"))).isEqualTo(p("5/6*n"));
    assertThat(p("n + 1").times(p("n - 1"))).isEqualTo(p("n^2 - 1"));
    assertThat(p("n").minus(p("n"))).isEqualTo(Poly.ZERO);
    assertThat(p("n").minus(p("n")).isZero()).isTrue();
    assertThat(p("d*n^2 + m").substitute("n", p("d + 1")))
        .isEqualTo(p("d^3 + 2*d^2 + d + m"));
    assertThat(p("3*m*n^2 + d").degreeIn("n")).isEqualTo(2);
    assertThat(p("3*m*n^2 + d").degreeIn("p")).isZero();
    assertThat(p("3*m*n^2 + d").variables()).containsExactly("d", "m", "n");
    // 3*2*3^2 + 1/2 at m=2, n=3, d=1/2... d is an integer >= 1 here: d=5 gives 54 + 5 = 59.
    assertThat(p("3*m*n^2 + d").evaluate(Map.of("m", BigInteger.TWO, "n",
        BigInteger.valueOf(3), "d", BigInteger.valueOf(5)))).isEqualTo(BigFraction.of(59));
    assertThat(p("2*n").scale(BigFraction.of(1, 4))).isEqualTo(p("1/2*n"));
    assertThat(p("n - 1").nonNegativeCoefficients()).isFalse();
    assertThat(p("n + 1").nonNegativeCoefficients()).isTrue();
  }

  @Test
  void dominanceIsCoefficientwiseAfterTheShift() {
    // m*d_std >= d_std for every m >= 1: the shift of (m - 1)*d_std is m*d_std + ... >= 0.
    assertThat(MaxTerm.dominates(p("m*d_std"), p("d_std"))).isTrue();
    assertThat(MaxTerm.dominates(p("d_std"), p("m*d_std"))).isFalse();
    // 2*d_sum and d_std + d_sum are incomparable: neither difference is non-negative.
    assertThat(MaxTerm.dominates(p("2*d_sum"), p("d_std + d_sum"))).isFalse();
    assertThat(MaxTerm.dominates(p("d_std + d_sum"), p("2*d_sum"))).isFalse();
  }

  @Test
  void normalisationKeepsTheUndominatedTermsOnce() {
    Set<Poly> n = MaxTerm.normalise(List.of(p("d_std"), p("2*d_sum"), p("d_std + d_sum"),
        p("2*d_sum"), p("d_sum")));
    // d_std and d_sum are below d_std + d_sum; 2*d_sum is kept once.
    assertThat(n).containsExactlyInAnyOrder(p("2*d_sum"), p("d_std + d_sum"));
    // max(a, b) + c: (d_std + c) and (d_sum + c) with c = d_exp; then times m.
    Set<Poly> sum = MaxTerm.plus(Set.of(p("d_std"), p("d_sum")), Set.of(p("d_exp")));
    assertThat(sum).containsExactlyInAnyOrder(p("d_std + d_exp"), p("d_sum + d_exp"));
    assertThat(MaxTerm.times(sum, p("m"))).containsExactlyInAnyOrder(p("m*d_std + m*d_exp"),
        p("m*d_sum + m*d_exp"));
  }

  @Test
  void sizesAddAndScaleByKind() {
    Map<String, Poly> a = Map.of("std", p("n"), "sum", p("d"));
    Map<String, Poly> b = Map.of("std", p("n^2"));
    assertThat(Sizes.plus(a, b)).isEqualTo(Map.of("std", p("n^2 + n"), "sum", p("d")));
    assertThat(Sizes.times(a, p("m"))).isEqualTo(Map.of("std", p("m*n"), "sum", p("d*m")));
    assertThat(Sizes.total(a)).isEqualTo(p("n + d"));
    assertThat(Sizes.same(Map.of("std", p("n"), "exp", Poly.ZERO), Map.of("std", p("n"))))
        .isTrue();
    assertThat(Sizes.same(a, b)).isFalse();
  }

  @Test
  void monomialsCompareByTheirText() {
    assertThat(Mono.of("n", 2).toString()).isEqualTo("n^2");
    assertThat(Mono.ONE.toString()).isEqualTo("1");
    assertThat(Mono.of("d", 1).times(Mono.of("n", 2)).toString()).isEqualTo("d*n^2");
    assertThat(Mono.of("n", 0)).isEqualTo(Mono.ONE);
    assertThat(Mono.of("d", 1).compareTo(Mono.of("n", 1))).isNegative();
    assertThat(Mono.of("n", 2).exponent("n")).isEqualTo(2);
    assertThat(Mono.of("n", 2).exponent("d")).isZero();
  }
}
