package org.depthcert.diff;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.stream.Collectors;
import org.apache.commons.numbers.fraction.BigFraction;
import org.depthcert.algebra.Decider;
import org.depthcert.algebra.Decision;
import org.depthcert.algebra.DepthTerm;
import org.depthcert.algebra.Monomial;
import org.depthcert.algebra.Polynomial;
import org.depthcert.algebra.Verdict;

/**
 * The symbolic diff of two certificates: for the model, every block and every claim present in
 * both, decides {@code new <= old} and {@code old <= new} with the exact {@link Decider} under
 * the new certificate's assumptions. A new term not certified {@code <=} the old depth is a
 * regression (even when merely undecided: the gate never guesses in the optimistic direction);
 * a depth certified {@code <=} the old one but not equal is an improvement. Each moved term is
 * matched to the closest term on the other side so that the coefficients that moved can be named.
 */
public final class DepthDiff {
  private DepthDiff() {}

  public static DiffResult compare(CertificateDepths before, CertificateDepths after) {
    Decider decider = new Decider(after.assumptions());
    List<Change> changes = new ArrayList<>();
    Set<Subject> seen = new LinkedHashSet<>();
    for (Map.Entry<Subject, DepthTerm> e : after.depths().entrySet()) {
      Optional<Map.Entry<Subject, DepthTerm>> old = before.depths().entrySet().stream()
          .filter(o -> o.getKey().sameAs(e.getKey())).findFirst();
      if (old.isEmpty()) {
        changes.add(new Change(e.getKey(), Change.Kind.ADDED, Optional.empty(),
            Optional.of(e.getValue()), List.of(), List.of(), ""));
      } else {
        seen.add(old.get().getKey());
        changes.add(compare(decider, e.getKey(), old.get().getValue(), e.getValue()));
      }
    }
    for (Map.Entry<Subject, DepthTerm> o : before.depths().entrySet()) {
      if (!seen.contains(o.getKey())) {
        changes.add(new Change(o.getKey(), Change.Kind.REMOVED, Optional.of(o.getValue()),
            Optional.empty(), List.of(), List.of(), ""));
      }
    }
    return new DiffResult(before.file(), after.file(), List.copyOf(changes));
  }

  static Change compare(Decider decider, Subject subject, DepthTerm old, DepthTerm now) {
    if (old.equals(now)) {
      return new Change(subject, Change.Kind.UNCHANGED, Optional.of(old), Optional.of(now),
          List.of(), List.of(), "");
    }
    Decision up = decider.decide(now, old);
    if (!up.holds()) {
      String note = up.verdict() == Verdict.FAILS
          ? "exceeds the old depth at " + point(up.counterexample().orElseThrow())
          : "not certified <= the old depth (undecided)";
      return moved(subject, Change.Kind.REGRESSION, old, now, uncertified(decider, now, old),
          old.terms(), true, note);
    }
    Decision down = decider.decide(old, now);
    if (down.holds()) {
      return new Change(subject, Change.Kind.UNCHANGED, Optional.of(old), Optional.of(now),
          List.of(), List.of(), "equal under the assumptions");
    }
    return moved(subject, Change.Kind.IMPROVEMENT, old, now, uncertified(decider, old, now),
        now.terms(), false, "");
  }

  /**
   * Matches each moved term to its closest counterpart and records the difference {@code new -
   * old} and the coefficients that differ.
   */
  private static Change moved(Subject subject, Change.Kind kind, DepthTerm old, DepthTerm now,
      List<Polynomial> movedTerms, List<Polynomial> others, boolean movedIsNew, String note) {
    List<Polynomial> deltas = new ArrayList<>();
    List<CoefficientChange> coefficients = new ArrayList<>();
    List<String> extra = new ArrayList<>();
    for (Polynomial t : movedTerms) {
      Optional<Polynomial> match = closest(t, others);
      if (match.isEmpty()) {
        extra.add((movedIsNew ? "new maximal term " : "maximal term dropped: ") + t.ascii());
        continue;
      }
      Polynomial before = movedIsNew ? match.get() : t;
      Polynomial after = movedIsNew ? t : match.get();
      Polynomial delta = after.minus(before);
      deltas.add(delta);
      for (Monomial m : delta.terms().keySet()) {
        CoefficientChange c = new CoefficientChange(m, before.coefficient(m),
            after.coefficient(m));
        if (!coefficients.contains(c)) {
          coefficients.add(c);
        }
      }
    }
    if (!extra.isEmpty()) {
      note = String.join("; ", extra) + (note.isEmpty() ? "" : "; " + note);
    }
    return new Change(subject, kind, Optional.of(old), Optional.of(now), List.copyOf(deltas),
        List.copyOf(coefficients), note);
  }

  /**
   * The terms of {@code t} not certified {@code <= bound}, each decided on its own (a failed
   * decision on the whole max keeps no certificates, so it cannot tell which terms were fine).
   */
  private static List<Polynomial> uncertified(Decider decider, DepthTerm t, DepthTerm bound) {
    return t.terms().stream().filter(p -> !decider.decide(DepthTerm.of(p), bound).holds())
        .collect(Collectors.toList());
  }

  /**
   * The counterpart of {@code t}: the candidate sharing the most monomials with it, then the one
   * with the smallest total coefficient change, then the first in canonical order. Empty when
   * none shares a monomial (a genuinely new maximal term).
   */
  static Optional<Polynomial> closest(Polynomial t, List<Polynomial> candidates) {
    Polynomial best = null;
    int bestShared = 0;
    BigFraction bestDistance = null;
    for (Polynomial c : candidates) {
      int shared = 0;
      for (Monomial m : t.terms().keySet()) {
        if (c.terms().containsKey(m)) {
          shared++;
        }
      }
      BigFraction distance = BigFraction.ZERO;
      for (BigFraction x : t.minus(c).terms().values()) {
        distance = distance.add(x.abs());
      }
      if (shared > bestShared
          || (shared == bestShared && shared > 0 && distance.compareTo(bestDistance) < 0)) {
        best = c;
        bestShared = shared;
        bestDistance = distance;
      }
    }
    return Optional.ofNullable(best);
  }

  private static String point(SortedMap<String, BigInteger> x) {
    return x.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
        .collect(Collectors.joining(", "));
  }
}
