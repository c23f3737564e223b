package org.depthcert.verifier.spec;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.depthcert.verifier.MaxTerm;
import org.depthcert.verifier.Poly;

/**
 * Instantiates the nodes of one block from their rules: matches each rule's signature against
 * the node's input shapes (per instance, with {@code each}), which binds the rule's pattern
 * variables, and substitutes the bindings into the rule's depth and size. Nodes are resolved in
 * dependency order (a node may use one written after it), and returned in the order written.
 */
final class Instantiation {
  private final String file;
  private final Function<String, Optional<CatalogRule>> rules;

  /** The spec's assumptions {@code v <= rhs}, used only to show that views fit. */
  private final List<Assumption> bounds;

  Instantiation(String file, Function<String, Optional<CatalogRule>> rules) {
    this(file, rules, List.of());
  }

  Instantiation(String file, Function<String, Optional<CatalogRule>> rules,
      List<Assumption> bounds) {
    this.file = file;
    this.rules = rules;
    this.bounds = bounds;
  }

  List<Node> nodes(Map<String, Shape> inputs, List<RawNode> raw) {
    Map<String, RawNode> byName = new LinkedHashMap<>();
    for (RawNode n : raw) {
      if (inputs.containsKey(n.name()) || byName.put(n.name(), n) != null) {
        throw error(n.path(), "name '" + n.name() + "' used twice");
      }
    }
    for (RawNode n : raw) {
      for (String in : n.inputs()) {
        if (!inputs.containsKey(in) && !byName.containsKey(in)) {
          throw error(n.path(), "unknown input '" + in + "'");
        }
      }
    }
    List<String> sorted = order(raw.stream().map(RawNode::name).toList(),
        name -> byName.get(name).inputs());
    if (sorted.size() < raw.size()) {
      Set<String> placed = new java.util.HashSet<>(sorted);
      RawNode stuck = raw.stream().filter(n -> !placed.contains(n.name())).findFirst()
          .orElseThrow();
      throw error(stuck.path(), "node '" + stuck.name() + "' is on a cycle or depends on one");
    }
    Map<String, Node> done = new HashMap<>();
    for (String name : sorted) {
      RawNode n = byName.get(name);
      List<Shape> shapes = new ArrayList<>();
      for (String in : n.inputs()) {
        shapes.add(inputs.containsKey(in) ? inputs.get(in) : done.get(in).shape());
      }
      done.put(name, node(n, shapes));
    }
    List<Node> out = new ArrayList<>();
    raw.forEach(n -> out.add(done.get(n.name())));
    return out;
  }

  /**
   * Kahn's algorithm, iterative so that a long chain cannot overflow the stack: the names in an
   * order where every name comes after the names it uses (names not in the list, the block's
   * inputs, are ready from the start). Names on a cycle are left out.
   */
  static List<String> order(List<String> names, Function<String, List<String>> uses) {
    Set<String> all = new java.util.HashSet<>(names);
    Map<String, Integer> waiting = new HashMap<>();
    Map<String, List<String>> users = new HashMap<>();
    java.util.ArrayDeque<String> ready = new java.util.ArrayDeque<>();
    for (String n : names) {
      int count = 0;
      for (String in : uses.apply(n)) {
        if (all.contains(in)) {
          users.computeIfAbsent(in, k -> new ArrayList<>()).add(n);
          count++;
        }
      }
      waiting.put(n, count);
      if (count == 0) {
        ready.add(n);
      }
    }
    List<String> out = new ArrayList<>();
    while (!ready.isEmpty()) {
      String n = ready.poll();
      out.add(n);
      for (String user : users.getOrDefault(n, List.of())) {
        if (waiting.merge(user, -1, Integer::sum) == 0) {
          ready.add(user);
        }
      }
    }
    return out;
  }

