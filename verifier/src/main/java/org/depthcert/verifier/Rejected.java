package org.depthcert.verifier;

/** The first step of a certificate that does not check: where (a JSON path) and why. */
final class Rejected extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String path;
  private final String reason;

  Rejected(String path, String reason) {
    super(path + ": " + reason, null, false, false);
    this.path = path;
    this.reason = reason;
  }

  String path() {
    return path;
  }

  String reason() {
    return reason;
  }
}
