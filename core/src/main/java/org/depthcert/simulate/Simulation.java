package org.depthcert.simulate;

import java.math.BigInteger;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.depthcert.algebra.DepthTerm;

/**
 * The outcome of one simulation: the point, both depths and both gadget counts, and the first
 * difference if any. {@code explicitDepth} is empty when a shape difference stopped the build.
 *
 * @param parameters every parameter given a value, in the spec's order
 * @param gadgets gadget nodes built
 * @param nodes all nodes built (gadgets, and the zero-depth start and input nodes)
 * @param bytes bytes of the circuit's arrays at their peak capacity
 */
public record Simulation(Map<String, BigInteger> parameters, Map<String, BigInteger> profile,
    long seed, DepthTerm symbolicDepth, BigInteger symbolicDepthValue, OptionalLong explicitDepth,
    Map<String, BigInteger> symbolicGadgets, Map<String, BigInteger> explicitGadgets,
    long gadgets, long nodes, long edges, long bytes, double seconds,
    Optional<Difference> firstDifference) {
  /** True only when both depths and every count are equal. */
  public boolean agree() {
    return firstDifference.isEmpty() && explicitDepth.isPresent()
        && BigInteger.valueOf(explicitDepth.getAsLong()).equals(symbolicDepthValue)
        && symbolicGadgets.equals(explicitGadgets);
  }
}
