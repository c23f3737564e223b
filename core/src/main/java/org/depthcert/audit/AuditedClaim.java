package org.depthcert.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.depthcert.algebra.Decision;
import org.depthcert.algebra.DepthTerm;
import org.depthcert.algebra.Verdict;
import org.depthcert.check.VerdictWords;

/**
 * One row of the audit's claims table: a result that states a depth, a class or a hardness, what
 * it states, what the audit computed or derived for it, and the verdict. {@code decision} is the
 * exact comparison with the DAG when the result states a depth (or its proof writes one).
 * {@code statedDepth} and {@code computedDepth} are the two depths as terms, for reports that
 * typeset them (empty for class-only and hardness rows, which have no depth to compare).
 * {@code construction} names the DAG the verdict is about (spec and subject), {@code readings} the
 * verdict in every reading the spec declares, the base reading first: the row's own verdict is
 * the base reading's.
 */
public record AuditedClaim(PaperResult result, String stated, String computed, Verdict verdict,
    Optional<Decision> decision, Optional<DepthTerm> statedDepth,
    Optional<DepthTerm> computedDepth, String construction, List<ReadingVerdict> readings) {
  public AuditedClaim(PaperResult result, String stated, String computed, Verdict verdict,
      Optional<Decision> decision, Optional<DepthTerm> statedDepth,
      Optional<DepthTerm> computedDepth) {
    this(result, stated, computed, verdict, decision, statedDepth, computedDepth, "", List.of());
  }

  /**
   * The reading the row's verdict rests on: the base reading's short name, "every reading" when
   * no reading changes the computed depth, "" when the spec declares none.
   */
  public String reading() {
    if (readings.size() < 2) {
      return "";
    }
    return sameInEveryReading() ? "every reading" : readings.get(0).label();
  }

  private boolean sameInEveryReading() {
    return readings.stream().map(ReadingVerdict::computed).distinct().count() < 2;
  }

  /** True when the readings disagree on the verdict. */
  public boolean readingsDisagree() {
    return readings.stream().map(ReadingVerdict::verdict).distinct().count() > 1;
  }

  /**
   * The verdict in every reading, holding ones first: "holds as defined, not established by the
   * proof's construction, ...". Empty unless the spec declares readings and they change the
   * computed depth of this statement's subject.
   */
  public String readingSummary() {
    if (readings.size() < 2 || sameInEveryReading()) {
      return "";
    }
    if (!readingsDisagree()) {
      return VerdictWords.phrase(verdict).replaceFirst("^is ", "") + " in every reading";
    }
    List<String> parts = new ArrayList<>();
    for (Verdict v : List.of(Verdict.TIGHT, Verdict.HOLDS, Verdict.UNDECIDED, Verdict.FAILS)) {
      for (ReadingVerdict r : readings) {
        if (r.verdict() == v) {
          parts.add(VerdictWords.inReading(v, r.label()));
        }
      }
    }
    return String.join(", ", parts);
  }
}
