package org.depthcert.verifier;

import java.util.List;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * Checks one witness that a computed term t is at most max_j s_j on the domain: convex weights
 * lambda_j >= 0 summing to 1 and multipliers mu_k >= 0 on assumptions (with monomial cofactors)
 * such that {@code sum lambda_j s_j - sum mu_k cofactor_k (rhs_k - lhs_k) - t}, after x = 1 + x',
 * has only non-negative coefficients. Each mu_k cofactor_k (rhs_k - lhs_k) is >= 0 on the domain,
 * so subtracting it keeps the bound sound: t <= sum lambda_j s_j - (something >= 0) <= max_j s_j.
 */
final class InequalityCertificate {
  private InequalityCertificate() {}

  static Poly check(At cert, List<Poly> stated, List<Domain.Assumption> assumptions) {
    Poly t = Terms.polynomial(cert.field("term"));
    List<At> lambdas = cert.field("lambdas").elements();
    if (lambdas.size() != stated.size()) {
      throw cert.field("lambdas").reject("expected one weight per stated term (" + stated.size()
          + "), found " + lambdas.size());
    }
    Poly bound = Poly.ZERO;
    BigFraction total = BigFraction.ZERO;
    for (int j = 0; j < lambdas.size(); j++) {
      BigFraction lambda = lambdas.get(j).rational();
      if (lambda.signum() < 0) {
        throw lambdas.get(j).reject("a weight must be >= 0");
      }
      total = total.add(lambda);
      bound = bound.plus(stated.get(j).scale(lambda));
    }
    if (!total.equals(BigFraction.ONE)) {
      throw cert.field("lambdas").reject("weights sum to " + Rationals.text(total) + ", not 1");
    }
    for (At mu : cert.field("multipliers").elements()) {
      At index = mu.field("assumption");
      int k = index.smallInt();
      if (k < 0 || k >= assumptions.size()) {
        throw index.reject("no assumption number " + k);
      }
      BigFraction value = mu.field("value").rational();
      if (value.signum() < 0) {
        throw mu.field("value").reject("a multiplier must be >= 0");
      }
      Poly cofactor = Poly.monomial(Terms.monomial(mu.field("cofactor")), value);
      bound = bound.minus(cofactor.times(assumptions.get(k).gap()));
    }
    Poly residual = bound.minus(t).shifted();
    if (!residual.nonNegativeCoefficients()) {
      throw cert.reject("the certificate does not prove " + t + " <= " + stated
          + ": shifted residual " + residual + " has a negative coefficient");
    }
    return t;
  }
}
