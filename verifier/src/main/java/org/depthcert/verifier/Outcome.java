package org.depthcert.verifier;

/**
 * The verifier's answer: ACCEPTED, or REJECTED with the JSON path of the first step that does
 * not check and the reason.
 */
public record Outcome(boolean accepted, String path, String reason) {
  static Outcome accept() {
    return new Outcome(true, "$", "");
  }

  static Outcome reject(String path, String reason) {
    return new Outcome(false, path, reason);
  }

  /** One line for people: {@code ACCEPTED} or {@code REJECTED at PATH: REASON}. */
  public String line() {
    return accepted ? "ACCEPTED" : "REJECTED at " + path + ": " + reason;
  }
}
