package org.depthcert.fold;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.depthcert.algebra.Decider;
import org.depthcert.algebra.DepthTerm;
import org.depthcert.algebra.Polynomial;
import org.depthcert.algebra.TermLimit;
import org.depthcert.rules.Catalog;
import org.depthcert.rules.Rule;
import org.depthcert.spec.BlockSpec;
import org.depthcert.spec.NodeSpec;
import org.depthcert.spec.Shape;
import org.jgrapht.Graph;
import org.jgrapht.alg.cycle.CycleDetector;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;

/**
 * Folds one block as a JGraphT DAG into exact arrival depths: a max-plus longest path, where a
 * node's arrival is the max of its inputs' arrivals plus the depth of its own circuit (the rule's
 * local term). Block inputs arrive at depth 0, so the block's depth is its longest input-to-output
 * path.
 */
final class BlockFolder {
  /** The ops of the bundled wiring rule that declare their output shape. */
  private static final Set<String> WIRING = Set.of("place", "reshape", "diag", "copy");
  private final Catalog catalog;
  private final RuleProofs proofs;
  private final Optional<SideConditions> sideConditions;
  private final Decider views;
  private final ErrorSink errors;
  private final Map<String, Polynomial> relations;
  private final Map<UseKey, Use> uses = new HashMap<>();
  /** Equal shapes of different nodes shared as one object (most nodes of a block share one). */
  private final Map<Shape, Shape> shapes = new HashMap<>();

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
    Optional<List<String>> sorted = TopologicalOrder.of(block, errors);
    if (sorted.isEmpty()) {
      // a cycle: reported from the JGraphT graph as before (an acyclic block never builds it)
      buildGraph(block);
      throw new IllegalStateException("the graph of block " + block.name() + " has no cycle");
    }
    List<String> order = sorted.get();
    Map<String, NodeSpec> specs = new HashMap<>();
    block.nodes().forEach(n -> specs.put(n.name(), n));
    Map<String, NodeResult> results = new HashMap<>();
    for (String v : order) {
      NodeSpec spec = specs.get(v);
      if (spec != null) {
        results.put(v, foldNode(block, spec, results));
      }
    }
    List<NodeResult> inOrder = new ArrayList<>();
    // the block's gadget counts, summed into one map (Sizes.plus per node copied the whole map)
    Map<String, Polynomial> size = new TreeMap<>();
    for (NodeSpec n : block.nodes()) {
      NodeResult r = results.get(n.name());
      inOrder.add(r);
      r.size().forEach((kind, count) -> size.merge(kind, count, Polynomial::plus));
    }
    NodeResult out = results.get(block.output());
    List<CriticalPath> paths = new ArrayList<>();
    Links links = new Links(inOrder, results);
    for (Polynomial term : out.arrival().terms()) {
      paths.add(new CriticalPath(term, backtrack(out, term, links)));
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
      NodeResult r = done.get(in);
      actual.add(r != null ? r.shape() : block.inputs().get(in));
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
    Optional<String> modelling = Optional.empty();
    if (declared.isPresent() && WIRING.contains(n.op())) {
      modelling = checkWiring(n, actual, match.output(), count);
    }
    Use use = use(rule, n, match.bindings(), count);
    DepthTerm local = use.local();
    DepthTerm arrival = local;
    if (!n.inputs().isEmpty()) {
      DepthTerm latest = null;
      for (String in : n.inputs()) {
        NodeResult r = done.get(in);
        DepthTerm a = r != null ? r.arrival() : DepthTerm.ZERO;
        latest = latest == null ? a : latest.max(a);
      }
      arrival = latest.plus(local);
    }
    Optional<String> tooLarge = TermLimit.exceeded(arrival);
    if (tooLarge.isPresent()) {
      throw errors.at(n.path(), tooLarge.get());
    }
    List<Attainment> attained = new ArrayList<>();
    for (Polynomial term : arrival.terms()) {
      attained.add(attainment(term, n, local, done));
    }
    return new NodeResult(n, rule, use.bindings(), shapes.computeIfAbsent(shape, s -> s), local,
        arrival, List.copyOf(attained), use.size(), use.sides(), modelling);
  }

