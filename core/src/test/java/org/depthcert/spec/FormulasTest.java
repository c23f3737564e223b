package org.depthcert.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.depthcert.algebra.Polynomial;
import org.depthcert.expr.FormulaParser;
import org.junit.jupiter.api.Test;

/**
 * {@link Formulas} parses each distinct formula text once (a large spec repeats {@code [n, d]}
 * on every node): the cached value must be the plain parse, a failure must never be cached (each
 * error names its own path and line), and the cache belongs to one symbol set.
 */
class FormulasTest {
  private static final LocatedTree TREE = LocatedTree.parse("f.yaml",
      "a: 1\nb: 2\nc: 3\n".getBytes(StandardCharsets.UTF_8));

  @Test
  void aRepeatedFormulaIsParsedOnceToThePlainParse() {
    Formulas f = new Formulas(new Fields(TREE), Set.of("n", "d"));
    Polynomial first = f.polynomial("n*d + 2", "a");
    assertThat(f.polynomial("n*d + 2", "b")).isSameAs(first);
    assertThat(first).isEqualTo(new FormulaParser(Set.of("n", "d")).parsePolynomial("n*d + 2"));
    assertThat(f.term("max(n, d)", "a")).isSameAs(f.term("max(n, d)", "b"))
        .isEqualTo(new FormulaParser(Set.of("n", "d")).parseTerm("max(n, d)"));
  }

  @Test
  void aBadFormulaIsReportedAtEachPathItIsFoundAt() {
    Formulas f = new Formulas(new Fields(TREE), Set.of("n"));
    SpecError atB = (SpecError) catchThrowable(() -> f.polynomial("n + q", "b"));
    SpecError atC = (SpecError) catchThrowable(() -> f.polynomial("n + q", "c"));
    // b is on line 2 and c on line 3 of the tree: the second error is not the first one again
    assertThat(atB.path()).isEqualTo("b");
    assertThat(atB.line()).isEqualTo(2);
    assertThat(atC.path()).isEqualTo("c");
    assertThat(atC.line()).isEqualTo(3);
    assertThat(atC.getMessage()).isEqualTo(atB.getMessage()).contains("'n + q'");
  }

  @Test
  void theCacheBelongsToOneSymbolSet() {
    Formulas withD = new Formulas(new Fields(TREE), Set.of("n", "d"));
    Formulas withoutD = new Formulas(new Fields(TREE), Set.of("n"));
    assertThat(withD.polynomial("d", "a")).isNotNull();
    assertThat(catchThrowable(() -> withoutD.polynomial("d", "a"))).isInstanceOf(SpecError.class);
  }
}
