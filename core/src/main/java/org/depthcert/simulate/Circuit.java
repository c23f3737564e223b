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
  private static final long REPORT_EVERY = 1 << 20;
  private java.util.function.LongConsumer progress = g -> { };
  private long nextReport = REPORT_EVERY;

  Circuit(int nodeCapacity, int edgeCapacity) {
    int n = Math.max(16, nodeCapacity);
    kind = new byte[n];
    arrival = new int[n];
    edgeStart = new int[n + 1];
    edges = new int[Math.max(16, edgeCapacity)];
  }

  /**
   * Makes room for that many more nodes and edges, so that the batch of {@link #product} and
   * {@link #reduce} calls that follows needs no capacity checks; reports progress.
   */
  void reserve(long moreNodes, long moreEdges) {
    long needNodes = nodes + moreNodes + 1;
    if (needNodes >= kind.length) {
      int n = grow(kind.length, needNodes);
      kind = Arrays.copyOf(kind, n);
      arrival = Arrays.copyOf(arrival, n);
      edgeStart = Arrays.copyOf(edgeStart, n + 1);
    }
    long needEdges = edgeCount + moreEdges;
    if (needEdges > edges.length) {
      edges = Arrays.copyOf(edges, grow(edges.length, needEdges));
    }
    if (gadgets >= nextReport) {
      progress.accept(gadgets);
      nextReport = gadgets + REPORT_EVERY;
    }
  }

  /** A gadget on two entries, after {@link #reserve}: a product A_il * B_lj, say. */
  int product(byte nodeKind, int depth, int x, int y) {
    int e = edgeCount;
    int max = 0;
    if (x != CONSTANT) {
      edges[e++] = x;
      max = arrival[x];
    }
    if (y != CONSTANT) {
      edges[e++] = y;
      int a = arrival[y];
      if (a > max) {
        max = a;
      }
    }
    edgeCount = e;
    return close(nodeKind, max, depth, 1);
  }

  /**
   * A gadget on {@code length} entries {@code ids[from + i * stride]}, after {@link #reserve}:
   * an iterated sum of its real arity, say.
   */
  int reduce(byte nodeKind, int depth, long weight, int[] ids, int from, int length,
      int stride) {
    int e = edgeCount;
    int max = 0;
    for (int i = 0, at = from; i < length; i++, at += stride) {
      int x = ids[at];
      if (x != CONSTANT) {
        edges[e++] = x;
        int a = arrival[x];
        if (a > max) {
          max = a;
        }
      }
    }
    edgeCount = e;
    return close(nodeKind, max, depth, weight);
  }

  private int close(byte nodeKind, int latest, int depth, long weight) {
    int id = nodes++;
    int a = Math.addExact(latest, depth);
    kind[id] = nodeKind;
    arrival[id] = a;
    edgeStart[nodes] = edgeCount;
    if (a > deepest) {
      deepest = a;
    }
    gadgets++;
    counts[nodeKind] += weight;
    return id;
  }

  /** Makes room for counts of kinds up to {@code k}. */
  void kind(byte k) {
    if (k >= counts.length) {
      counts = Arrays.copyOf(counts, Math.max(k + 1, 2 * counts.length));
    }
  }

  void begin() {
    if (nodes + 1 >= kind.length) {
      int n = grow(kind.length, nodes + 2L);
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
      edges = Arrays.copyOf(edges, grow(edges.length, edgeCount + 1L));
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
      gadgets++;
      kind(nodeKind);
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

  /** Told the gadget count about every 2^20 gadgets. */
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

  /** A new capacity of at least {@code need}, half again the old one where that is more. */
  private static int grow(int n, long need) {
    long next = Math.max(need, Math.max(16, n + (long) n / 2));
    if (need > Integer.MAX_VALUE - 16) {
      throw new SimulationError("the circuit has more than 2^31 nodes or edges; use smaller "
          + "sizes");
    }
    return (int) Math.min(next, Integer.MAX_VALUE - 16);
  }
}
