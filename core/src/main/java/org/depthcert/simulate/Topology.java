package org.depthcert.simulate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.depthcert.spec.BlockSpec;
import org.depthcert.spec.NodeSpec;

/** A block's nodes in a topological order: declared order, each node after its inputs. */
final class Topology {
  private Topology() {}

  static List<NodeSpec> order(BlockSpec block) {
    Set<String> done = new HashSet<>(block.inputs().keySet());
    List<NodeSpec> left = new ArrayList<>(block.nodes());
    List<NodeSpec> order = new ArrayList<>();
    while (!left.isEmpty()) {
      NodeSpec next = null;
      for (NodeSpec n : left) {
        if (done.containsAll(n.inputs())) {
          next = n;
          break;
        }
      }
      if (next == null) {
        throw new SimulationError("block " + block.name() + " has a cycle");
      }
      left.remove(next);
      done.add(next.name());
      order.add(next);
    }
    return order;
  }
}
