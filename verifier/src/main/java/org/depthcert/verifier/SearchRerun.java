package org.depthcert.verifier;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * Re-runs the counterexample search an UNDECIDED claim records (issue #9 class 5), written from
 * its description in docs/certificate-format.md, not from the engine's code: over the search
 * variables (in the recorded order), the full {1,2,3} grid when it has at most 20,000 points,
 * then from the all-ones point and from the domain witness, every single variable and every
 * pair set to each of 2, 3, 5, 10, 100; each candidate completed with the domain witness. The
 * parameters are fixed here: a certificate cannot shrink the search it is held to.
 */
final class SearchRerun {
  static final List<Long> GRID = List.of(1L, 2L, 3L);
  static final List<Long> PROBES = List.of(2L, 3L, 5L, 10L, 100L);
  static final long MAX_GRID_POINTS = 20_000;

  private SearchRerun() {}

  /** Checks the record: fixed parameters, variables covering the claim closed under assumptions. */
  static List<String> variables(At search, List<Poly> computed, List<Poly> stated,
      Domain domain) {
    expectLongs(search.field("grid"), GRID);
    expectLongs(search.field("probes"), PROBES);
    if (search.field("maxGridPoints").integer().longValue() != MAX_GRID_POINTS
        || search.field("maxGridPoints").integer().bitLength() > 62) {
      throw search.field("maxGridPoints").reject("the search uses " + MAX_GRID_POINTS);
    }
    List<String> vars = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (At v : search.field("variables").elements()) {
      if (!seen.add(v.text())) {
        throw v.reject("variable listed twice");
      }
      vars.add(v.text());
    }
    Set<String> needed = new TreeSet<>();
    computed.forEach(t -> needed.addAll(t.variables()));
    stated.forEach(t -> needed.addAll(t.variables()));
    boolean grew = true;
    while (grew) {
      grew = false;
      for (Domain.Assumption a : domain.assumptions()) {
        Set<String> av = new TreeSet<>(a.lhs().variables());
        av.addAll(a.rhs().variables());
        if (av.stream().anyMatch(needed::contains) && needed.addAll(av)) {
          grew = true;
        }
      }
    }
    if (!seen.containsAll(needed)) {
      Set<String> missing = new TreeSet<>(needed);
      missing.removeAll(seen);
      throw search.field("variables").reject("the search must cover " + missing
          + " (the claim's variables closed under the assumptions)");
    }
    return vars;
  }

  /** The first admissible candidate where computed exceeds stated, or null. */
  static Map<String, BigInteger> violation(List<String> vars, List<Poly> computed,
      List<Poly> stated, Domain domain, Map<String, BigInteger> witness) {
    int k = vars.size();
    long grid = 1;
    for (int i = 0; i < k && grid <= MAX_GRID_POINTS; i++) {
      grid *= GRID.size();
    }
    if (grid <= MAX_GRID_POINTS) {
      for (long code = 0; code < grid; code++) {
        long[] p = new long[k];
        long c = code;
        for (int i = 0; i < k; i++) {
          p[i] = GRID.get((int) (c % GRID.size()));
          c /= GRID.size();
        }
        Map<String, BigInteger> hit = test(vars, p, computed, stated, domain, witness);
        if (hit != null) {
          return hit;
        }
      }
    }
    long[] ones = new long[k];
    long[] fromWitness = new long[k];
    for (int i = 0; i < k; i++) {
      ones[i] = 1;
      BigInteger w = witness.getOrDefault(vars.get(i), BigInteger.ONE);
      fromWitness[i] = w.bitLength() < 63 ? w.longValue() : 1;
    }
    for (long[] base : List.of(ones, fromWitness)) {
      Map<String, BigInteger> hit = test(vars, base, computed, stated, domain, witness);
      if (hit != null) {
        return hit;
      }
      for (int i = 0; i < k; i++) {
        for (long v : PROBES) {
          long[] p = base.clone();
          p[i] = v;
          hit = test(vars, p, computed, stated, domain, witness);
          if (hit != null) {
            return hit;
          }
          for (int j = i + 1; j < k; j++) {
            for (long w : PROBES) {
              long[] q = p.clone();
              q[j] = w;
              hit = test(vars, q, computed, stated, domain, witness);
              if (hit != null) {
                return hit;
              }
            }
          }
        }
      }
    }
    return null;
  }

  private static Map<String, BigInteger> test(List<String> vars, long[] values,
      List<Poly> computed, List<Poly> stated, Domain domain, Map<String, BigInteger> witness) {
    Map<String, BigInteger> point = new TreeMap<>(witness);
    for (int i = 0; i < vars.size(); i++) {
      point.put(vars.get(i), BigInteger.valueOf(values[i]));
    }
    if (!domain.violated(point).isEmpty()) {
      return null;
    }
    return max(computed, point).compareTo(max(stated, point)) > 0 ? point : null;
  }

  static BigFraction max(List<Poly> terms, Map<String, BigInteger> point) {
    BigFraction best = terms.get(0).evaluate(point);
    for (Poly t : terms) {
      BigFraction v = t.evaluate(point);
      best = v.compareTo(best) > 0 ? v : best;
    }
    return best;
  }

  private static void expectLongs(At at, List<Long> expected) {
    List<At> all = at.elements();
    boolean same = all.size() == expected.size();
    for (int i = 0; same && i < all.size(); i++) {
      same = all.get(i).integer().equals(BigInteger.valueOf(expected.get(i)));
    }
    if (!same) {
      throw at.reject("the search uses " + expected);
    }
  }
}
