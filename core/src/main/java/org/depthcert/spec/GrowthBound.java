package org.depthcert.spec;

/**
 * An asymptotic assumption that no linear inequality can state: {@code p <= poly(n)},
 * {@code d <= O(n)}, {@code m = O(1)}, {@code m = O(log n)}. Used by the class conclusion and to
 * discharge "is at most poly(n)" side conditions.
 */
public record GrowthBound(String variable, Kind kind, int logPower, String text) {
  public enum Kind {
    /** bounded by a constant */
    CONSTANT,
    /** bounded by (log n)^logPower */
    POLYLOG,
    /** bounded by a linear function of n */
    LINEAR,
    /** bounded by a polynomial in n */
    POLYNOMIAL
  }
}
