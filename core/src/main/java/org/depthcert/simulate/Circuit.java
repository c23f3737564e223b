package org.depthcert.simulate;

import java.util.Arrays;

/**
 * The explicit circuit in primitive arrays: per node its kind (a gadget kind index, or
 * {@link #WIRE} for a zero-depth node that is no gadget) and its arrival depth, and its input
 * edges in compressed sparse rows. Nodes are only ever added after their inputs, so creation
 * order is a topological order and each node's arrival (the longest path ending at it) is
 * computed once, when it is added: the max of its inputs' arrivals plus its own depth.
 *
 * <p>A node is added by {@link #begin}, one {@link #edge} per input, then {@link #end}.
 * The constant entry {@link #CONSTANT} (an off-diagonal zero, say) is no node: it arrives at 0.
 */
final class Circuit {
  static final int CONSTANT = -1;
  static final byte WIRE = -1;

  private byte[] kind;
  private int[] arrival;
  private int[] edgeStart;
  private int[] edges;
  private int nodes;
  private int edgeCount;
  private int openMax;
  private long gadgets;
  private long[] counts = new long[8];
  private int deepest;
  private java.util.function.LongConsumer progress = g -> { };

  Circuit(int nodeCapacity, int edgeCapacity) {
    int n = Math.max(16, nodeCapacity);
    kind = new byte[n];
    arrival = new int[n];
    edgeStart = new int[n + 1];
    edges = new int[Math.max(16, edgeCapacity)];
  }

  void begin() {
    if (nodes + 1 >= kind.length) {
      int n = grow(kind.length);
      kind = Arrays.copyOf(kind, n);
      arrival = Arrays.copyOf(arrival, n);
      edgeStart = Arrays.copyOf(edgeStart, n + 1);
    }
    edgeStart[nodes] = edgeCount;
    openMax = 0;
  }

  void edge(int from) {
    if (from == CONSTANT) {
      return;
    }
    if (edgeCount == edges.length) {
      edges = Arrays.copyOf(edges, grow(edges.length));
    }
    edges[edgeCount++] = from;
    int a = arrival[from];
    if (a > openMax) {
      openMax = a;
    }
  }

  /**
   * Closes the node begun last. {@code weight} is what it adds to its kind's count (1, or its
   * arity for an iterated sum that counts summands); ignored for a wire.
   */
  int end(byte nodeKind, int depth, long weight) {
    int id = nodes++;
    kind[id] = nodeKind;
    arrival[id] = Math.addExact(openMax, depth);
    edgeStart[nodes] = edgeCount;
    if (arrival[id] > deepest) {
      deepest = arrival[id];
    }
    if (nodeKind != WIRE) {
      if ((++gadgets & 0xFFFFF) == 0) {
        progress.accept(gadgets);
      }
      if (nodeKind >= counts.length) {
        counts = Arrays.copyOf(counts, Math.max(nodeKind + 1, 2 * counts.length));
      }
      counts[nodeKind] += weight;
    }
    return id;
  }

  int arrival(int id) {
    return id == CONSTANT ? 0 : arrival[id];
  }

  /** The latest arrival among some entries (0 for none, or only constants). */
  int latest(int[] ids, int from, int length) {
    int best = 0;
    for (int i = from; i < from + length; i++) {
      int id = ids[i];
      if (id != CONSTANT && arrival[id] > best) {
        best = arrival[id];
      }
    }
    return best;
  }

  /** The circuit's depth: the longest path, the latest arrival of any node. */
  int depth() {
    return deepest;
  }

  /** Told the gadget count every 2^20 gadgets. */
  void onProgress(java.util.function.LongConsumer listener) {
    this.progress = listener;
  }

  int nodes() {
    return nodes;
  }

  long edges() {
    return edgeCount;
  }

  long gadgets() {
    return gadgets;
  }

  long count(int kindIndex) {
    return kindIndex < counts.length ? counts[kindIndex] : 0;
  }

  byte kind(int id) {
    return kind[id];
  }

  /** The inputs of a node, for walking back a longest path. */
  int[] inputs(int id) {
    return Arrays.copyOfRange(edges, edgeStart[id], edgeStart[id + 1]);
  }

  /** Bytes held by the arrays (capacity, not use): what the circuit costs at its peak. */
  long bytes() {
    return (long) kind.length + 4L * arrival.length + 4L * edgeStart.length + 4L * edges.length;
  }

  private static int grow(int n) {
    long next = Math.max(16, n + (long) n / 2);
    if (next > Integer.MAX_VALUE - 16) {
      if (n >= Integer.MAX_VALUE - 16) {
        throw new IllegalStateException("the circuit has more than 2^31 nodes or edges");
      }
      next = Integer.MAX_VALUE - 16;
    }
    return (int) next;
  }
}
