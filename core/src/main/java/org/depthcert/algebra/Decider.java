package org.depthcert.algebra;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * Decides {@code computed <= stated} for every admissible point: every variable an integer
 * {@code >= 1} and every assumption true (DESIGN.md section 4). Sound in both directions: HOLDS
 * comes with an exact certificate, FAILS with an integer point that violates the bound;
 * otherwise UNDECIDED, never a guess.
 */
public final class Decider {
  /** Candidate values per variable when searching for a counterexample. */
  private static final long[] GRID = {1, 2, 3};
  private static final long[] PROBES = {2, 3, 5, 10, 100};
  private static final int MAX_GRID_POINTS = 20_000;

  private final List<Assumption> assumptions;

  public Decider(List<Assumption> assumptions) {
    this.assumptions = List.copyOf(assumptions);
  }

  public List<Assumption> assumptions() {
    return assumptions;
  }

  public Decision decide(DepthTerm computed, DepthTerm stated) {
    List<TermCertificate> certificates = new ArrayList<>();
    List<Polynomial> uncertified = new ArrayList<>();
    for (Polynomial t : computed.terms()) {
      Optional<TermCertificate> c = certify(t, stated.terms());
      if (c.isPresent()) {
        certificates.add(c.get());
      } else {
        uncertified.add(t);
      }
    }
    Optional<Polynomial> difference = computed.isSingle() && stated.isSingle()
        ? Optional.of(stated.terms().get(0).minus(computed.terms().get(0)))
        : Optional.empty();
    if (uncertified.isEmpty()) {
      Verdict v = computed.equals(stated) ? Verdict.TIGHT : Verdict.HOLDS;
      return new Decision(v, certificates, Optional.empty(), difference, Optional.empty(),
          Optional.empty());
    }
    Optional<SortedMap<String, BigInteger>> cex = counterexample(computed, stated);
    Optional<String> holdsIf = holdsIf(uncertified, stated);
    Optional<Polynomial> excess = difference.map(Polynomial::negate);
    Verdict v = cex.isPresent() ? Verdict.FAILS : Verdict.UNDECIDED;
    return new Decision(v, List.of(), cex, Optional.empty(), holdsIf, excess);
  }

  /** Decides {@code lhs <= rhs} for two polynomials (used for side conditions on dimensions). */
  public Decision decide(Polynomial lhs, Polynomial rhs) {
    return decide(DepthTerm.of(lhs), DepthTerm.of(rhs));
  }

  /** A certificate that {@code t <= max_j s_j}, preferring one stated term alone. */
  Optional<TermCertificate> certify(Polynomial t, List<Polynomial> stated) {
    for (int j = 0; j < stated.size(); j++) {
      Optional<TermCertificate> c = solve(t, stated, Optional.of(j));
      if (c.isPresent()) {
        return c;
      }
    }
    return stated.size() > 1 ? solve(t, stated, Optional.empty()) : Optional.empty();
  }