  /**
   * Each view fits inside its input (issue #9 class 10), checked on the verifier's own terms:
   * the same rank, and each dimension at most the input's for every admissible value (see
   * {@link #atMost}). A view this sufficient test cannot show to fit is refused, never accepted
   * unchecked.
   */
  private void checkViews(RawNode n, List<Shape> actual, List<Shape> views) {
    if (views.size() != actual.size()) {
      throw error(n.path() + ".each", "gives " + views.size() + " views for "
          + actual.size() + " inputs");
    }
    for (int i = 0; i < views.size(); i++) {
      List<Poly> view = views.get(i).dims();
      List<Poly> whole = actual.get(i).dims();
      String at = n.path() + ".each[" + i + "]";
      if (view.size() != whole.size()) {
        throw error(at, "view " + views.get(i) + " has rank " + view.size() + " but input "
            + n.inputs().get(i) + " " + actual.get(i) + " has rank " + whole.size());
      }
      for (int k = 0; k < view.size(); k++) {
        if (!atMost(view.get(k), whole.get(k), bounds)) {
          throw error(at, "view " + views.get(i) + " is not shown to fit inside input "
              + n.inputs().get(i) + " " + actual.get(i) + " (dimension " + (k + 1) + ")");
        }
      }
    }
  }

  /**
   * A sufficient test of {@code a <= b} for every value >= 1 satisfying the assumptions: the
   * difference {@code b - a}, shifted to x = 1 + x', has no negative coefficient; or, when
   * {@code a} has non-negative coefficients (so it only grows with each variable), the same
   * after each variable of {@code a} bounded by an assumption {@code v <= rhs} (rhs with
   * non-negative coefficients, a polynomial) is replaced by its bound: {@code a <= a[v := rhs]}
   * then, and {@code d^2 <= n^2} follows from {@code d <= n}.
   */
  static boolean atMost(Poly a, Poly b, List<Assumption> bounds) {
    if (b.minus(a).shifted().nonNegativeCoefficients()) {
      return true;
    }
    if (!a.nonNegativeCoefficients()) {
      return false;
    }
    Poly bounded = a;
    for (Assumption x : bounds) {
      if (x.lhs().terms().size() == 1 && x.lhs().variables().size() == 1
          && x.lhs().equals(Poly.variable(x.lhs().variables().iterator().next()))
          && x.rhs().nonNegativeCoefficients()) {
        bounded = bounded.substitute(x.lhs().variables().iterator().next(), x.rhs());
      }
    }
    return b.minus(bounded).shifted().nonNegativeCoefficients();
  }

  private Node node(RawNode n, List<Shape> actual) {
    CatalogRule rule = rules.apply(n.op()).orElseThrow(() -> error(n.path() + ".op",
        "no catalog rule has op '" + n.op() + "'"));
    List<Shape> perInstance = n.each().orElse(actual);
    if (n.each().isPresent()) {
      checkViews(n, actual, perInstance);
    }
    Map<String, Poly> bindings = new TreeMap<>();
    Shape out = match(rule.signature(), n, perInstance, bindings);
    Poly count = n.count().orElse(Poly.ONE);
    if (n.count().isPresent()) {
      List<Poly> dims = new ArrayList<>(out.dims());
      dims.set(0, count.times(dims.get(0)));
      out = new Shape(dims);
    }
    boolean any = rule.signature().kind().equals(Signature.ANY)
        || rule.signature().kind().equals(Signature.RESHAPE);
    if (n.shape().isPresent() && !any && !n.shape().get().equals(out)) {
      throw error(n.path() + ".shape", "declared shape " + n.shape().get() + " but " + n.op()
          + " gives " + out);
    }
    String mode;
    Set<Poly> depth;
    if (!rule.derived()) {
      mode = "axiom";
      depth = rule.depth();
    } else if (n.modular()) {
      mode = "modular";
      depth = rule.stated().orElseThrow(() -> error(n.path() + ".mode", rule.number()
          + " states no depth to use modularly"));
    } else {
      mode = "tight";
      depth = rule.depth();
    }
    Map<String, Poly> size = new TreeMap<>();
    for (Map.Entry<String, Poly> e : rule.size().entrySet()) {
      Poly p = Substitution.apply(e.getValue(), bindings).times(count);
      if (!p.isZero()) {
        size.put(e.getKey(), p);
      }
    }
    return new Node(n.name(), n.op(), n.inputs(), n.each(), n.count(), n.shape(), mode,
        rule.id(), bindings, out, Substitution.apply(depth, bindings), size);
  }

