package org.depthcert.fold;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.depthcert.spec.BlockSpec;
import org.depthcert.spec.NodeSpec;

/**
 * The order in which a block's nodes are folded, computed on int arrays (issue #13: building a
 * JGraphT graph, detecting cycles and iterating it cost more than the depth algebra on 10^5-node
 * blocks). It is the order JGraphT's {@code TopologicalOrderIterator} gives on the graph
 * {@link BlockFolder} used to build, step for step, so that the first error reported in a block
 * stays the same: vertices are the block inputs then the nodes, in declared order (a repeated name
 * keeps its first place); each node gets one edge from each distinct input, added in declared
 * order; the iterator is Kahn's algorithm with a FIFO queue, seeded with the vertices without
 * incoming edges in vertex order, and each dequeued vertex releases its successors in edge order.
 */
final class TopologicalOrder {
  private TopologicalOrder() {}

  /**
   * The vertices in topological order, or empty when the block has a cycle (the caller then
   * reports it as before). An unknown input is reported at once, at the same path and in the same
   * order as the graph construction did.
   */
  static Optional<List<String>> of(BlockSpec block, ErrorSink errors) {
    Map<String, Integer> index = new HashMap<>();
    List<String> names = new ArrayList<>();
    for (String in : block.inputs().keySet()) {
      add(in, index, names);
    }
    for (NodeSpec n : block.nodes()) {
      add(n.name(), index, names);
    }
    int size = names.size();
    int[] inDegree = new int[size];
    List<List<Integer>> sources = new ArrayList<>(size);
    List<int[]> edges = new ArrayList<>(); // {from, to} in insertion order
    for (int v = 0; v < size; v++) {
      sources.add(null);
    }
    for (NodeSpec n : block.nodes()) {
      int to = index.get(n.name());
      for (int i = 0; i < n.inputs().size(); i++) {
        String in = n.inputs().get(i);
        Integer from = index.get(in);
        if (from == null) {
          throw errors.at(n.path() + ".in[" + i + "]", "unknown input '" + in + "': not an input "
              + "of block '" + block.name() + "' nor one of its nodes");
        }
        List<Integer> into = sources.get(to);
        if (into == null) {
          into = new ArrayList<>(2);
          sources.set(to, into);
        }
        if (!into.contains(from)) { // one edge per pair, as in a simple directed graph
          into.add(from);
          edges.add(new int[] {from, to});
          inDegree[to]++;
        }
      }
    }
    // successors of each vertex in edge insertion order, as compact arrays
    int[] outCount = new int[size];
    for (int[] e : edges) {
      outCount[e[0]]++;
    }
    int[][] successors = new int[size][];
    for (int v = 0; v < size; v++) {
      successors[v] = new int[outCount[v]];
      outCount[v] = 0;
    }
    for (int[] e : edges) {
      successors[e[0]][outCount[e[0]]++] = e[1];
    }
    int[] queue = new int[size];
    int head = 0;
    int tail = 0;
    for (int v = 0; v < size; v++) {
      if (inDegree[v] == 0) {
        queue[tail++] = v;
      }
    }
    List<String> order = new ArrayList<>(size);
    while (head < tail) {
      int v = queue[head++];
      order.add(names.get(v));
      for (int w : successors[v]) {
        if (--inDegree[w] == 0) {
          queue[tail++] = w;
        }
      }
    }
    return order.size() == size ? Optional.of(order) : Optional.empty();
  }

  private static void add(String name, Map<String, Integer> index, List<String> names) {
    if (!index.containsKey(name)) {
      index.put(name, names.size());
      names.add(name);
    }
  }
}
