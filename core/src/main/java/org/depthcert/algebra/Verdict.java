package org.depthcert.algebra;

/** Outcome of deciding {@code computed <= stated} (DESIGN.md section 4). */
public enum Verdict {
  /** computed and stated are the same term. */
  TIGHT,
  /** computed <= stated at every admissible point, with a certificate. */
  HOLDS,
  /** an admissible integer point where computed > stated was found. */
  FAILS,
  /** neither a certificate nor a counterexample was found. */
  UNDECIDED
}
