package org.depthcert.fold;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.depthcert.algebra.Decider;
import org.depthcert.algebra.DepthTerm;
import org.depthcert.algebra.Polynomial;
import org.depthcert.rules.Catalog;
import org.depthcert.rules.Rule;
import org.depthcert.spec.BlockSpec;
import org.depthcert.spec.NodeSpec;
import org.depthcert.spec.Shape;
import org.jgrapht.Graph;
import org.jgrapht.alg.cycle.CycleDetector;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.traverse.TopologicalOrderIterator;

/**
 * Folds one block as a JGraphT DAG into exact arrival depths: a max-plus longest path, where a
 * node's arrival is the max of its inputs' arrivals plus the depth of its own circuit (the rule's
 * local term). Block inputs arrive at depth 0, so the block's depth is its longest input-to-output
 * path.
 */
final class BlockFolder {
  private final Catalog catalog;
  private final RuleProofs proofs;
  private final Optional<SideConditions> sideConditions;
  private final Decider views;
  private final ErrorSink errors;
  private final Map<String, Polynomial> relations;

  BlockFolder(Catalog catalog, RuleProofs proofs, Optional<SideConditions> sideConditions,
      Decider views, ErrorSink errors) {
    this(catalog, proofs, sideConditions, views, errors, Map.of());
  }

  /** With the spec's relations ({@code d = h*e}) that reshapes are checked under. */
  BlockFolder(Catalog catalog, RuleProofs proofs, Optional<SideConditions> sideConditions,
      Decider views, ErrorSink errors, Map<String, Polynomial> relations) {
    this.relations = Map.copyOf(relations);
    this.catalog = catalog;
    this.proofs = proofs;
    this.sideConditions = sideConditions;
    this.views = views;
    this.errors = errors;
  }

  BlockResult fold(BlockSpec block) {
    Graph<String, DefaultEdge> graph = buildGraph(block);
    Map<String, NodeSpec> specs = new LinkedHashMap<>();
    block.nodes().forEach(n -> specs.put(n.name(), n));
    Map<String, NodeResult> results = new HashMap<>();
    TopologicalOrderIterator<String, DefaultEdge> order = new TopologicalOrderIterator<>(graph);
    while (order.hasNext()) {
      String v = order.next();
      NodeSpec spec = specs.get(v);
      if (spec != null) {
        results.put(v, foldNode(block, spec, results));
      }
    }
    List<NodeResult> inOrder = new ArrayList<>();
    Map<String, Polynomial> size = Map.of();
    for (NodeSpec n : block.nodes()) {
      NodeResult r = results.get(n.name());
      inOrder.add(r);
      size = Sizes.plus(size, r.size());
    }
    NodeResult out = results.get(block.output());
    List<CriticalPath> paths = new ArrayList<>();
    for (Polynomial term : out.arrival().terms()) {
      paths.add(new CriticalPath(term, backtrack(out.name(), term, results)));
    }
    return new BlockResult(block, List.copyOf(inOrder), out.arrival(), out.shape(),
        List.copyOf(paths), size);
  }

  private Graph<String, DefaultEdge> buildGraph(BlockSpec block) {
    Graph<String, DefaultEdge> g = new DefaultDirectedGraph<>(DefaultEdge.class);
    block.inputs().keySet().forEach(g::addVertex);
    block.nodes().forEach(n -> g.addVertex(n.name()));
    for (NodeSpec n : block.nodes()) {
      for (int i = 0; i < n.inputs().size(); i++) {
        String in = n.inputs().get(i);
        if (!g.containsVertex(in)) {
          throw errors.at(n.path() + ".in[" + i + "]", "unknown input '" + in + "': not an input "
              + "of block '" + block.name() + "' nor one of its nodes");
        }
        g.addEdge(in, n.name());
      }
    }
    CycleDetector<String, DefaultEdge> cycles = new CycleDetector<>(g);
    if (cycles.detectCycles()) {
      List<String> cycle = oneCycle(g, cycles.findCycles(), block);
      String first = cycle.get(0);
      NodeSpec at = block.nodes().stream().filter(n -> n.name().equals(first)).findFirst()
          .orElseThrow();
      throw errors.at(at.path(), "cycle: " + String.join(" -> ", cycle));
    }
    return g;
  }

