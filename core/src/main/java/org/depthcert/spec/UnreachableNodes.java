package org.depthcert.spec;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Nodes that do not reach their block's output. A block's depth is its longest path to the
 * output, so such a node counts nowhere: usually a typo in an {@code in:} list or a forgotten
 * {@code output:}. Not an error (the spec still means something), but a warning that names the
 * node, in the one-line {@code file:line: path: warning: message} form.
 */
public final class UnreachableNodes {
  private UnreachableNodes() {}

  /**
   * One warning per node that does not reach its block's output, in declared order; constants
   * that nothing reads (a {@code const} node without inputs: no gates, no depth, as an ONNX
   * import writes for every shape computation) are summed up in one line per block instead.
   */
  public static List<String> warnings(Spec spec) {
    List<String> out = new ArrayList<>();
    for (BlockSpec b : spec.blocks().values()) {
      if (b.isOpaque()) {
        continue;
      }
      Set<String> reaching = reaching(b);
      List<NodeSpec> unusedConstants = new ArrayList<>();
      for (NodeSpec n : b.nodes()) {
        if (!reaching.contains(n.name()) && n.op().equals("const") && n.inputs().isEmpty()) {
          unusedConstants.add(n);
        } else if (!reaching.contains(n.name())) {
          SpecError located = spec.error(n.path(), "");
          out.add(located.oneLine() + "warning: node '" + n.name() + "' does not reach the "
              + "output '" + b.output() + "' of block '" + b.name() + "', so its depth counts "
              + "nowhere (remove it, or use it in an 'in:' list on the way to the output)");
        }
      }
      if (!unusedConstants.isEmpty()) {
        NodeSpec first = unusedConstants.get(0);
        out.add(spec.error(first.path(), "").oneLine() + "note: " + unusedConstants.size()
            + " constant node(s) of block '" + b.name() + "' feed nothing on the way to its "
            + "output (first '" + first.name() + "'); constants have no gates and no depth");
      }
    }
    return out;
  }

  /** The names of the nodes from which the output is reachable (the output included). */
  static Set<String> reaching(BlockSpec b) {
    Map<String, NodeSpec> byName = new HashMap<>();
    b.nodes().forEach(n -> byName.put(n.name(), n));
    Set<String> seen = new HashSet<>();
    Deque<String> todo = new ArrayDeque<>(List.of(b.output()));
    while (!todo.isEmpty()) {
      String name = todo.pop();
      NodeSpec n = byName.get(name);
      if (n != null && seen.add(name)) {
        todo.addAll(n.inputs());
      }
    }
    return seen;
  }
}
