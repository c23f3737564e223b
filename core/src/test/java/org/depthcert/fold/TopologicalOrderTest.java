package org.depthcert.fold;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.depthcert.spec.BlockSpec;
import org.depthcert.spec.NodeSpec;
import org.jgrapht.Graph;
import org.jgrapht.alg.cycle.CycleDetector;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.traverse.TopologicalOrderIterator;
import org.junit.jupiter.api.Test;

/**
 * The array-based fold order against the JGraphT order it replaces, on random blocks whose nodes
 * are declared out of topological order, read the same input twice, and (one time in five) close
 * a cycle: the same vertex sequence, and empty exactly when JGraphT finds a cycle.
 */
class TopologicalOrderTest {
  private static final ErrorSink NO_ERRORS = (path, message) -> {
    throw new AssertionError(path + ": " + message);
  };

  /** The graph BlockFolder built before: inputs, then nodes, one edge per (input, node) pair. */
  private static Graph<String, DefaultEdge> jgrapht(BlockSpec block) {
    Graph<String, DefaultEdge> g = new DefaultDirectedGraph<>(DefaultEdge.class);
    block.inputs().keySet().forEach(g::addVertex);
    block.nodes().forEach(n -> g.addVertex(n.name()));
    for (NodeSpec n : block.nodes()) {
      n.inputs().forEach(in -> g.addEdge(in, n.name()));
    }
    return g;
  }

  private static String randomBlock(Random r) {
    int count = 1 + r.nextInt(25);
    List<Integer> rank = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      rank.add(i);
    }
    Collections.shuffle(rank, r); // node i is the rank.get(i)-th in dependency order
    boolean cyclic = r.nextInt(5) == 0;
    StringBuilder sb = new StringBuilder(TinyCatalog.header());
    sb.append("blocks:\n  b:\n    inputs: {X: [n, d], W: [n, d]}\n    nodes:\n");
    for (int i = 0; i < count; i++) {
      List<String> in = new ArrayList<>();
      for (int k = 0; k < 1 + r.nextInt(3); k++) {
        int j = r.nextInt(count);
        if (rank.get(j) < rank.get(i) || cyclic && r.nextInt(4) == 0) {
          in.add("N" + j);
        } else {
          in.add(r.nextBoolean() ? "X" : "W");
        }
      }
      sb.append("      N").append(i).append(": {op: add, in: [").append(String.join(", ", in))
          .append("]}\n");
    }
    return sb.append("    output: N0\n").toString();
  }

  @Test
  void sameOrderAsJgraphtAndEmptyExactlyOnACycle() {
    Random r = new Random(1316);
    int cycles = 0;
    for (int c = 0; c < 400; c++) {
      BlockSpec block = TinyCatalog.spec(randomBlock(r)).blocks().get("b");
      Graph<String, DefaultEdge> g = jgrapht(block);
      Optional<List<String>> order = TopologicalOrder.of(block, NO_ERRORS);
      if (new CycleDetector<>(g).detectCycles()) {
        cycles++;
        assertThat(order).isEmpty();
        continue;
      }
      List<String> expected = new ArrayList<>();
      new TopologicalOrderIterator<>(g).forEachRemaining(expected::add);
      assertThat(order).contains(expected);
    }
    assertThat(cycles).isGreaterThan(10); // the cyclic case was exercised
  }
}
