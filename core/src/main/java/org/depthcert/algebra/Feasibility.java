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
 * Is there an admissible point at all? Every variable an integer {@code >= 1} and every
 * assumption true (issue #9 class 3). A contradictory set would make every claim hold
 * vacuously, so a spec is only checked once an explicit integer witness point is found; the
 * certificate records it and the verifier re-evaluates it.
 *
 * <p>Infeasibility is proved two ways, both exact: the linear relaxation (every monomial an
 * independent unknown {@code >= 1}) has no rational solution, or, when every assumption is
 * linear, a branch and bound over the exact LP exhausts the integers. The conflicting
 * assumptions are narrowed to a minimal subset by deleting one at a time.
 */
public final class Feasibility {
  /** Branch-and-bound nodes before giving up (then no proof either way: the spec is refused). */
  static final int MAX_BRANCH_NODES = 2_000;

  /** An integer witness point, or the indices of a conflicting subset of assumptions. */
  public record Result(Optional<SortedMap<String, BigInteger>> witness, List<Integer> conflict,
      boolean proved) {
    public boolean feasible() {
      return witness.isPresent();
    }
  }

  private Feasibility() {}

  /**
   * Finds an admissible integer point over {@code universe} (plus the assumptions' variables),
   * or proves that none exists and names a minimal conflicting subset ({@code proved}); when
   * neither succeeds, {@code conflict} is every assumption and {@code proved} is false.
   */
  public static Result check(List<Assumption> assumptions, Set<String> universe) {
    Set<String> vars = new TreeSet<>(Symbols.VARIABLE_ORDER);
    vars.addAll(universe);
    for (Assumption a : assumptions) {
      vars.addAll(a.gap().variables());
    }
    List<String> names = new ArrayList<>(vars);
    Optional<SortedMap<String, BigInteger>> w = witness(assumptions, names);
    if (w.isPresent()) {
      return new Result(w, List.of(), true);
    }
    List<Integer> all = new ArrayList<>();
    for (int i = 0; i < assumptions.size(); i++) {
      all.add(i);
    }
    if (!provedInfeasible(assumptions, all)) {
      return new Result(Optional.empty(), all, false);
    }
    // Deletion filter: drop every assumption the contradiction does not need.
    List<Integer> needed = new ArrayList<>(all);
    for (int i : all) {
      List<Integer> without = new ArrayList<>(needed);
      without.remove(Integer.valueOf(i));
      if (provedInfeasible(assumptions, without)) {
        needed = without;
      }
    }
    return new Result(Optional.empty(), List.copyOf(needed), true);
  }

  private static Optional<SortedMap<String, BigInteger>> witness(List<Assumption> assumptions,
      List<String> names) {
    for (long[] values : CounterexampleSearch.candidates(names, Map.of())) {
      SortedMap<String, BigInteger> p = CounterexampleSearch.complete(names, values, Map.of());
      if (admissible(assumptions, p)) {
        return Optional.of(p);
      }
    }
    if (linear(assumptions)) {
      return branchAndBound(assumptions, names, new ArrayList<>(), new int[] {0}).map(p -> {
        SortedMap<String, BigInteger> full = new TreeMap<>(Symbols.VARIABLE_ORDER);
        names.forEach(v -> full.put(v, BigInteger.ONE));
        full.putAll(p);
        return full;
      });
    }
    return Optional.empty();
  }

  /** True when every assumption holds at the point (which assigns all their variables). */
  public static boolean admissible(List<Assumption> assumptions, Map<String, BigInteger> p) {
    for (Assumption a : assumptions) {
      if (a.gap().evaluate(p).signum() < 0) {
        return false;
      }
    }
    return true;
  }

  private static boolean linear(List<Assumption> assumptions) {
    return assumptions.stream().allMatch(a -> a.gap().degree() <= 1);
  }

  private static boolean provedInfeasible(List<Assumption> assumptions, List<Integer> subset) {
    List<Assumption> chosen = new ArrayList<>();
    subset.forEach(i -> chosen.add(assumptions.get(i)));
    if (relaxation(chosen, List.of()).isEmpty()) {
      return true;
    }
    if (!linear(chosen)) {
      return false;
    }
    Set<String> vars = new TreeSet<>(Symbols.VARIABLE_ORDER);
    chosen.forEach(a -> vars.addAll(a.gap().variables()));
    int[] budget = {0};
    Optional<Map<String, BigInteger>> p =
        branchAndBound(chosen, new ArrayList<>(vars), new ArrayList<>(), budget);
    return p.isEmpty() && budget[0] <= MAX_BRANCH_NODES;
  }

  /** A bound {@code x <= value} ({@code upper}) or {@code x >= value} on one variable. */
  private record Bound(String variable, BigInteger value, boolean upper) {}

  /**
   * The linear relaxation with extra bounds: one unknown {@code z_m = m - 1 >= 0} per
   * non-constant monomial; each assumption's gap becomes one row. Returns the monomials' values.
   */
  private static Optional<Map<Monomial, BigFraction>> relaxation(List<Assumption> assumptions,
      List<Bound> bounds) {
    Set<Monomial> monos = new TreeSet<>();
    for (Assumption a : assumptions) {
      a.gap().terms().keySet().stream().filter(m -> !m.isOne()).forEach(monos::add);
    }
    bounds.forEach(b -> monos.add(Monomial.of(b.variable())));
    List<Monomial> cols = new ArrayList<>(monos);
    List<ExactLp.Row> rows = new ArrayList<>();
    for (Assumption a : assumptions) {
      // gap = c0 + sum c_m m = (c0 + sum c_m) + sum c_m z_m >= 0
      BigFraction rhs = a.gap().coefficient(Monomial.ONE).negate();
      List<BigFraction> coeffs = new ArrayList<>();
      for (Monomial m : cols) {
        BigFraction c = a.gap().coefficient(m);
        coeffs.add(c);
        rhs = rhs.subtract(c);
      }
      rows.add(new ExactLp.Row(coeffs, false, rhs));
    }
    for (Bound b : bounds) {
      List<BigFraction> coeffs = new ArrayList<>(Collections.nCopies(cols.size(),
          BigFraction.ZERO));
      int at = cols.indexOf(Monomial.of(b.variable()));
      // z = x - 1: x <= v is -z >= 1 - v; x >= v is z >= v - 1
      BigFraction shifted = BigFraction.of(b.value().subtract(BigInteger.ONE));
      coeffs.set(at, b.upper() ? BigFraction.ONE.negate() : BigFraction.ONE);
      rows.add(new ExactLp.Row(coeffs, false, b.upper() ? shifted.negate() : shifted));
    }
    if (rows.isEmpty()) {
      return Optional.of(Map.of());
    }
    return ExactLp.feasiblePoint(cols.size(), rows).map(z -> {
      Map<Monomial, BigFraction> values = new TreeMap<>();
      for (int i = 0; i < cols.size(); i++) {
        values.put(cols.get(i), z.get(i).add(BigFraction.ONE));
      }
      return values;
    });
  }

  /** Depth-first branch and bound on the first fractional variable; linear assumptions only. */
  private static Optional<Map<String, BigInteger>> branchAndBound(List<Assumption> assumptions,
      List<String> names, List<Bound> bounds, int[] budget) {
    if (++budget[0] > MAX_BRANCH_NODES) {
      return Optional.empty();
    }
    Optional<Map<Monomial, BigFraction>> lp = relaxation(assumptions, bounds);
    if (lp.isEmpty()) {
      return Optional.empty();
    }
    Map<String, BigInteger> point = new TreeMap<>();
    for (String v : names) {
      BigFraction x = lp.get().getOrDefault(Monomial.of(v), BigFraction.ONE);
      BigInteger floor = x.getNumerator().divide(x.getDenominator());
      if (x.signum() >= 0 && !BigFraction.of(floor).equals(x)) {
        List<Bound> down = new ArrayList<>(bounds);
        down.add(new Bound(v, floor, true));
        Optional<Map<String, BigInteger>> r = branchAndBound(assumptions, names, down, budget);
        if (r.isPresent()) {
          return r;
        }
        List<Bound> up = new ArrayList<>(bounds);
        up.add(new Bound(v, floor.add(BigInteger.ONE), false));
        return branchAndBound(assumptions, names, up, budget);
      }
      point.put(v, floor);
    }
    return admissible(assumptions, point) ? Optional.of(point) : Optional.empty();
  }
}
