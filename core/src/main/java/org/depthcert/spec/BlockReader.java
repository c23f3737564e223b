package org.depthcert.spec;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.depthcert.algebra.DepthTerm;
import org.depthcert.algebra.Polynomial;

/**
 * Reads one block (a spec's block or a derived lemma's body): inputs with shapes, nodes, output.
 * Checks what needs no catalog: names unique, inputs known, at least one node.
 */
public final class BlockReader {
  private static final Set<String> BLOCK_FIELDS =
      Set.of("title", "inputs", "nodes", "output", "op", "depth", "note");
  private static final Set<String> NODE_FIELDS =
      Set.of("op", "in", "each", "count", "shape", "mode", "note");

  private final Fields fields;
  private final Formulas dims;
  private final Formulas depths;

  public BlockReader(Fields fields, Formulas dims, Formulas depths) {
    this.fields = fields;
    this.dims = dims;
    this.depths = depths;
  }

  public BlockSpec read(String name, JsonNode node, String path) {
    if (!node.isObject()) {
      throw fields.error(path, "a block must be a mapping with inputs, nodes and output");
    }
    fields.onlyFields(node, path, BLOCK_FIELDS);
    String title = fields.text(node, path, "title", false);
    Optional<String> op = fields.optionalText(node, path, "op");
    if (op.isPresent()) {
      if (!op.get().equals("opaque")) {
        throw fields.error(Fields.child(path, "op"),
            "a block's op can only be 'opaque' (a block of declared depth); found '" + op.get()
                + "'");
      }
      String depthText = fields.optionalText(node, path, "depth").orElseThrow(() ->
          fields.error(path, "an opaque block needs 'depth', e.g. depth: d_g"));
      DepthTerm depth = depths.term(depthText, Fields.child(path, "depth"));
      return new BlockSpec(name, title, new LinkedHashMap<>(), List.of(), "", Optional.of(depth),
          path);
    }
    LinkedHashMap<String, Shape> inputs = new LinkedHashMap<>();
    JsonNode in = fields.object(node, path, "inputs", true);
    for (Map.Entry<String, JsonNode> e : fields.entries(in)) {
      String p = Fields.child(Fields.child(path, "inputs"), e.getKey());
      inputs.put(e.getKey(), shape(e.getValue(), p));
    }
    JsonNode nodesNode = fields.object(node, path, "nodes", true);
    List<NodeSpec> nodes = new ArrayList<>();
    String nodesPath = Fields.child(path, "nodes");
    for (Map.Entry<String, JsonNode> e : fields.entries(nodesNode)) {
      String p = Fields.child(nodesPath, e.getKey());
      if (inputs.containsKey(e.getKey())) {
        throw fields.error(p, "duplicate name '" + e.getKey() + "': it is already an input");
      }
      nodes.add(node(e.getKey(), e.getValue(), p));
    }
    if (nodes.isEmpty()) {
      throw fields.error(Fields.child(path, "nodes"), "a block needs at least one node");
    }
    String output = fields.optionalText(node, path, "output")
        .orElse(nodes.get(nodes.size() - 1).name());
    boolean known = nodes.stream().anyMatch(n -> n.name().equals(output));
    if (!known) {
      throw fields.error(Fields.child(path, "output"),
          "output '" + output + "' is not a node of block '" + name + "'");
    }
    return new BlockSpec(name, title, inputs, nodes, output, Optional.empty(), path);
  }

  private NodeSpec node(String name, JsonNode n, String path) {
    if (!n.isObject()) {
      throw fields.error(path, "a node must be a mapping such as {op: matmul, in: [X, W]}");
    }
    fields.onlyFields(n, path, NODE_FIELDS);
    String op = fields.text(n, path, "op", true);
    List<String> ins = new ArrayList<>();
    JsonNode in = n.get("in");
    if (in != null && !in.isNull()) {
      if (in.isArray()) {
        for (int i = 0; i < in.size(); i++) {
          ins.add(fields.scalar(in.get(i), path, "in", i));
        }
      } else {
        ins.add(fields.scalar(in, path, "in", -1));
      }
    }
    Optional<List<Shape>> each = Optional.empty();
    JsonNode eachNode = fields.array(n, path, "each", false);
    if (eachNode != null) {
      List<Shape> shapes = new ArrayList<>();
      for (int i = 0; i < eachNode.size(); i++) {
        shapes.add(shape(eachNode.get(i), Fields.index(Fields.child(path, "each"), i)));
      }
      if (shapes.size() != ins.size()) {
        throw fields.error(Fields.child(path, "each"), "'each' gives " + shapes.size()
            + " shapes but the node has " + ins.size() + " inputs");
      }
      each = Optional.of(shapes);
    }
    Optional<Polynomial> count = fields.optionalText(n, path, "count")
        .map(t -> dims.polynomial(t, Fields.child(path, "count")));
    if (count.isPresent() && each.isEmpty()) {
      throw fields.error(Fields.child(path, "count"), "'count' needs 'each' (the per-instance "
          + "shapes of the inputs)");
    }
    if (count.isPresent() && !Counts.positiveInteger(count.get())) {
      throw fields.error(Fields.child(path, "count"), "a count is a number of instances: a "
          + "polynomial with whole non-negative coefficients, not 0; found " + count.get().ascii());
    }
    Optional<Shape> shape = n.has("shape")
        ? Optional.of(shape(n.get("shape"), Fields.child(path, "shape"))) : Optional.empty();
    String mode = fields.optionalText(n, path, "mode").orElse("tight");
    if (!mode.equals("tight") && !mode.equals("modular")) {
      throw fields.error(Fields.child(path, "mode"),
          "mode must be 'tight' (fold the lemma's body) or 'modular' (use its stated depth)");
    }
    return new NodeSpec(name, op, List.copyOf(ins), each, count, shape, mode.equals("modular"),
        fields.text(n, path, "note", false), path);
  }

  public Shape shape(JsonNode n, String path) {
    if (n == null || !n.isArray() || n.isEmpty()) {
      throw fields.error(path, "a shape is a non-empty list of dimensions, e.g. [n, d]");
    }
    List<Polynomial> ds = new ArrayList<>();
    for (int i = 0; i < n.size(); i++) {
      String p = Fields.index(path, i);
      Polynomial dim = dims.polynomial(fields.scalar(n.get(i), p), p);
      checkPositive(dim, p);
      ds.add(dim);
    }
    return new Shape(ds);
  }

  /** Dimensions and counts must be positive for every admissible value: non-negative and non-zero. */
  private void checkPositive(Polynomial p, String path) {
    if (p.isZero() || !p.isNonNegativeCoefficientwise()) {
      throw fields.error(path, "a dimension or count must be a polynomial with non-negative "
          + "coefficients and not 0; found " + p.ascii());
    }
  }
}