  /**
   * What a rule costs at one use, given its bindings and count: the same for every node that
   * applies the rule with them (on a 10^5-node chain, a handful of distinct uses), so computed
   * once and shared by those nodes instead of a fresh copy per node (issue #13).
   */
  private Use use(Rule rule, NodeSpec n, Map<String, Polynomial> bindings, Polynomial count) {
    UseKey key = new UseKey(rule.id(), n.modular(), bindings, count);
    Use known = uses.get(key);
    if (known == null) {
      DepthTerm local = localDepth(rule, n, bindings);
      Map<String, Polynomial> size = Sizes.times(Sizes.substitute(ruleSize(rule), bindings),
          count);
      List<SideCondition> sides = sideConditions.map(s -> s.check(rule.hypotheses(), bindings))
          .orElse(List.of());
      known = new Use(bindings, local, size, sides);
      uses.put(key, known);
    }
    return known;
  }

  /** A rule applied with given bindings and count (rule ids are unique in a catalog). */
  private record UseKey(String rule, boolean modular, Map<String, Polynomial> bindings,
      Polynomial count) {}

  private record Use(Map<String, Polynomial> bindings, DepthTerm local,
      Map<String, Polynomial> size, List<SideCondition> sides) {}

  /**
   * The entry count of a shape with each defined parameter replaced by its definition
   * ({@code d = h*e}), so that a reshape into heads keeps its entries exactly.
   */
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

  /**
   * Each view fits inside its input (issue #9 class 10): the same rank and, dimension by
   * dimension, at most the input's extent, proved under the assumptions (a view reading an
   * input as another shape needs an explicit {@code reshape} node first).
   */
  private void checkViews(NodeSpec n, List<Shape> actual, List<Shape> perInstance) {
    for (int i = 0; i < actual.size(); i++) {
      Shape view = perInstance.get(i);
      Shape whole = actual.get(i);
      String at = n.path() + ".each[" + i + "]";
      if (view.rank() != whole.rank()) {
        throw errors.at(at, "view " + view.ascii() + " has rank " + view.rank() + " but input "
            + n.inputs().get(i) + " " + whole.ascii() + " has rank " + whole.rank()
            + "; reshape the input first");
      }
      for (int k = 0; k < view.rank(); k++) {
        if (!views.decide(view.dims().get(k), whole.dims().get(k)).holds()) {
          throw errors.at(at, "view " + view.ascii() + " does not fit inside input "
              + n.inputs().get(i) + " " + whole.ascii() + ": dimension " + (k + 1) + " "
              + view.dims().get(k).ascii() + " is not shown <= " + whole.dims().get(k).ascii()
              + " under the assumptions");
        }
      }
    }
  }

  /**
   * Ops that only place wires and declare their output shape ({@code count} instances of it,
   * which other ops check against their rule): a {@code reshape} keeps its number of entries;
   * any other wiring op
   * (place, diag, copy) with more output entries than its inputs together replicates entries or
   * fills constants, which no check can confirm: it is returned as the spec's own modelling
   * assumption, shown in the certificate and the class conclusion.
   */
  private Optional<String> checkWiring(NodeSpec n, List<Shape> actual, Shape perInstance,
      Polynomial count) {
    // With count, the declared shape is one instance's: count of them make the output.
    Polynomial out = count.times(perInstance.elements());
    if (n.op().equals("reshape")) {
      // a reshape re-indexes wires: it keeps every entry, counted with each defined parameter
      // replaced by its definition (d = h*e)
      if (actual.size() != 1 || !expand(actual.get(0).elements()).equals(expand(out))) {
        Polynomial in = actual.isEmpty() ? Polynomial.ZERO : actual.get(0).elements();
        throw errors.at(n.path() + ".shape", "a reshape keeps its number of entries: input has "
            + in.ascii() + ", shape " + n.shape().map(Shape::ascii).orElse("?") + " has "
            + out.ascii() + (relations.isEmpty() ? "" : " (with " + relationsText() + ")"));
      }
      return Optional.empty();
    }
    Polynomial in = Polynomial.ZERO;
    for (Shape s : actual) {
      in = in.plus(s.elements());
    }
    if (!actual.isEmpty() && views.decide(out, in).holds()) {
      return Optional.empty();
    }
    return Optional.of(n.op() + " " + n.name() + " outputs " + out.ascii() + " entries from "
        + in.ascii() + " input entries: entries are replicated or filled with constants, "
        + "as the spec models it (not checked)");
  }

  /**
   * A rule's depth at this node: its axiom depth, its body's fold (tight) or its statement
   * (modular, once the fold is shown to be at most the statement), instantiated with the node's
   * shape bindings exactly as its size is (issue #9 classes 1 and 2).
   */
  private DepthTerm localDepth(Rule rule, NodeSpec n, Map<String, Polynomial> bindings) {
    DepthTerm generic;
    if (!rule.isDerived()) {
      generic = rule.depth().orElseThrow();
    } else if (n.modular()) {
      DepthTerm stated = rule.stated().orElseThrow(() -> errors.at(n.path() + ".mode",
          rule.number() + " states no depth to use modularly; use mode: tight"));
      proofs.statedProof(rule);
      generic = stated;
    } else {
      generic = proofs.fold(rule).depth();
    }
    return generic.substituteAll(bindings);
  }

