package org.depthcert.verifier.spec;

/** A formula the verifier's parser does not read: why, and at which column (1-based). */
final class FormulaError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  FormulaError(String message, int column) {
    super(message + " (column " + column + ")", null, false, false);
  }
}
