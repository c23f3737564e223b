package org.depthcert.audit;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.depthcert.fold.BlockResult;
import org.depthcert.spec.NodeSpec;

/** Dependencies among the nodes of one block. */
final class BlockNodes {
  private BlockNodes() {}

  /** The node and every node or input it depends on inside the block. */
  static Set<String> ancestors(BlockResult b, String node) {
    Set<String> seen = new TreeSet<>();
    Deque<String> todo = new ArrayDeque<>(List.of(node));
    while (!todo.isEmpty()) {
      String x = todo.pop();
      if (!seen.add(x)) {
        continue;
      }
      for (NodeSpec n : b.spec().nodes()) {
        if (n.name().equals(x)) {
          todo.addAll(n.inputs());
        }
      }
    }
    return seen;
  }
}
