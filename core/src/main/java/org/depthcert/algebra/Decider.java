package org.depthcert.algebra;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
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
  private final List<Assumption> assumptions;
  /** An admissible point over every variable the spec declares; found lazily when not given. */
  private Map<String, BigInteger> witness;

  public Decider(List<Assumption> assumptions) {
    this.assumptions = List.copyOf(assumptions);
  }

  /**
   * A decider whose counterexamples are completed with {@code witness} (an admissible point
   * assigning every declared variable, see {@link Feasibility}); an empty map means "find one".
   */
  public Decider(List<Assumption> assumptions, Map<String, BigInteger> witness) {
    this.assumptions = List.copyOf(assumptions);
    this.witness = witness.isEmpty() ? null : Map.copyOf(witness);
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
          Optional.empty(), List.of());
    }
    List<String> names = searchVariables(computed, stated);
    Optional<SortedMap<String, BigInteger>> cex = counterexample(computed, stated, names);
    Optional<HoldsIf> holdsIf = holdsIf(computed, certificates, uncertified, stated);
    Optional<Polynomial> excess = difference.map(Polynomial::negate);
    Verdict v = cex.isPresent() ? Verdict.FAILS : Verdict.UNDECIDED;
    return new Decision(v, List.of(), cex, Optional.empty(), holdsIf, excess, names);
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
   * The certificate the LP of {@link #solveByLp} gives, without solving it where its answer is
   * known. The answer depends only on (t, stated, only, assumptions), so a process-wide memo
   * returns the same certificate for the same question: a one-shot run asks the same small
   * questions many times (one per node applying a lemma, again per reading and per derived
   * lemma), a 214-solve RoPE check has 44 distinct ones. Without assumptions and with one fixed
   * weight the LP has one unknown, forced to 1 by the convex row: it is feasible exactly when
   * the shifted {@code s_j - t} has no negative coefficient, and then returns weight 1 and no
   * multiplier, which is the certificate built here directly (DeciderShortcutTest compares both
   * paths on random inputs).
   */
  Optional<TermCertificate> solve(Polynomial t, List<Polynomial> stated, Optional<Integer> only) {
    SolvedTerms.Question q = new SolvedTerms.Question(t, stated, only.orElse(-1), assumptions);
    Optional<TermCertificate> known = SolvedTerms.get(q);
    if (known != null) {
      return known;
    }
    Optional<TermCertificate> c = assumptions.isEmpty() && only.isPresent()
        ? singleWeight(t, stated, only.get()) : solveByLp(t, stated, only);
    SolvedTerms.put(q, c);
    return c;
  }

  /**
   * {@code t <= s_j} with weight 1 on {@code s_j} and no multiplier (no assumptions): what the
   * one-unknown LP returns, and empty exactly when that LP is infeasible.
   */
  private Optional<TermCertificate> singleWeight(Polynomial t, List<Polynomial> stated, int j) {
    List<BigFraction> lambdas = new ArrayList<>(Collections.nCopies(stated.size(),
        BigFraction.ZERO));
    lambdas.set(j, BigFraction.ONE);
    TermCertificate cert = new TermCertificate(t, List.copyOf(lambdas), List.of());
    return cert.residual(stated, assumptions).isNonNegativeCoefficientwise() ? Optional.of(cert)
        : Optional.empty();
  }

  /**
   * The LP of DESIGN.md section 4: unknowns are the convex weights (or a fixed single weight) and
   * one multiplier per (assumption, cofactor monomial); one row per shifted monomial requiring a
   * non-negative residual coefficient.
   */
  Optional<TermCertificate> solveByLp(Polynomial t, List<Polynomial> stated,
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
   * The smallest admissible integer point (by sum of the search variables' values, then by search
   * order) where computed exceeds stated, over the recorded search of
   * {@link CounterexampleSearch}. The point is complete: every variable of the witness (every
   * declared parameter and constant, every assumption's variable) and every assumption holds.
   */
  Optional<SortedMap<String, BigInteger>> counterexample(DepthTerm computed, DepthTerm stated,
      List<String> names) {
    Map<String, BigInteger> base = witness();
    SortedMap<String, BigInteger> best = null;
    BigInteger bestSum = null;
    for (long[] values : CounterexampleSearch.candidates(names, base)) {
      SortedMap<String, BigInteger> point = CounterexampleSearch.complete(names, values, base);
      BigInteger sum = BigInteger.ZERO;
      for (long v : values) {
        sum = sum.add(BigInteger.valueOf(v));
      }
      if (bestSum != null && sum.compareTo(bestSum) >= 0) {
        continue;
      }
      if (!Feasibility.admissible(assumptions, point)) {
        continue;
      }
      if (computed.evaluate(point).compareTo(stated.evaluate(point)) > 0) {
        best = point;
        bestSum = sum;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * The search variables: those of the claim, closed under assumptions sharing a variable, to a
   * fixpoint (an assumption chain a <= b, b <= c links them all). Every other variable keeps its
   * witness value, which satisfies every assumption it occurs in.
   */
  List<String> searchVariables(DepthTerm computed, DepthTerm stated) {
    Set<String> vars = new TreeSet<>(Symbols.VARIABLE_ORDER);
    vars.addAll(computed.variables());
    vars.addAll(stated.variables());
    boolean grew = true;
    while (grew) {
      grew = false;
      for (Assumption a : assumptions) {
        Set<String> av = a.gap().variables();
        Set<String> both = new TreeSet<>(av);
        both.addAll(a.lhs().variables());
        both.addAll(a.rhs().variables());
        if (!Collections.disjoint(vars, both) && vars.addAll(both)) {
          grew = true;
        }
      }
    }
    return List.copyOf(vars);
  }

  /** The domain witness, found once when none was given (never contradicting an assumption). */
  private Map<String, BigInteger> witness() {
    if (witness == null) {
      Feasibility.Result r = Feasibility.check(assumptions, Set.of());
      if (r.feasible()) {
        witness = r.witness().get();
      } else {
        // No admissible point known: every candidate then fails admissibility, so no
        // counterexample is ever claimed (the spec reader refuses such sets before this).
        SortedMap<String, BigInteger> ones = new TreeMap<>(Symbols.VARIABLE_ORDER);
        assumptions.forEach(a -> {
          a.lhs().variables().forEach(v -> ones.put(v, BigInteger.ONE));
          a.rhs().variables().forEach(v -> ones.put(v, BigInteger.ONE));
        });
        witness = ones;
      }
    }
    return witness;
  }

  /**
   * A checked condition under which the statement would hold, or empty when it can never hold
   * (proved by certifying {@code stated + 1/1000 <= t} for some uncertified term) or when no
   * condition could be checked. With a single stated term s each uncertified term t gives
   * {@code neg(s - t) <= pos(s - t)}, exactly {@code t <= s}: necessary and sufficient. With a
   * max on the stated side, {@code t <= s_j} for one stated term is sufficient only.
   */
  private Optional<HoldsIf> holdsIf(DepthTerm computed, List<TermCertificate> certified,
      List<Polynomial> uncertified, DepthTerm stated) {
    List<Assumption> conditions = new ArrayList<>();
    List<TermCertificate> certs = new ArrayList<>();
    for (Polynomial t : uncertified) {
      Polynomial s;
      if (stated.isSingle()) {
        s = stated.terms().get(0);
        Polynomial margin = s.plus(Polynomial.constant(BigFraction.of(1, 1000)));
        if (isCertifiedBelow(margin, t)) {
          return Optional.empty();
        }
      } else {
        s = largestAtTwo(stated.terms());
      }
      Polynomial diff = s.minus(t);
      Polynomial pos = diff.positivePart();
      Polynomial neg = diff.negate().positivePart();
      // Its own certificate, no LP needed: weight 1 on s and the condition (gap s - t) once,
      // so the residual s - (s - t) - t is 0.
      List<BigFraction> lambdas = new ArrayList<>(Collections.nCopies(stated.terms().size(),
          BigFraction.ZERO));
      lambdas.set(stated.terms().indexOf(s), BigFraction.ONE);
      certs.add(new TermCertificate(t, List.copyOf(lambdas), List.of(new Multiplier(
          assumptions.size() + conditions.size(), Monomial.ONE, BigFraction.ONE))));
      conditions.add(new Assumption(neg, pos, neg.ascii() + " <= " + pos.ascii()));
    }
    // Terms certified without conditions keep their certificates (assumption indices unchanged).
    certs.addAll(certified);
    List<Assumption> augmented = new ArrayList<>(assumptions);
    augmented.addAll(conditions);
    for (TermCertificate c : certs) {
      if (!c.residual(stated.terms(), augmented).isNonNegativeCoefficientwise()) {
        throw new IllegalStateException("invalid condition certificate for " + c.computedTerm());
      }
    }
    // in the order of the computed terms, as the claim's certificates are
    List<TermCertificate> ordered = new ArrayList<>();
    for (Polynomial t : computed.terms()) {
      certs.stream().filter(c -> c.computedTerm().equals(t)).findFirst().ifPresent(ordered::add);
    }
    return Optional.of(new HoldsIf(List.copyOf(conditions), stated.isSingle(),
        List.copyOf(ordered)));
  }

  /** The stated term with the largest value where every variable is 2 (first on ties). */
  private static Polynomial largestAtTwo(List<Polynomial> terms) {
    Polynomial best = terms.get(0);
    BigFraction bestValue = null;
    for (Polynomial p : terms) {
      Map<String, BigInteger> two = new TreeMap<>();
      p.variables().forEach(v -> two.put(v, BigInteger.TWO));
      BigFraction v = p.evaluate(two);
      if (bestValue == null || v.compareTo(bestValue) > 0) {
        best = p;
        bestValue = v;
      }
    }
    return best;
  }

  private boolean isCertifiedBelow(Polynomial small, Polynomial big) {
    return solve(small, List.of(big), Optional.of(0)).isPresent();
  }
}
