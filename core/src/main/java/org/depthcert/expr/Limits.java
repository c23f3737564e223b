package org.depthcert.expr;

/**
 * Bounds on what one formula may ask for. Formulas come from spec files and papers, so they are
 * untrusted input: every bound turns what would be a stack overflow or an exponential blow-up
 * into a {@link FormulaException}. Real depth formulas are far below all of them.
 */
final class Limits {
  /** Longest accepted input, in characters. */
  static final int MAX_LENGTH = 100_000;
  /** Deepest nesting of parentheses and braces; keeps the recursive descent's stack small. */
  static final int MAX_NESTING = 200;
  /** Largest exponent after {@code ^}. */
  static final int MAX_EXPONENT = 32;
  /** Largest total degree of a product; bounds the size of expanded powers and products. */
  static final int MAX_DEGREE = 32;
  /** Most term-by-term multiplications one product may need. */
  static final int MAX_PRODUCT_TERMS = 10_000;
  /** Most alternatives inside one max, given or produced by sums of maxes. */
  static final int MAX_ALTERNATIVES = 100;

  /**
   * Most monomials in a depth term: normalising one costs time in its number of terms, and real
   * depth formulas have a handful.
   */
  static final int MAX_TERMS = 1_000;

  private Limits() {}
}