  private Shape match(Signature sig, RawNode n, List<Shape> shapes, Map<String, Poly> bind) {
    switch (sig.kind()) {
      case Signature.ELEMENTWISE: {
        if (shapes.isEmpty()) {
          throw error(n.path(), n.op() + " needs at least one input");
        }
        List<Poly> out = new ArrayList<>(shapes.get(0).dims());
        for (Shape s : shapes.subList(1, shapes.size())) {
          if (s.rank() != out.size()) {
            throw error(n.path(), n.op() + ": inputs of different ranks");
          }
          for (int k = 0; k < out.size(); k++) {
            Poly a = out.get(k);
            Poly b = s.dims().get(k);
            if (a.equals(Poly.ONE)) {
              out.set(k, b);
            } else if (!a.equals(b) && !b.equals(Poly.ONE)) {
              throw error(n.path(), n.op() + ": dimension " + (k + 1) + " is " + a + " and " + b
                  + " (only equal dimensions or 1 broadcast)");
            }
          }
        }
        Shape shape = new Shape(out);
        bind.put("cells", shape.entries());
        return shape;
      }
      case Signature.RESHAPE:
        if (n.shape().isEmpty() || shapes.size() != 1) {
          throw error(n.path(), n.op() + " takes one input and needs its declared 'shape'");
        }
        return n.shape().get();
      case Signature.ANY:
        if (n.shape().isPresent()) {
          return n.shape().get();
        }
        if (shapes.isEmpty()) {
          throw error(n.path(), n.op() + " has no input; declare its 'shape'");
        }
        return shapes.get(0);
      default:
        return pattern(sig, n, shapes, bind);
    }
  }

  private Shape pattern(Signature sig, RawNode n, List<Shape> shapes, Map<String, Poly> bind) {
    List<String> formal = new ArrayList<>(sig.inputs().keySet());
    if (formal.size() != shapes.size()) {
      throw error(n.path(), n.op() + " takes " + formal.size() + " input(s) but the node gives "
          + shapes.size());
    }
    for (int i = 0; i < formal.size(); i++) {
      List<Poly> pattern = sig.inputs().get(formal.get(i));
      Shape actual = shapes.get(i);
      if (pattern.size() != actual.rank()) {
        throw error(n.path(), n.op() + " expects " + formal.get(i) + " of rank "
            + pattern.size() + ", input " + n.inputs().get(i) + " is " + actual);
      }
      for (int k = 0; k < pattern.size(); k++) {
        Poly pat = pattern.get(k);
        Poly dim = actual.dims().get(k);
        if (pat.variables().isEmpty()) {
          if (!pat.equals(dim)) {
            throw error(n.path(), n.op() + " expects dimension " + (k + 1) + " of "
                + n.inputs().get(i) + " to be " + pat + ", not " + dim);
          }
          continue;
        }
        String var = pat.variables().iterator().next();
        Poly prior = bind.putIfAbsent(var, dim);
        if (prior != null && !prior.equals(dim)) {
          throw error(n.path(), n.op() + " needs " + var + " = " + prior + " and " + dim);
        }
      }
    }
    List<Poly> out = new ArrayList<>();
    sig.output().forEach(p -> out.add(Substitution.apply(p, bind)));
    return new Shape(out);
  }

  /** Longest input-to-output path (inputs arrive at 0): every node's arrival, by name. */
  static Map<String, Set<Poly>> arrivals(Block block) {
    Map<String, Node> byName = new HashMap<>();
    block.nodes().forEach(n -> byName.put(n.name(), n));
    Map<String, Set<Poly>> arrival = new HashMap<>();
    for (String name : order(new ArrayList<>(byName.keySet()), k -> byName.get(k).inputs())) {
      Node n = byName.get(name);
      List<Poly> latest = new ArrayList<>();
      for (String in : n.inputs()) {
        latest.addAll(arrival.getOrDefault(in, Set.of(Poly.ZERO)));
      }
      arrival.put(name, latest.isEmpty() ? n.local()
          : MaxTerm.plus(MaxTerm.normalise(latest), n.local()));
    }
    return arrival;
  }

  private SpecUnreadable error(String path, String message) {
    return new SpecUnreadable(file, path, message);
  }
}
