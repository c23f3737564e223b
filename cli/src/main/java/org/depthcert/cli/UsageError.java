package org.depthcert.cli;

/** A mistake in how the command was called (not in an input file); exit code 2. */
final class UsageError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UsageError(String message) {
    super(message);
  }
}
