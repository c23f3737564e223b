package org.depthcert.algebra;

/**
 * A declared inequality {@code lhs <= rhs} among variables, e.g. {@code d_std <= d_sum} or
 * {@code d <= n}; {@code text} is how the user wrote it.
 */
public record Assumption(Polynomial lhs, Polynomial rhs, String text) {
  /** {@code rhs - lhs}, non-negative wherever the assumption holds. */
  public Polynomial gap() {
    return rhs.minus(lhs);
  }
}