  /**
   * The LP of DESIGN.md section 4: unknowns are the convex weights (or a fixed single weight) and
   * one multiplier per (assumption, cofactor monomial); one row per shifted monomial requiring a
   * non-negative residual coefficient.
   */
  private Optional<TermCertificate> solve(Polynomial t, List<Polynomial> stated,
      Optional<Integer> only) {
    List<Integer> weightIndex = new ArrayList<>();
    for (int j = 0; j < stated.size(); j++) {
      if (only.isEmpty() || only.get() == j) {
        weightIndex.add(j);
      }
    }
    List<Monomial> cofactors = new ArrayList<>(cofactors(t, stated));
    List<int[]> generatorKeys = new ArrayList<>();
    List<Polynomial> generators = new ArrayList<>();
    for (int a = 0; a < assumptions.size(); a++) {
      for (int c = 0; c < cofactors.size(); c++) {
        generatorKeys.add(new int[] {a, c});
        // Subtracted in the residual (see TermCertificate): the column is -cofactor * gap.
        generators.add(Polynomial.monomial(cofactors.get(c), BigFraction.ONE.negate())
            .times(assumptions.get(a).gap()).shifted());
      }
    }
    List<Polynomial> columns = new ArrayList<>();
    for (int j : weightIndex) {
      columns.add(stated.get(j).shifted());
    }
    columns.addAll(generators);
    Polynomial target = t.shifted();
    Set<Monomial> rowsMonomials = new TreeSet<>(target.terms().keySet());
    columns.forEach(col -> rowsMonomials.addAll(col.terms().keySet()));
    List<ExactLp.Row> rows = new ArrayList<>();
    for (Monomial mono : rowsMonomials) {
      List<BigFraction> coeffs = new ArrayList<>();
      for (Polynomial col : columns) {
        coeffs.add(col.coefficient(mono));
      }
      rows.add(new ExactLp.Row(coeffs, false, target.coefficient(mono)));
    }
    List<BigFraction> convex = new ArrayList<>();
    for (int k = 0; k < columns.size(); k++) {
      convex.add(k < weightIndex.size() ? BigFraction.ONE : BigFraction.ZERO);
    }
    rows.add(new ExactLp.Row(convex, true, BigFraction.ONE));
    Optional<List<BigFraction>> z = ExactLp.feasiblePoint(columns.size(), rows);
    if (z.isEmpty()) {
      return Optional.empty();
    }
    List<BigFraction> lambdas = new ArrayList<>(Collections.nCopies(stated.size(),
        BigFraction.ZERO));
    for (int k = 0; k < weightIndex.size(); k++) {
      lambdas.set(weightIndex.get(k), z.get().get(k));
    }
    List<Multiplier> multipliers = new ArrayList<>();
    for (int g = 0; g < generators.size(); g++) {
      BigFraction value = z.get().get(weightIndex.size() + g);
      if (value.signum() != 0) {
        int[] key = generatorKeys.get(g);
        multipliers.add(new Multiplier(key[0], cofactors.get(key[1]), value));
      }
    }
    TermCertificate cert = new TermCertificate(t, List.copyOf(lambdas), List.copyOf(multipliers));
    // Never trust the solver: re-check the witness exactly before handing it out.
    if (!cert.residual(stated, assumptions).isNonNegativeCoefficientwise()) {
      throw new IllegalStateException("LP returned an invalid certificate for " + t.ascii());
    }
    return Optional.of(cert);
  }

  /** Monomials that may multiply an assumption: every divisor of a monomial in play. */
  private Set<Monomial> cofactors(Polynomial t, List<Polynomial> stated) {
    Set<Monomial> result = new TreeSet<>();
    if (assumptions.isEmpty()) {
      return result;
    }
    List<Polynomial> all = new ArrayList<>(stated);
    all.add(t);
    for (Polynomial p : all) {
      for (Monomial m : p.terms().keySet()) {
        result.addAll(m.divisors());
      }
    }
    return result;
  }

  /**
   * The smallest admissible integer point (by sum of values, then by name order) where computed
   * exceeds stated, searching a small grid and single- and pair-variable probes.
   */
  Optional<SortedMap<String, BigInteger>> counterexample(DepthTerm computed, DepthTerm stated) {
    Set<String> vars = new TreeSet<>(Symbols.VARIABLE_ORDER);
    vars.addAll(computed.variables());
    vars.addAll(stated.variables());
    // Close under assumptions sharing a variable, to a fixpoint: otherwise an assumption chain
    // (a <= b, b <= c, ...) can leave a variable out, its assumptions are skipped by admissible()
    // and the "counterexample" cannot be extended to a point satisfying every assumption.
    boolean grew = true;
    while (grew) {
      grew = false;
      for (Assumption a : assumptions) {
        Set<String> av = new TreeSet<>(Symbols.VARIABLE_ORDER);
        av.addAll(a.lhs().variables());
        av.addAll(a.rhs().variables());
        if (!Collections.disjoint(vars, av) && vars.addAll(av)) {
          grew = true;
        }
      }
    }
    List<String> names = new ArrayList<>(vars);
    SortedMap<String, BigInteger> best = null;
    BigInteger bestSum = null;
    for (long[] values : candidatePoints(names.size())) {
      SortedMap<String, BigInteger> point = new TreeMap<>(Symbols.VARIABLE_ORDER);
      BigInteger sum = BigInteger.ZERO;
      for (int i = 0; i < names.size(); i++) {
        point.put(names.get(i), BigInteger.valueOf(values[i]));
        sum = sum.add(BigInteger.valueOf(values[i]));
      }
      if (!admissible(point)) {
        continue;
      }
      if (computed.evaluate(point).compareTo(stated.evaluate(point)) > 0
          && (bestSum == null || sum.compareTo(bestSum) < 0)) {
        best = point;
        bestSum = sum;
      }
    }
    return Optional.ofNullable(best);
  }

