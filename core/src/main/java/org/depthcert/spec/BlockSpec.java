package org.depthcert.spec;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import org.depthcert.algebra.DepthTerm;

/**
 * A block: a sub-DAG with named inputs and one output, or an opaque block of a declared depth
 * (the g_i of Definition 3.31).
 */
public record BlockSpec(String name, String title, LinkedHashMap<String, Shape> inputs,
    List<NodeSpec> nodes, String output, Optional<DepthTerm> opaqueDepth, String path) {
  public boolean isOpaque() {
    return opaqueDepth.isPresent();
  }
}
