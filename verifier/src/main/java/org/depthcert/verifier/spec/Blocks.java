package org.depthcert.verifier.spec;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.depthcert.verifier.Poly;

/** Reads what a block writes (a spec's block or a derived lemma's body): nodes, shapes, output. */
final class Blocks {
  private static final Set<String> NODE_FIELDS =
      Set.of("op", "in", "each", "count", "shape", "mode", "note");

  private Blocks() {}

  static List<RawNode> rawNodes(Tree t, JsonNode block, String path, Formula dims) {
    String nodesPath = Tree.child(path, "nodes");
    JsonNode nodes = t.mapping(block, path, "nodes").orElseThrow(() -> t.error(path,
        "missing field 'nodes'"));
    List<RawNode> out = new ArrayList<>();
    for (Map.Entry<String, JsonNode> e : t.entries(nodes)) {
      String p = Tree.child(nodesPath, e.getKey());
      out.add(node(t, e.getKey(), e.getValue(), p, dims));
    }
    if (out.isEmpty()) {
      throw t.error(nodesPath, "a block needs at least one node");
    }
    return out;
  }

  private static RawNode node(Tree t, String name, JsonNode n, String path, Formula dims) {
    if (!n.isObject()) {
      throw t.error(path, "a node is a mapping such as {op: matmul, in: [X, W]}");
    }
    t.only(n, path, NODE_FIELDS);
    String op = t.required(n, path, "op");
    List<String> ins = t.texts(n.get("in"), Tree.child(path, "in"));
    Optional<List<Shape>> each = Optional.empty();
    Optional<JsonNode> eachNode = t.list(n, path, "each");
    if (eachNode.isPresent()) {
      List<Shape> shapes = new ArrayList<>();
      for (int i = 0; i < eachNode.get().size(); i++) {
        shapes.add(shape(t, eachNode.get().get(i), Tree.index(Tree.child(path, "each"), i),
            dims));
      }
      if (shapes.size() != ins.size()) {
        throw t.error(Tree.child(path, "each"), "one shape per input");
      }
      each = Optional.of(shapes);
    }
    Optional<Poly> count = t.text(n, path, "count").map(c -> wholeCount(t,
        Tree.child(path, "count"), Catalog.parse(t, Tree.child(path, "count"),
            () -> dims.polynomial(c))));
    if (count.isPresent() && each.isEmpty()) {
      throw t.error(Tree.child(path, "count"), "'count' needs 'each'");
    }
    Optional<Shape> shape = n.has("shape") && !n.get("shape").isNull()
        ? Optional.of(shape(t, n.get("shape"), Tree.child(path, "shape"), dims))
        : Optional.empty();
    String mode = t.text(n, path, "mode").orElse("tight");
    if (!mode.equals("tight") && !mode.equals("modular")) {
      throw t.error(Tree.child(path, "mode"), "mode is tight or modular");
    }
    return new RawNode(name, op, ins, each, count, shape, mode.equals("modular"), path);
  }

  static Shape shape(Tree t, JsonNode n, String path, Formula dims) {
    if (n == null || !n.isArray() || n.isEmpty()) {
      throw t.error(path, "a shape is a non-empty list of dimensions, e.g. [n, d]");
    }
    List<Poly> ds = new ArrayList<>();
    for (int i = 0; i < n.size(); i++) {
      String p = Tree.index(path, i);
      String text = t.scalar(n.get(i), p);
      ds.add(positive(t, p, Catalog.parse(t, p, () -> dims.polynomial(text))));
    }
    return new Shape(ds);
  }

  /** Dimensions and counts are positive wherever every variable is >= 1. */
  static Poly positive(Tree t, String path, Poly p) {
    if (p.isZero() || !p.nonNegativeCoefficients()) {
      throw t.error(path, "a dimension or count is a non-zero polynomial with non-negative "
          + "coefficients, not " + p);
    }
    return p;
  }

  /** A number of copies: whole non-negative coefficients, not all zero (so >= 1 everywhere). */
  static Poly wholeCount(Tree t, String path, Poly p) {
    positive(t, path, p);
    for (var c : p.terms().values()) {
      if (!c.getDenominator().abs().equals(java.math.BigInteger.ONE)) {
        throw t.error(path, "a count is a number of copies: whole coefficients, not " + p);
      }
    }
    return p;
  }

  /** The block's {@code output}, or its last node when it names none. */
  static String output(Tree t, JsonNode block, String path, List<Node> nodes) {
    String output = t.text(block, path, "output").orElse(nodes.get(nodes.size() - 1).name());
    if (nodes.stream().noneMatch(n -> n.name().equals(output))) {
      throw t.error(Tree.child(path, "output"), "output '" + output + "' is not a node");
    }
    return output;
  }
}
