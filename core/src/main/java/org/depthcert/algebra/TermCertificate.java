package org.depthcert.algebra;

import java.util.List;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * Witness that one computed term {@code t} is at most {@code max_j s_j}: convex weights
 * {@code lambdas} (aligned with the stated terms, summing to 1) and assumption multipliers such
 * that {@code sum lambda_j s_j - sum mu_k g_k - t}, after the shift {@code x = 1 + x'}, has only
 * non-negative coefficients. The multiplier terms {@code mu_k g_k} are {@code >= 0} on the domain,
 * so they are subtracted: then {@code t <= sum lambda_j s_j - sum mu_k g_k <= max_j s_j}.
 */
public record TermCertificate(
    Polynomial computedTerm, List<BigFraction> lambdas, List<Multiplier> multipliers) {

  /** The shifted residual; non-negative coefficientwise exactly when the certificate is valid. */
  public Polynomial residual(List<Polynomial> statedTerms, List<Assumption> assumptions) {
    Polynomial sum = Polynomial.ZERO;
    for (int j = 0; j < statedTerms.size(); j++) {
      sum = sum.plus(statedTerms.get(j).scale(lambdas.get(j)));
    }
    for (Multiplier mu : multipliers) {
      Polynomial g = Polynomial.monomial(mu.cofactor(), mu.value())
          .times(assumptions.get(mu.assumption()).gap());
      sum = sum.minus(g);
    }
    return sum.minus(computedTerm).shifted();
  }
}
