package org.depthcert.fold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.depthcert.algebra.TermLimit;
import org.depthcert.spec.SpecError;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The engine's limit on the parts of a max depth term (issue #13 goal 5), shared with the verifier. */
class TermLimitTest {
  @AfterEach
  void clear() {
    System.clearProperty(TermLimit.PROPERTY);
  }

  /**
   * Diamonds A = exp(prev), B = add(prev, X), N = add(A, B). N0 = add(X, X) = d_std. By
   * induction N_s = max over k = 0..s of (2s+1-k)*d_std + k*d_exp: A adds d_exp to each part, B
   * adds d_std (X arrives at 0, below every part), N adds d_std to the union, whose parts are the
   * s+1 sums of d_std + d_exp and 2*d_std, pairwise incomparable. N1 = max(2*d_std + d_exp,
   * 3*d_std), N2 = max(3*d_std + 2*d_exp, 4*d_std + d_exp, 5*d_std). A_s and B_s have s parts,
   * N_s has s+1: with the limit 3, N3 is the first node over it.
   */
  private static String growing(int diamonds) {
    StringBuilder sb = new StringBuilder(TinyCatalog.header());
    sb.append("blocks:\n  b:\n    inputs: {X: [n, d]}\n    nodes:\n");
    sb.append("      N0: {op: add, in: [X, X]}\n");
    for (int s = 1; s <= diamonds; s++) {
      sb.append("      A").append(s).append(": {op: exp, in: [N").append(s - 1).append("]}\n");
      sb.append("      B").append(s).append(": {op: add, in: [N").append(s - 1)
          .append(", X]}\n");
      sb.append("      N").append(s).append(": {op: add, in: [A").append(s).append(", B")
          .append(s).append("]}\n");
    }
    return sb.append("    output: N").append(diamonds).append('\n').toString();
  }

  @Test
  void aNodeOverTheLimitIsBadInputAtItsPath() {
    System.setProperty(TermLimit.PROPERTY, "3");
    SpecError e = assertThrows(SpecError.class, () -> TinyCatalog.fold(growing(5)));
    assertThat(e.path()).isEqualTo("blocks.b.nodes.N3");
    assertThat(e.getMessage()).isEqualTo("the depth term reached 4 incomparable parts "
        + "(limit 3); raise the limit with --max-terms N");
  }

  @Test
  void atTheLimitTheFoldSucceeds() {
    System.setProperty(TermLimit.PROPERTY, "3");
    Folded f = TinyCatalog.fold(growing(2));
    assertThat(f.model().depth().ascii())
        .isEqualTo("max(3*d_std + 2*d_exp, 4*d_std + d_exp, 5*d_std)");
  }

  @Test
  void theDefaultIs4096AndABadValueIsNamed() {
    assertThat(TermLimit.max()).isEqualTo(4096);
    System.setProperty(TermLimit.PROPERTY, "0");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, TermLimit::max);
    assertThat(e.getMessage()).isEqualTo("depthcert.maxTerms must be a whole number >= 1, not '0'");
    System.setProperty(TermLimit.PROPERTY, "many");
    assertThrows(IllegalArgumentException.class, TermLimit::max);
    System.setProperty(TermLimit.PROPERTY, " 12 ");
    assertThat(TermLimit.max()).isEqualTo(12);
  }
}
