package org.depthcert.algebra;

import java.util.Optional;

/**
 * The most parts (incomparable terms) a max depth term may have (issue #13 goal 5): the engine
 * and the verifier apply the same limit, so a certificate the engine writes is never rejected for
 * its size. Set by the Java system property {@code depthcert.maxTerms} (the CLI's
 * {@code --max-terms N}), a whole number {@code >= 1}; 4096 when unset. Read on every use, so a
 * test or a second run in the same JVM may change it.
 */
public final class TermLimit {
  /** The system property that holds the limit. */
  public static final String PROPERTY = "depthcert.maxTerms";
  /** The limit when the property is unset. */
  public static final int DEFAULT = 4096;

  private TermLimit() {}

  /** The current limit; an unreadable property value is an error naming it, not a silent default. */
  public static int max() {
    String value = System.getProperty(PROPERTY);
    if (value == null) {
      return DEFAULT;
    }
    try {
      int limit = Integer.parseInt(value.trim());
      if (limit >= 1) {
        return limit;
      }
    } catch (NumberFormatException e) {
      // reported below with the value
    }
    throw new IllegalArgumentException(PROPERTY + " must be a whole number >= 1, not '" + value
        + "'");
  }

  /** The bad-input message for a term with more parts than the limit; empty within it. */
  public static Optional<String> exceeded(DepthTerm term) {
    int limit = max();
    int parts = term.terms().size();
    if (parts <= limit) {
      return Optional.empty();
    }
    return Optional.of("the depth term reached " + parts + " incomparable parts (limit " + limit
        + "); raise the limit with --max-terms N");
  }
}
