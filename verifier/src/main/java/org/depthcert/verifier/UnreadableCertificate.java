package org.depthcert.verifier;

/**
 * The input is not a certificate this verifier can read at all (not JSON, too large or too deep,
 * or another certificate version): a user error, distinct from a certificate that is rejected.
 */
public final class UnreadableCertificate extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UnreadableCertificate(String message) {
    super(message, null, false, false);
  }
}
