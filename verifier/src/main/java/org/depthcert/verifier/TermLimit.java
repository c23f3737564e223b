package org.depthcert.verifier;

/**
 * The one limit on the size of what is checked, shared with the engine by contract (never by
 * code): a max term may have at most {@code depthcert.maxTerms} parts (a Java system property,
 * a whole number >= 1, default {@value #DEFAULT}; the command line's {@code --max-terms N} sets
 * it). The verifier also bounds the terms one monomial expands to under the shift x = 1 + x'
 * (what a dominance or inequality test costs) by the larger of this limit and the default: the
 * engine has no such bound, so a lower limit does not lower it, and a higher one raises it.
 *
 * <p>A certificate beyond the limit is not wrong: checking it is stopped as
 * {@link UnreadableCertificate} (exit 2) with the size reached and how to raise the limit.
 */
public final class TermLimit {
  public static final String PROPERTY = "depthcert.maxTerms";
  public static final int DEFAULT = 4096;

  private TermLimit() {}

  /** The limit in force now: the property, or the default when it is not set. */
  public static int current() {
    String value = System.getProperty(PROPERTY);
    if (value == null) {
      return DEFAULT;
    }
    if (value.matches("[0-9]{1,10}")) {
      long n = Long.parseLong(value);
      if (n >= 1 && n <= Integer.MAX_VALUE) {
        return (int) n;
      }
    }
    throw new UnreadableCertificate(PROPERTY + " must be a whole number >= 1, not '"
        + At.abbreviate(value) + "'");
  }

  /**
   * The stop at {@code at}, where {@code what} (such as "a max term has 300 parts") went beyond
   * {@code limit} by reaching {@code size}.
   */
  static UnreadableCertificate exceeded(At at, String what, long size, int limit) {
    return new UnreadableCertificate(at.path() + ": " + what + ", more than the limit of "
        + limit + " (" + PROPERTY + "); to check it, raise the limit with --max-terms " + size);
  }
}
