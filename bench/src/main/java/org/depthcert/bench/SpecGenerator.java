package org.depthcert.bench;

/**
 * Generated benchmark specs (issue #13): checked in as code so every size can be rebuilt exactly.
 * All nodes are element-wise float ops on {@code [n, d]} matrices of one block, so the fold's work
 * is the depth algebra and the reading, not shape bookkeeping.
 *
 * <ul>
 *   <li>{@code chain}: a path through add/mul/exp/sub/div, each node also reading the input or
 *       the node seven back: one max term per node, the common case.
 *   <li>{@code wide}: a head of seven diamonds (exp beside add, then add) makes eight
 *       incomparable terms {@code k*d_exp + (14-k)*d_std}; the chain after it carries all eight
 *       at every node and merges them with the node seven back.
 *   <li>{@code growing}: diamonds all the way: after s diamonds a node has s+1 incomparable terms,
 *       so the max terms grow with depth.
 * </ul>
 */
public final class SpecGenerator {
  private static final String[] CHAIN_OPS = {"add", "mul", "exp", "sub", "div"};
  private static final String[] BINARY_OPS = {"add", "mul", "sub", "div"};
  private static final int WIDE_HEAD_DIAMONDS = 7;

  private SpecGenerator() {}

  /** The spec of one shape ("chain", "wide", "growing") with about {@code nodes} nodes. */
  public static String generate(String shape, int nodes) {
    switch (shape) {
      case "chain":
        return chain(nodes);
      case "wide":
        return wide(nodes);
      case "growing":
        return growing(nodes);
      default:
        throw new IllegalArgumentException("unknown shape " + shape
            + " (chain, wide, growing)");
    }
  }

  static String chain(int nodes) {
    StringBuilder sb = header("generated chain of " + nodes + " float ops");
    sb.append("      N0: {op: add, in: [X, X]}\n");
    for (int i = 1; i < nodes; i++) {
      String op = CHAIN_OPS[i % CHAIN_OPS.length];
      if (op.equals("exp")) {
        node(sb, "N" + i, op, "N" + (i - 1));
      } else {
        node(sb, "N" + i, op, "N" + (i - 1), (i % 3 != 0) ? "X" : "N" + Math.max(0, i - 7));
      }
    }
    return footer(sb, "N" + (nodes - 1));
  }

  static String wide(int nodes) {
    StringBuilder sb = header("generated wide DAG of " + nodes + " float ops, 8 max terms");
    sb.append("      N0: {op: add, in: [X, X]}\n");
    int last = diamonds(sb, 0, WIDE_HEAD_DIAMONDS);
    for (int i = last + 1; i < nodes; i++) {
      String op = BINARY_OPS[i % BINARY_OPS.length];
      node(sb, "N" + i, op, "N" + (i - 1), (i % 2 == 0) ? "X" : "N" + (i - 7));
    }
    return footer(sb, "N" + Math.max(last, nodes - 1));
  }

  static String growing(int nodes) {
    StringBuilder sb = header("generated DAG of " + nodes + " float ops, growing max terms");
    sb.append("      N0: {op: add, in: [X, X]}\n");
    int last = diamonds(sb, 0, Math.max(1, (nodes - 1) / 3));
    return footer(sb, "N" + last);
  }

  /**
   * Appends {@code count} diamonds after node {@code from}: {@code A = exp(prev)},
   * {@code B = add(prev, X)}, {@code N = add(A, B)}; returns the index of the last N node.
   */
  private static int diamonds(StringBuilder sb, int from, int count) {
    int prev = from;
    for (int s = 0; s < count; s++) {
      int a = prev + 1;
      int b = prev + 2;
      int n = prev + 3;
      node(sb, "N" + a, "exp", "N" + prev);
      node(sb, "N" + b, "add", "N" + prev, "X");
      node(sb, "N" + n, "add", "N" + a, "N" + b);
      prev = n;
    }
    return prev;
  }

  private static void node(StringBuilder sb, String name, String op, String... in) {
    sb.append("      ").append(name).append(": {op: ").append(op).append(", in: [")
        .append(String.join(", ", in)).append("]}\n");
  }

  private static StringBuilder header(String title) {
    StringBuilder sb = new StringBuilder();
    sb.append("title: ").append(title).append('\n');
    sb.append("parameters:\n");
    sb.append("  n: {meaning: sequence length}\n");
    sb.append("  d: {meaning: hidden dimension, assume: \"d <= n\"}\n");
    sb.append("  p: {meaning: precision, assume: \"p <= poly(n)\"}\n");
    sb.append("blocks:\n  b:\n    inputs: {X: [n, d]}\n    nodes:\n");
    return sb;
  }

  private static String footer(StringBuilder sb, String output) {
    return sb.append("    output: ").append(output).append('\n').toString();
  }
}
