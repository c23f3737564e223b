package org.depthcert.verifier.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.commons.numbers.fraction.BigFraction;
import org.depthcert.verifier.AsciiForm;
import org.depthcert.verifier.Mono;
import org.depthcert.verifier.Poly;
import org.junit.jupiter.api.Test;

/**
 * The verifier's view-fit test (issue #9 class 10) attacked by brute force: whenever it says a
 * view dimension {@code a} fits inside {@code b} under bounds {@code v <= rhs}, {@code a <= b}
 * holds at every point of the grid {1..5}^3 that satisfies the bounds. It may refuse a view
 * that fits (a sufficient test); it must never accept one that does not.
 */
class ViewFitTest {
  private static final String[] VARS = {"n", "d", "h"};

  private static Poly p(String s) {
    return AsciiForm.polynomial(s).orElseThrow();
  }

  /** A random polynomial with small non-negative integer coefficients over n, d, h. */
  private static Poly random(Random r) {
    Poly out = Poly.ZERO;
    int terms = 1 + r.nextInt(3);
    for (int t = 0; t < terms; t++) {
      java.util.TreeMap<String, Integer> e = new java.util.TreeMap<>();
      for (String v : VARS) {
        int k = r.nextInt(3) == 0 ? r.nextInt(3) : 0;
        if (k > 0) {
          e.put(v, k);
        }
      }
      out = out.plus(Poly.monomial(new Mono(e), BigFraction.of(1 + r.nextInt(3))));
    }
    return out;
  }

  @Test
  void everyAcceptedViewFitsOnTheGrid() {
    Random r = new Random(9);
    List<List<Assumption>> boundSets = List.of(List.of(),
        List.of(new Assumption("d <= n", p("d"), p("n"))),
        List.of(new Assumption("d <= n", p("d"), p("n")),
            new Assumption("h <= d", p("h"), p("d"))),
        List.of(new Assumption("h <= n^2", p("h"), p("n^2"))));
    int accepted = 0;
    int tried = 0;
    for (int c = 0; c < 3000; c++) {
      Poly a = random(r);
      Poly b = random(r);
      List<Assumption> bounds = boundSets.get(r.nextInt(boundSets.size()));
      tried++;
      if (!Instantiation.atMost(a, b, bounds)) {
        continue;
      }
      accepted++;
      for (int n = 1; n <= 5; n++) {
        for (int d = 1; d <= 5; d++) {
          for (int h = 1; h <= 5; h++) {
            Map<String, BigInteger> x = Map.of("n", BigInteger.valueOf(n), "d",
                BigInteger.valueOf(d), "h", BigInteger.valueOf(h));
            boolean admissible = bounds.stream().allMatch(
                s -> s.lhs().evaluate(x).compareTo(s.rhs().evaluate(x)) <= 0);
            if (admissible) {
              assertThat(a.evaluate(x).compareTo(b.evaluate(x)))
                  .as("%s <= %s accepted under %s, but not at %s", a, b, bounds, x)
                  .isLessThanOrEqualTo(0);
            }
          }
        }
      }
    }
    // the test must exercise acceptance, not only refusals
    assertThat(accepted).isGreaterThan(tried / 20);
  }

  @Test
  void theSamplesCasesAreDecidedByHand() {
    List<Assumption> dn = List.of(new Assumption("d <= n", p("d"), p("n")));
    // [d, 1] inside [n, d] (RoPE attention): d <= n by the bound
    assertThat(Instantiation.atMost(p("d"), p("n"), dn)).isTrue();
    // d^2 <= n^2: d replaced by its bound n gives n^2 - n^2 = 0
    assertThat(Instantiation.atMost(p("d^2"), p("n^2"), dn)).isTrue();
    // without the bound, d <= n is not shown (d = 2, n = 1 violates it)
    assertThat(Instantiation.atMost(p("d"), p("n"), List.of())).isFalse();
    // a <= h*a for every value >= 1 (the mha bodies' head views), no bound needed
    assertThat(Instantiation.atMost(p("a"), p("h*a"), List.of())).isTrue();
    // n^2 does not fit in n (n = 2)
    assertThat(Instantiation.atMost(p("n^2"), p("n"), dn)).isFalse();
  }
}
