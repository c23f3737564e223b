package org.depthcert.check;

import java.util.List;
import java.util.Optional;
import org.depthcert.algebra.Polynomial;

/**
 * The complexity-class conclusion of a folded model: constant (or polylog) depth and polynomial
 * size under the assumptions give uniform TC^i. {@code premises} say why, one line each.
 * {@code sizeDegree} is the exact degree in n of the gadget count when every bound is
 * polynomial with a degree; {@code sizeBound} says "O(n^k)", "poly(n)" or "not shown poly(n)".
 */
public record ClassConclusion(Optional<ComplexityClass> complexityClass, boolean constantDepth,
    boolean polynomialSize, Polynomial gadgetCount, Optional<Integer> sizeDegree,
    String sizeBound, List<String> premises, String statement) {
  /** Stable id: TC0, TC1, ... or "none" when no class follows. */
  public String id() {
    return complexityClass.map(ComplexityClass::id).orElse("none");
  }
}
