package org.depthcert.verifier.spec;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.depthcert.verifier.Poly;

/**
 * A block: either a DAG of nodes over named inputs (inputs in spec order, nodes in spec order,
 * one output node), or an opaque block of declared depth (a circuit the paper assumes given; it
 * has no inputs and no nodes).
 */
public record Block(String name, String title, boolean opaque, Map<String, Shape> inputs,
    List<Node> nodes, String output, Optional<Set<Poly>> opaqueDepth) {
  public Block {
    inputs = Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
    nodes = List.copyOf(nodes);
  }

  public Optional<Node> node(String name) {
    return nodes.stream().filter(n -> n.name().equals(name)).findFirst();
  }
}
