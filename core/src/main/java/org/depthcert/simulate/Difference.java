package org.depthcert.simulate;

import java.math.BigInteger;
import java.util.Map;

/**
 * The first node, in topological order of the unrolled model, where the explicit circuit and
 * the fold disagree: what differs ({@code arrival}, {@code gadgets}, {@code shape}, or
 * {@code depth} when the circuit's longest path ends at a node deeper than the model's symbolic
 * depth) and both sides.
 *
 * @param instance 1-based position of the block instance in the unrolled model
 */
public record Difference(String what, String block, int instance, String node, String op,
    String rule, Side explicit, Side symbolic) {
  /** One side: the node's arrival depth, its gadgets by kind, and its shape. */
  public record Side(long arrival, Map<String, BigInteger> gadgets, String shape) {}
}