  private Map<String, Polynomial> ruleSize(Rule rule) {
    return rule.isDerived() ? proofs.fold(rule).size() : rule.size();
  }

  /**
   * The first input (in declared order) whose arrival term plus a local term gives
   * {@code term}. With a single local term {@code l}, {@code at + l = term} exactly when
   * {@code at = term - l}, so the search is an equality test per input term instead of a sum
   * per pair (the same answer: the same first input and input term).
   */
  private static Attainment attainment(Polynomial term, NodeSpec n, DepthTerm local,
      Map<String, NodeResult> done) {
    if (n.inputs().isEmpty()) {
      return new Attainment(term, "", Polynomial.ZERO, term);
    }
    Polynomial single = local.isSingle() ? local.terms().get(0) : null;
    Polynomial wanted = single == null ? null : term.minus(single);
    for (String in : n.inputs()) {
      NodeResult r = done.get(in);
      DepthTerm a = r != null ? r.arrival() : DepthTerm.ZERO;
      for (Polynomial at : a.terms()) {
        if (single != null) {
          if (at.equals(wanted)) {
            return new Attainment(term, in, at, single);
          }
          continue;
        }
        for (Polynomial l : local.terms()) {
          if (at.plus(l).equals(term)) {
            return new Attainment(term, in, at, l);
          }
        }
      }
    }
    throw new IllegalStateException("no input attains " + term.ascii() + " at " + n.name());
  }

  /**
   * Each folded node's inputs as indices of folded nodes (-1 for a block input), by position: the
   * walk back along a critical path follows these instead of looking every step up by name, which
   * on a 10^5-node DAG with eight paths was most of the fold (issue #13).
   */
  private static final class Links {
    private final NodeResult[] nodes;
    /** For each node, the index in {@code nodes} of each input, -1 for a block input. */
    private final int[][] inputs;
    private final Map<String, Integer> index = new HashMap<>();

    Links(List<NodeResult> inOrder, Map<String, NodeResult> results) {
      nodes = inOrder.toArray(new NodeResult[0]);
      for (int i = 0; i < nodes.length; i++) {
        index.putIfAbsent(nodes[i].name(), i);
      }
      inputs = new int[nodes.length][];
      for (int i = 0; i < nodes.length; i++) {
        List<String> names = nodes[i].spec().inputs();
        inputs[i] = new int[names.size()];
        for (int k = 0; k < names.size(); k++) {
          NodeResult r = results.get(names.get(k));
          inputs[i][k] = r == null ? -1 : index.get(r.name());
        }
      }
    }

    int indexOf(NodeResult r) {
      return index.get(r.name());
    }

    NodeResult node(int i) {
      return nodes[i];
    }

    /** The index of the node that {@code a} names as the input of node {@code i}, or -1. */
    int input(int i, Attainment a) {
      int position = nodes[i].spec().inputs().indexOf(a.input());
      return position < 0 ? -1 : inputs[i][position];
    }
  }

  /**
   * The critical path of one term of a node's arrival, from a block input to the node. A node's
   * attainments are in the order of its arrival terms, so each step goes by the position of the
   * term (found by reference: an attainment's input term is the input's own term object) instead
   * of comparing every attainment's polynomial.
   */
  private static List<String> backtrack(NodeResult node, Polynomial term, Links links) {
    List<String> path = new ArrayList<>();
    int i = links.indexOf(node);
    String v = node.name();
    int k = indexOf(node.arrival().terms(), term);
    while (true) {
      path.add(v); // built from the output back, reversed at the end: linear, not quadratic
      if (i < 0 || k < 0) {
        break; // a block input
      }
      NodeResult r = links.node(i);
      Attainment a = r.attainedBy().get(k);
      if (a.input().isEmpty()) {
        break;
      }
      v = a.input();
      i = links.input(i, a);
      k = i < 0 ? -1 : indexOf(links.node(i).arrival().terms(), a.inputTerm());
    }
    Collections.reverse(path);
    return List.copyOf(path);
  }

  /** The position of {@code term} among {@code terms}: by reference first, else by value. */
  private static int indexOf(List<Polynomial> terms, Polynomial term) {
    for (int i = 0; i < terms.size(); i++) {
      if (terms.get(i) == term) {
        return i;
      }
    }
    return terms.indexOf(term);
  }
}
