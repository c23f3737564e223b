package org.depthcert.check;

import java.util.List;
import java.util.Optional;
import org.depthcert.algebra.Polynomial;

/**
 * The complexity-class conclusion of a folded model: constant (or polylog) depth and polynomial
 * size under the assumptions give uniform TC^i. {@code premises} say why, one line each.
 */
public record ClassConclusion(Optional<ComplexityClass> complexityClass, boolean constantDepth,
    boolean polynomialSize, Polynomial gadgetCount, int sizeDegree, List<String> premises,
    String statement) {
  /** Stable id: TC0, TC1, ... or "none" when no class follows. */
  public String id() {
    return complexityClass.map(ComplexityClass::id).orElse("none");
  }
}
