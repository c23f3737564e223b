package org.depthcert.fold;

import java.util.List;
import java.util.Map;
import org.depthcert.algebra.DepthTerm;
import org.depthcert.algebra.Polynomial;
import org.depthcert.spec.BlockSpec;
import org.depthcert.spec.Shape;

/**
 * A folded block: its depth (the longest path from any input to the output), one critical path
 * per maximal term, its nodes in declared order, and its size by gadget kind.
 */
public record BlockResult(BlockSpec spec, List<NodeResult> nodes, DepthTerm depth,
    Shape outputShape, List<CriticalPath> criticalPaths, Map<String, Polynomial> size) {
  public String name() {
    return spec.name();
  }

  public NodeResult node(String name) {
    for (NodeResult n : nodes) {
      if (n.name().equals(name)) {
        return n;
      }
    }
    throw new IllegalArgumentException("no node " + name);
  }
}
