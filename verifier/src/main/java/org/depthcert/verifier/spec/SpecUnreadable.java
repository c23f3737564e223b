package org.depthcert.verifier.spec;

/**
 * A spec or catalog file the verifier's reader cannot take as a problem: its message is one line,
 * {@code file: path: what is wrong}.
 */
public final class SpecUnreadable extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public SpecUnreadable(String file, String path, String message) {
    super(file + ": " + (path.isEmpty() ? "" : path + ": ") + message, null, false, false);
  }
}
