package org.depthcert.verifier.coq;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.numbers.fraction.BigFraction;
import org.depthcert.verifier.Mono;
import org.depthcert.verifier.Poly;

/**
 * What the certificate contributes to the Coq file: proof witnesses only. A wrong witness makes a
 * proof fail in Coq; it never changes what a theorem states.
 */
public record Witnesses(Map<String, Map<String, List<Poly>>> arrivals,
    Map<String, Map<String, List<Attained>>> attainedBy, List<Poly> modelDepth, Poly gadgets,
    Map<String, ClaimWitness> claims) {

  /** One arrival term of a node, reached through {@code input}'s term plus a local term. */
  public record Attained(Poly term, String input, Poly inputTerm, Poly localTerm) {}

  /**
   * A claim's verdict and its witnesses; {@code weighted} are the stated terms in the order the
   * certificate's weights refer to them: one bound per computed term (HOLDS/TIGHT), or a
   * counterexample and the certificate's {@code holdsIf} condition (FAILS).
   */
  public record ClaimWitness(String verdict, List<Poly> weighted, List<Bound> bounds,
      Optional<Map<String, BigInteger>> counterexample, Optional<String> holdsIf) {}

  /** Convex weights on the stated terms and assumption multipliers proving {@code term <= stated}. */
  public record Bound(Poly term, List<BigFraction> lambdas, List<Multiplier> multipliers) {}

  /** {@code value * cofactor * (rhs - lhs)} of assumption number {@code assumption}. */
  public record Multiplier(int assumption, Mono cofactor, BigFraction value) {}
}
