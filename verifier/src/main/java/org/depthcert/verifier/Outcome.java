package org.depthcert.verifier;

/**
 * The verifier's answer: ACCEPTED, or REJECTED with the JSON path of the first step that does
 * not check and the reason. {@code comparedWithSpec} says whether the certificate was also
 * compared with its spec (verify --spec); without it only the arithmetic was checked.
 */
public record Outcome(boolean accepted, String path, String reason, boolean comparedWithSpec) {
  static final String ARITHMETIC_ONLY =
      "(arithmetic only: no --spec given, the certificate was not compared with a spec)";

  static Outcome accept(boolean comparedWithSpec) {
    return new Outcome(true, "$", "", comparedWithSpec);
  }

  static Outcome reject(String path, String reason, boolean comparedWithSpec) {
    return new Outcome(false, path, reason, comparedWithSpec);
  }

  /** One line: {@code ACCEPTED} or {@code REJECTED at PATH: REASON}. */
  public String line() {
    return accepted ? "ACCEPTED" : "REJECTED at " + path + ": " + reason;
  }

  /**
   * What to tell people: the line, and for an acceptance without a spec, plainly that only the
   * arithmetic was checked.
   */
  public String answer() {
    return accepted && !comparedWithSpec ? line() + " " + ARITHMETIC_ONLY : line();
  }
}