  /** One cycle through the cyclic part of the graph, found deterministically in declared order. */
  private static List<String> oneCycle(Graph<String, DefaultEdge> g, Set<String> onCycles,
      BlockSpec block) {
    String start = block.nodes().stream().map(NodeSpec::name).filter(onCycles::contains)
        .findFirst().orElseThrow();
    List<String> walk = new ArrayList<>();
    String v = start;
    while (!walk.contains(v)) {
      walk.add(v);
      String next = null;
      for (NodeSpec n : block.nodes()) {
        if (onCycles.contains(n.name()) && n.inputs().contains(v)) {
          next = n.name();
          break;
        }
      }
      v = next;
    }
    List<String> cycle = new ArrayList<>(walk.subList(walk.indexOf(v), walk.size()));
    cycle.add(v);
    return cycle;
  }

  private NodeResult foldNode(BlockSpec block, NodeSpec n, Map<String, NodeResult> done) {
    Rule rule = catalog.forOp(n.op()).orElseThrow(() -> errors.at(n.path() + ".op",
        "unknown op '" + n.op() + "' (an unknown op is never counted as depth 0); known ops: "
            + String.join(", ", catalog.ops())));
    List<Shape> actual = new ArrayList<>();
    for (String in : n.inputs()) {
      actual.add(done.containsKey(in) ? done.get(in).shape() : block.inputs().get(in));
    }
    List<Shape> perInstance = n.each().orElse(actual);
    if (n.each().isPresent()) {
      checkViews(n, actual, perInstance);
    }
    String[] problem = new String[1];
    org.depthcert.rules.Signature.Kind kind = rule.signature().kind();
    Optional<Shape> declared = kind == org.depthcert.rules.Signature.Kind.ANY
        || kind == org.depthcert.rules.Signature.Kind.RESHAPE ? n.shape() : Optional.empty();
    ShapeMatch match = ShapeMatcher.match(rule, n.op(), n.inputs(), perInstance, declared,
        problem).orElseThrow(() -> errors.at(n.path(), "shape mismatch: " + problem[0]));
    if (kind == org.depthcert.rules.Signature.Kind.RESHAPE) {
      checkEntries(n, perInstance.get(0), match.output());
    }
    Polynomial count = n.count().orElse(Polynomial.ONE);
    Shape shape = match.output();
    if (n.count().isPresent()) {
      List<Polynomial> dims = new ArrayList<>(shape.dims());
      dims.set(0, count.times(dims.get(0)));
      shape = new Shape(dims);
    }
    if (n.shape().isPresent() && declared.isEmpty() && !n.shape().get().equals(shape)) {
      throw errors.at(n.path() + ".shape", "declared shape " + n.shape().get().ascii()
          + " but " + n.op() + " gives " + shape.ascii());
    }
    DepthTerm local = localDepth(rule, n);
    Map<String, Polynomial> size = Sizes.times(Sizes.substitute(ruleSize(rule),
        match.bindings()), count);
    DepthTerm arrival = local;
    if (!n.inputs().isEmpty()) {
      DepthTerm latest = null;
      for (String in : n.inputs()) {
        DepthTerm a = done.containsKey(in) ? done.get(in).arrival() : DepthTerm.ZERO;
        latest = latest == null ? a : latest.max(a);
      }
      arrival = latest.plus(local);
    }
    List<Attainment> attained = new ArrayList<>();
    for (Polynomial term : arrival.terms()) {
      attained.add(attainment(term, n, local, done));
    }
    List<SideCondition> sides = sideConditions.map(s -> s.check(rule.hypotheses(),
        match.bindings())).orElse(List.of());
    return new NodeResult(n, rule, match.bindings(), shape, local, arrival, List.copyOf(attained),
        size, sides);
  }

