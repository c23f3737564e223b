package org.depthcert.graph;

import java.util.Optional;
import org.depthcert.fold.NodeResult;

/** A block input ({@code node} empty) or a folded node, named {@code block.name}. */
public record GraphVertex(String block, String name, Optional<NodeResult> node,
    boolean critical) {
  public String id() {
    return block + "." + name;
  }
}
