package org.depthcert.check;

/**
 * Something a reader should act on, tied to a claim (DESIGN.md section 9). {@code check} is one of
 * proof-arithmetic, statement-vs-proof, soundness, cross-reference, hypothesis, subject, readings
 * and the gap checks of docs/audit.md. {@code about} says which construction and which reading of
 * the paper the finding is about ("" when it is about the paper's text alone).
 */
public record Finding(String claim, String check, String severity, String message,
    String about) {
  public Finding(String claim, String check, String severity, String message) {
    this(claim, check, severity, message, "");
  }
}
