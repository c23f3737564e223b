package org.depthcert.bench;

import java.util.HashMap;
import java.util.Map;
import org.depthcert.spec.BlockSpec;
import org.depthcert.spec.NodeSpec;
import org.depthcert.spec.Spec;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedAcyclicGraph;
import org.jgrapht.traverse.TopologicalOrderIterator;

/**
 * The baseline the fold is measured against (issue #13 goal 1): the same DAG built in JGraphT
 * and its longest path computed numerically, every op weighing a machine integer (exp 3, other
 * ops 1). This is what the fold would cost if depths were numbers instead of exact max-plus
 * terms.
 */
public final class NumericLongestPath {
  private NumericLongestPath() {}

  /** The sum over blocks of each block's longest input-to-output path. */
  public static long of(Spec spec) {
    long total = 0;
    for (BlockSpec b : spec.blocks().values()) {
      if (!b.isOpaque()) {
        total += block(b);
      }
    }
    return total;
  }

  private static long block(BlockSpec b) {
    DirectedAcyclicGraph<String, DefaultEdge> g = new DirectedAcyclicGraph<>(DefaultEdge.class);
    Map<String, Long> weight = new HashMap<>();
    b.inputs().keySet().forEach(i -> {
      g.addVertex(i);
      weight.put(i, 0L);
    });
    for (NodeSpec n : b.nodes()) {
      g.addVertex(n.name());
      weight.put(n.name(), n.op().equals("exp") ? 3L : 1L);
      for (String in : n.inputs()) {
        g.addEdge(in, n.name());
      }
    }
    Map<String, Long> arrival = new HashMap<>();
    TopologicalOrderIterator<String, DefaultEdge> it = new TopologicalOrderIterator<>(g);
    while (it.hasNext()) {
      String v = it.next();
      long best = 0;
      for (DefaultEdge e : g.incomingEdgesOf(v)) {
        best = Math.max(best, arrival.get(g.getEdgeSource(e)));
      }
      arrival.put(v, best + weight.get(v));
    }
    return arrival.get(b.output());
  }
}