  private boolean admissible(Map<String, BigInteger> point) {
    for (Assumption a : assumptions) {
      if (!point.keySet().containsAll(a.lhs().variables())
          || !point.keySet().containsAll(a.rhs().variables())) {
        continue;
      }
      if (a.lhs().evaluate(point).compareTo(a.rhs().evaluate(point)) > 0) {
        return false;
      }
    }
    return true;
  }

  /** Deterministic candidate points: a {1,2,3} grid when small enough, then sparse probes. */
  private static List<long[]> candidatePoints(int k) {
    Set<List<Long>> seen = new LinkedHashSet<>();
    List<long[]> points = new ArrayList<>();
    long gridSize = (long) Math.pow(GRID.length, k);
    if (gridSize <= MAX_GRID_POINTS) {
      for (long code = 0; code < gridSize; code++) {
        long[] p = new long[k];
        long c = code;
        for (int i = 0; i < k; i++) {
          p[i] = GRID[(int) (c % GRID.length)];
          c /= GRID.length;
        }
        add(points, seen, p);
      }
    }
    long[] ones = new long[k];
    java.util.Arrays.fill(ones, 1);
    add(points, seen, ones.clone());
    for (int i = 0; i < k; i++) {
      for (long v : PROBES) {
        long[] p = ones.clone();
        p[i] = v;
        add(points, seen, p);
        for (int j = i + 1; j < k; j++) {
          for (long w : PROBES) {
            long[] q = p.clone();
            q[j] = w;
            add(points, seen, q);
          }
        }
      }
    }
    return points;
  }

  private static void add(List<long[]> points, Set<List<Long>> seen, long[] p) {
    List<Long> key = new ArrayList<>();
    for (long v : p) {
      key.add(v);
    }
    if (seen.add(key)) {
      points.add(p);
    }
  }

  /**
   * The exact condition under which the statement would hold, or empty when it can never hold
   * (proved by certifying {@code stated + 1/1000 <= t} for some uncertified term).
   */
  private Optional<String> holdsIf(List<Polynomial> uncertified, DepthTerm stated) {
    List<String> conditions = new ArrayList<>();
    for (Polynomial t : uncertified) {
      if (stated.isSingle()) {
        Polynomial s = stated.terms().get(0);
        Polynomial margin = s.plus(Polynomial.constant(BigFraction.of(1, 1000)));
        if (isCertifiedBelow(margin, t)) {
          return Optional.empty();
        }
        Polynomial diff = s.minus(t);
        Polynomial pos = diff.positivePart();
        Polynomial neg = diff.negate().positivePart();
        conditions.add(neg.ascii() + " <= " + pos.ascii());
      } else {
        conditions.add(t.ascii() + " <= " + stated.ascii());
      }
    }
    return Optional.of(String.join(" and ", conditions));
  }

  private boolean isCertifiedBelow(Polynomial small, Polynomial big) {
    return solve(small, List.of(big), Optional.of(0)).isPresent();
  }
}