  /**
   * A reshape re-indexes wires, so it must keep every entry: the entry counts agree as
   * polynomials once each defined parameter is replaced by its definition ({@code d = h*e}).
   */
  private void checkEntries(NodeSpec n, Shape in, Shape out) {
    Polynomial a = expand(in.elements());
    Polynomial b = expand(out.elements());
    if (!a.equals(b)) {
      throw errors.at(n.path() + ".shape", "reshape must keep the number of entries: "
          + n.inputs().get(0) + " " + in.ascii() + " has " + a.ascii() + " but " + out.ascii()
          + " has " + b.ascii() + (relations.isEmpty() ? "" : " (with "
          + relationsText() + ")"));
    }
  }

  private Polynomial expand(Polynomial p) {
    Polynomial r = p;
    for (int round = 0; round <= relations.size(); round++) {
      for (Map.Entry<String, Polynomial> e : relations.entrySet()) {
        r = r.substitute(e.getKey(), e.getValue());
      }
    }
    return r;
  }

  private String relationsText() {
    List<String> parts = new ArrayList<>();
    relations.forEach((k, v) -> parts.add(k + " = " + v.ascii()));
    return String.join(", ", parts);
  }

  private void checkViews(NodeSpec n, List<Shape> actual, List<Shape> perInstance) {
    for (int i = 0; i < actual.size(); i++) {
      Polynomial view = perInstance.get(i).elements();
      Polynomial whole = actual.get(i).elements();
      if (views.decide(view, whole).verdict() == org.depthcert.algebra.Verdict.FAILS) {
        throw errors.at(n.path() + ".each[" + i + "]", "view " + perInstance.get(i).ascii()
            + " has more entries (" + view.ascii() + ") than input " + n.inputs().get(i) + " "
            + actual.get(i).ascii());
      }
    }
  }

  private DepthTerm localDepth(Rule rule, NodeSpec n) {
    if (!rule.isDerived()) {
      return rule.depth().orElseThrow();
    }
    if (n.modular()) {
      return rule.stated().orElseThrow(() -> errors.at(n.path() + ".mode", rule.number()
          + " states no depth to use modularly; use mode: tight"));
    }
    return proofs.fold(rule).depth();
  }

  private Map<String, Polynomial> ruleSize(Rule rule) {
    return rule.isDerived() ? proofs.fold(rule).size() : rule.size();
  }

  private static Attainment attainment(Polynomial term, NodeSpec n, DepthTerm local,
      Map<String, NodeResult> done) {
    if (n.inputs().isEmpty()) {
      return new Attainment(term, "", Polynomial.ZERO, term);
    }
    for (String in : n.inputs()) {
      DepthTerm a = done.containsKey(in) ? done.get(in).arrival() : DepthTerm.ZERO;
      for (Polynomial at : a.terms()) {
        for (Polynomial l : local.terms()) {
          if (at.plus(l).equals(term)) {
            return new Attainment(term, in, at, l);
          }
        }
      }
    }
    throw new IllegalStateException("no input attains " + term.ascii() + " at " + n.name());
  }

  private static List<String> backtrack(String node, Polynomial term,
      Map<String, NodeResult> results) {
    List<String> path = new ArrayList<>();
    String v = node;
    Polynomial t = term;
    while (true) {
      path.add(v); // built from the output back, reversed at the end: linear, not quadratic
      NodeResult r = results.get(v);
      if (r == null) {
        break; // a block input
      }
      Attainment a = null;
      for (Attainment x : r.attainedBy()) {
        if (x.term().equals(t)) {
          a = x;
        }
      }
      if (a == null || a.input().isEmpty()) {
        break;
      }
      v = a.input();
      t = a.inputTerm();
    }
    Collections.reverse(path);
    return List.copyOf(path);
  }
}
