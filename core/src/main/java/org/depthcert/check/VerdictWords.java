package org.depthcert.check;

import java.math.BigInteger;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.depthcert.algebra.Decision;
import org.depthcert.algebra.Verdict;

/**
 * What a verdict means, in the words every human-facing output uses (text, HTML, LaTeX, SARIF,
 * JUnit). The machine-readable names (TIGHT, HOLDS, FAILS, UNDECIDED) stay as they are; these
 * sentences say that the computed depth is the depth of ONE construction (the DAG as the spec
 * writes it, in one reading of the paper): an upper bound on what a circuit needs, never a lower
 * bound. A stated bound below it is not established by that construction; it may still be true
 * for a cleverer circuit.
 */
public final class VerdictWords {
  private VerdictWords() {}

  /** The paragraph printed with every report that shows verdicts. */
  public static final String MEANING = "Each verdict compares a stated depth with the depth of"
      + " one construction: the DAG as the spec writes it, in the reading named. That depth is"
      + " an upper bound on what a circuit needs, not a lower bound. TIGHT: the statement equals"
      + " it. HOLDS: the statement is at least it for every admissible value (this construction"
      + " establishes the statement). FAILS: not established by this construction: for some"
      + " values the statement is below what the construction needs (the counterexample); the"
      + " statement may still be true for a cleverer circuit, which the proof would have to"
      + " give. UNDECIDED: neither was shown.";

  /** The same, in one line for CI messages. */
  public static final String SHORT = "the computed depth is that of one construction, an upper"
      + " bound on what a circuit needs";

  /**
   * "not established by this construction: it needs N; a counterexample to the bound for this
   * construction is s=3, a=1, e=1; the bound holds for this construction if and only if ...".
   */
  public static String notEstablished(String needed, Decision d) {
    StringBuilder sb = new StringBuilder("not established by this construction: it needs ")
        .append(needed);
    d.counterexample().ifPresent(x -> sb.append("; a counterexample to the bound for this "
        + "construction is ").append(point(x)));
    sb.append(condition(d));
    return sb.toString();
  }

  /**
   * The checked condition under which the bound would hold for this construction: "if and only
   * if" where its necessity is certified, "if ... (a sufficient condition only)" otherwise; with
   * no condition the decider certified that no admissible value makes it hold.
   */
  public static String condition(Decision d) {
    return d.condition().map(h -> h.necessary()
        ? "; the bound holds for this construction if and only if " + h.text()
        : "; the bound holds for this construction if " + h.text()
            + " (a sufficient condition only)")
        .orElse("; no admissible values make the bound hold for this construction");
  }

  /** A verdict as words: "holds", "is tight", "is not established", "is undecided". */
  public static String phrase(Verdict v) {
    switch (v) {
      case TIGHT:
        return "is tight";
      case HOLDS:
        return "holds";
      case FAILS:
        return "is not established";
      default:
        return "is undecided";
    }
  }

  /**
   * The verdict in a reading, e.g. "holds as defined", "not established by the proof's
   * construction": a reading whose short name starts with "as" reads as an adverb.
   */
  public static String inReading(Verdict v, String label) {
    boolean adverb = label.startsWith("as ");
    switch (v) {
      case TIGHT:
        return "tight " + (adverb ? label : "under " + label);
      case HOLDS:
        return "holds " + (adverb ? label : "under " + label);
      case FAILS:
        return "not established " + (adverb ? label : "by " + label);
      default:
        return "undecided " + (adverb ? label : "under " + label);
    }
  }

  public static String point(Map<String, BigInteger> x) {
    return x.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
        .collect(Collectors.joining(", "));
  }
}
