package org.depthcert.verifier.coq;

/**
 * The certificate cannot be exported: the verifier rejects it, or it states something the Coq
 * file cannot say. The message is one line for the user.
 */
public final class NotExportable extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public NotExportable(String message) {
    super(message);
  }
}
