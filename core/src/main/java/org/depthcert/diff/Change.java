package org.depthcert.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.depthcert.algebra.DepthTerm;
import org.depthcert.algebra.Polynomial;

/**
 * How the depth of one subject moved between two certificates. {@code deltas} are the
 * differences {@code new term - matched old term} of the terms that grew (a regression) or the
 * old terms that shrank (an improvement); {@code coefficients} the individual coefficients that
 * moved in them. {@code before}/{@code after} are empty for a subject only one side has.
 */
public record Change(Subject subject, Kind kind, Optional<DepthTerm> before,
    Optional<DepthTerm> after, List<Polynomial> deltas, List<CoefficientChange> coefficients,
    String note) {

  public enum Kind {
    /** some term of the new depth is not certified <= the old depth */
    REGRESSION,
    /** the new depth is certified <= the old one, and not conversely */
    IMPROVEMENT,
    /** each is certified <= the other */
    UNCHANGED,
    /** only the new certificate has this subject */
    ADDED,
    /** only the old certificate has this subject */
    REMOVED
  }

  /** The human lines: a summary, then one line per coefficient that moved. */
  public List<String> lines() {
    List<String> out = new ArrayList<>();
    String head = kind.name().toLowerCase() + "  depth of " + subject.label();
    switch (kind) {
      case ADDED:
        out.add(head + ": " + after.orElseThrow().ascii() + " (only in the new certificate)");
        return out;
      case REMOVED:
        out.add(head + ": " + before.orElseThrow().ascii() + " (only in the old certificate)");
        return out;
      case UNCHANGED:
        out.add(head + ": " + after.orElseThrow().ascii() + (note.isEmpty() ? "" : " (" + note
            + ")"));
        return out;
      default:
        break;
    }
    List<String> signed = new ArrayList<>();
    deltas.forEach(d -> signed.add(signed(d)));
    out.add(head + ": " + (signed.isEmpty() ? "changed" : String.join(", ", signed)) + " ("
        + before.orElseThrow().ascii() + " -> " + after.orElseThrow().ascii() + ")"
        + (note.isEmpty() ? "" : "; " + note));
    for (CoefficientChange c : coefficients) {
      out.add("  " + c.describe(subject));
    }
    return out;
  }

  /** {@code +m*d_std}, {@code +d_std - d_sum}: a difference with its sign always written. */
  static String signed(Polynomial delta) {
    String a = delta.ascii();
    return a.startsWith("-") ? a : "+" + a;
  }
}
