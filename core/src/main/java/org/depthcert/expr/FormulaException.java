package org.depthcert.expr;

/**
 * A formula the user can fix: what is wrong and where. The column is 1-based and counts
 * characters of the input, so a spec loader can point at the exact spot in a YAML string.
 */
public final class FormulaException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String reason;
  private final int column;

  public FormulaException(String reason, int column) {
    super(reason + " at column " + column);
    this.reason = reason;
    this.column = column;
  }

  /** What is wrong, without the position (for callers that print the position themselves). */
  public String reason() {
    return reason;
  }

  /** 1-based column in the input text; one past the end for "unexpected end of formula". */
  public int column() {
    return column;
  }
}
