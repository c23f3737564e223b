package org.depthcert.algebra;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The fixed, deterministic counterexample search of the decider, written down so that a
 * certificate can record it and the verifier can re-run it (issue #9 class 5): over the search
 * variables (in {@link Symbols#VARIABLE_ORDER}), every point of {@code GRID^k} when there are at
 * most {@code MAX_GRID_POINTS} of them, then, from each base point (all ones, then the domain
 * witness restricted to the search variables), each single variable and each pair of variables
 * set to every probe value. Each candidate is completed with the domain witness on every other
 * variable; a candidate counts only when every assumption holds at the completed point.
 */
public final class CounterexampleSearch {
  public static final List<Long> GRID = List.of(1L, 2L, 3L);
  public static final List<Long> PROBES = List.of(2L, 3L, 5L, 10L, 100L);
  public static final int MAX_GRID_POINTS = 20_000;

  private CounterexampleSearch() {}

  /** The candidate values of the search variables, in search order, without repeats. */
  public static List<long[]> candidates(List<String> variables, Map<String, BigInteger> witness) {
    int k = variables.size();
    Set<List<Long>> seen = new LinkedHashSet<>();
    List<long[]> points = new ArrayList<>();
    long gridSize = 1;
    for (int i = 0; i < k && gridSize <= MAX_GRID_POINTS; i++) {
      gridSize *= GRID.size();
    }
    if (gridSize <= MAX_GRID_POINTS) {
      for (long code = 0; code < gridSize; code++) {
        long[] p = new long[k];
        long c = code;
        for (int i = 0; i < k; i++) {
          p[i] = GRID.get((int) (c % GRID.size()));
          c /= GRID.size();
        }
        add(points, seen, p);
      }
    }
    long[] ones = new long[k];
    Arrays.fill(ones, 1);
    long[] fromWitness = new long[k];
    for (int i = 0; i < k; i++) {
      BigInteger w = witness.getOrDefault(variables.get(i), BigInteger.ONE);
      // a witness value too large for a long is not a useful probe base: use 1 there
      fromWitness[i] = w.bitLength() < 63 ? w.longValueExact() : 1;
    }
    for (long[] base : List.of(ones, fromWitness)) {
      add(points, seen, base.clone());
      for (int i = 0; i < k; i++) {
        for (long v : PROBES) {
          long[] p = base.clone();
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
    }
    return points;
  }

  /** The candidate completed to a full point: the witness everywhere else. */
  public static SortedMap<String, BigInteger> complete(List<String> variables, long[] values,
      Map<String, BigInteger> witness) {
    SortedMap<String, BigInteger> point = new TreeMap<>(Symbols.VARIABLE_ORDER);
    point.putAll(witness);
    for (int i = 0; i < variables.size(); i++) {
      point.put(variables.get(i), BigInteger.valueOf(values[i]));
    }
    return point;
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
}
