package org.depthcert.algebra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.depthcert.algebra.Fixtures.randomDepthPolynomial;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The shortcuts of {@link DepthTerm#max(DepthTerm)} (cross comparisons only) and
 * {@link DepthTerm#plus(DepthTerm)} with a single term (no normalisation) against the plain
 * normalisation of all candidates, term list for term list (same terms, same order), on random
 * normal forms drawn from a small pool so that equal, dominated and incomparable pairs all occur.
 */
class DepthTermShortcutTest {
  private static final int CASES = Integer.getInteger("depthcert.propertyCases", 300) * 3;

  private static DepthTerm randomNormalForm(Random r, List<Polynomial> pool) {
    List<Polynomial> picked = new ArrayList<>();
    for (int i = 0; i < 1 + r.nextInt(6); i++) {
      picked.add(pool.get(r.nextInt(pool.size())));
    }
    return DepthTerm.max(picked);
  }

  private static List<Polynomial> pool(Random r) {
    List<Polynomial> pool = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      Polynomial p = randomDepthPolynomial(r);
      pool.add(p);
      // a term that p dominates (p minus one of its parts) and one that dominates p
      pool.add(DepthTerm.max(List.of(p, Polynomial.ZERO)).terms().get(0).plus(
          Polynomial.variable(Fixtures.DEPTH.get(r.nextInt(Fixtures.DEPTH.size())))));
      if (p.terms().size() > 1) {
        pool.add(p.minus(Polynomial.monomial(p.terms().firstKey(),
            p.terms().get(p.terms().firstKey()))));
      }
    }
    return pool;
  }

  @Test
  void maxOfTwoNormalFormsIsThePlainNormalisationOfTheUnion() {
    Random r = new Random(1301);
    for (int i = 0; i < CASES; i++) {
      List<Polynomial> pool = pool(r);
      DepthTerm a = randomNormalForm(r, pool);
      DepthTerm b = randomNormalForm(r, pool);
      List<Polynomial> union = new ArrayList<>(a.terms());
      union.addAll(b.terms());
      assertThat(a.max(b).terms()).as("max(%s, %s)", a, b)
          .isEqualTo(DepthTerm.normalise(union).terms());
      assertThat(a.max(a)).isEqualTo(a);
    }
  }

  @Test
  void plusOfASingleTermIsThePlainNormalisationOfTheSums() {
    Random r = new Random(1302);
    for (int i = 0; i < CASES; i++) {
      List<Polynomial> pool = pool(r);
      DepthTerm a = randomNormalForm(r, pool);
      DepthTerm q = DepthTerm.of(pool.get(r.nextInt(pool.size())));
      List<Polynomial> sums = new ArrayList<>();
      for (Polynomial t : a.terms()) {
        sums.add(t.plus(q.terms().get(0)));
      }
      DepthTerm plain = sums.size() == 1 ? DepthTerm.of(sums.get(0)) : DepthTerm.normalise(sums);
      assertThat(a.plus(q).terms()).as("%s + %s", a, q).isEqualTo(plain.terms());
      assertThat(q.plus(a).terms()).as("%s + %s", q, a).isEqualTo(plain.terms());
    }
  }

  // Hand-checked: 2*d_std and d_std + d_exp are incomparable (neither covers the other after the
  // shift); d_std + d_exp covers d_exp; 2*d_std equals 2*d_std. So max({2*d_std, d_exp},
  // {d_std + d_exp, 2*d_std}) keeps 2*d_std once and d_std + d_exp, drops d_exp, in ASCII order.
  @Test
  void crossComparisonExample() {
    Polynomial std2 = Polynomial.constant(2).times(Polynomial.variable("d_std"));
    Polynomial exp = Polynomial.variable("d_exp");
    Polynomial mixed = Polynomial.variable("d_std").plus(exp);
    DepthTerm a = DepthTerm.max(List.of(std2, exp));
    DepthTerm b = DepthTerm.max(List.of(mixed, std2));
    assertThat(a.max(b).ascii()).isEqualTo("max(2*d_std, d_std + d_exp)");
  }
}
