package org.depthcert.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.depthcert.algebra.DepthTerm;
import org.depthcert.algebra.Polynomial;
import org.depthcert.spec.BlockReader;
import org.depthcert.spec.BlockSpec;
import org.depthcert.spec.Fields;
import org.depthcert.spec.Formulas;
import org.depthcert.spec.LocatedTree;
import org.depthcert.spec.SpecError;
import org.depthcert.spec.SpecReader;

/**
 * Reads catalog files (YAML, one per source paper) into a {@link Catalog}. A user adds a lemma by
 * adding an entry to such a file; no Java is needed unless a rule needs a new kind of signature.
 */
public final class CatalogReader {
  private static final Set<String> FILE_FIELDS = Set.of("source", "rules");
  private static final Set<String> RULE_FIELDS = Set.of("id", "number", "title", "cites", "ops",
      "signature", "hypotheses", "depth", "stated", "size", "body", "note", "explicit");
  /** Gadget kinds a size may count: primitive circuits of Lemma 3.4, 3.6, 3.7, 5.1. */
  public static final Set<String> SIZE_KINDS =
      Set.of("std", "sum", "prod", "exp", "trig", "sqrt");

  private CatalogReader() {}

  /** Reads the given files (name to content), in name order so the result is deterministic. */
  public static Catalog read(Map<String, byte[]> files) {
    TreeMap<String, byte[]> sorted = new TreeMap<>(files);
    List<Rule> rules = new ArrayList<>();
    Map<String, String> opOwner = new TreeMap<>();
    Set<String> ids = new TreeSet<>();
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    for (Map.Entry<String, byte[]> file : sorted.entrySet()) {
      all.writeBytes(file.getKey().getBytes(StandardCharsets.UTF_8));
      all.write(0);
      all.writeBytes(file.getValue());
      LocatedTree tree = LocatedTree.parse(file.getKey(), file.getValue());
      Fields f = new Fields(tree);
      JsonNode root = tree.root();
      if (!root.isObject()) {
        throw f.error("", "a catalog file is a mapping {source: ..., rules: [...]}");
      }
      f.onlyFields(root, "", FILE_FIELDS);
      JsonNode list = f.array(root, "", "rules", true);
      for (int i = 0; i < list.size(); i++) {
        String p = Fields.index("rules", i);
        Rule r = rule(f, list.get(i), p);
        if (!ids.add(r.id())) {
          throw f.error(Fields.child(p, "id"), "duplicate rule id '" + r.id() + "'");
        }
        for (String op : r.ops()) {
          String owner = opOwner.putIfAbsent(op, r.id());
          if (owner != null) {
            throw f.error(Fields.child(p, "ops"), "op '" + op + "' is already defined by rule "
                + owner);
          }
        }
        rules.add(r);
      }
    }
    Catalog catalog = new Catalog(rules, SpecReader.sha256(all.toByteArray()));
    for (Rule r : rules) {
      for (String op : r.explicit().map(ExplicitReader::namedOps).orElse(List.of())) {
        if (catalog.forOp(op).isEmpty()) {
          throw new SpecError(r.file(), 0, Fields.child(r.path(), "explicit"), "unknown op '"
              + op + "' in the explicit expansion of " + r.number());
        }
      }
      if (r.body().isPresent()) {
        for (var node : r.body().get().nodes()) {
          if (catalog.forOp(node.op()).isEmpty()) {
            throw new SpecError(r.file(), 0, node.path(), "unknown op '" + node.op()
                + "' in the body of " + r.number());
          }
        }
      }
    }
    return catalog;
  }

  private static Rule rule(Fields f, JsonNode node, String path) {
    if (!node.isObject()) {
      throw f.error(path, "a rule is a mapping {id, number, title, ops, signature, depth, ...}");
    }
    f.onlyFields(node, path, RULE_FIELDS);
    String id = f.text(node, path, "id", true);
    List<String> ops = new ArrayList<>();
    JsonNode opsNode = f.array(node, path, "ops", true);
    for (int i = 0; i < opsNode.size(); i++) {
      ops.add(f.scalar(opsNode.get(i), Fields.index(Fields.child(path, "ops"), i)));
    }
    if (ops.isEmpty()) {
      throw f.error(Fields.child(path, "ops"), "a rule defines at least one op");
    }
    Signature sig = signature(f, node.get("signature"), Fields.child(path, "signature"));
    Set<String> patternVars = new TreeSet<>();
    sig.inputs().values().forEach(dims -> dims.forEach(d -> patternVars.addAll(d.variables())));
    if (sig.kind() == Signature.Kind.ELEMENTWISE) {
      patternVars.add("cells");
    }
    Set<String> depthSymbols = new TreeSet<>(patternVars);
    Formulas depths = new Formulas(f, depthSymbols);
    Formulas dims = new Formulas(f, patternVars);
    List<String> hypotheses = new ArrayList<>();
    JsonNode hyp = f.array(node, path, "hypotheses", false);
    if (hyp != null) {
      for (int i = 0; i < hyp.size(); i++) {
        hypotheses.add(f.scalar(hyp.get(i), Fields.index(Fields.child(path, "hypotheses"), i)));
      }
    }
    Optional<DepthTerm> depth = f.optionalText(node, path, "depth")
        .map(t -> depths.term(t, Fields.child(path, "depth")));
    Optional<DepthTerm> stated = f.optionalText(node, path, "stated")
        .map(t -> depths.term(t, Fields.child(path, "stated")));
    Map<String, Polynomial> size = new TreeMap<>();
    JsonNode sizeNode = f.object(node, path, "size", false);
    if (sizeNode != null) {
      for (Map.Entry<String, JsonNode> e : f.entries(sizeNode)) {
        String p = Fields.child(Fields.child(path, "size"), e.getKey());
        if (!SIZE_KINDS.contains(e.getKey())) {
          throw f.error(p, "unknown gadget kind '" + e.getKey() + "'; kinds are "
              + String.join(", ", new TreeSet<>(SIZE_KINDS)));
        }
        size.put(e.getKey(), dims.polynomial(f.scalar(e.getValue(), p), p));
      }
    }
    Optional<BlockSpec> body = Optional.empty();
    JsonNode bodyNode = f.object(node, path, "body", false);
    String number = f.text(node, path, "number", true);
    if (bodyNode != null) {
      if (sig.kind() != Signature.Kind.PATTERN) {
        throw f.error(Fields.child(path, "body"), "a derived lemma needs a pattern signature "
            + "with named inputs");
      }
      if (depth.isPresent()) {
        throw f.error(Fields.child(path, "depth"), "a derived lemma's depth is the fold of its "
            + "body; write the paper's bound as 'stated'");
      }
      ObjectNode withInputs = ((ObjectNode) bodyNode).deepCopy();
      ObjectNode inputs = JsonNodeFactory.instance.objectNode();
      sig.inputs().forEach((name, ds) -> {
        ArrayNode a = inputs.putArray(name);
        ds.forEach(d -> a.add(d.ascii()));
      });
      withInputs.set("inputs", inputs);
      BlockReader reader = new BlockReader(f, dims, depths);
      body = Optional.of(reader.read(number, withInputs, Fields.child(path, "body")));
    } else if (depth.isEmpty()) {
      throw f.error(path, "an axiom needs 'depth' (and a derived lemma needs 'body')");
    }
    return new Rule(id, number, f.text(node, path, "title", true),
        f.text(node, path, "cites", false), f.tree().file(), path, List.copyOf(ops), sig,
        List.copyOf(hypotheses), depth, stated, size, body, f.text(node, path, "note", false),
        explicit(f, node, path, List.copyOf(ops), body.isPresent()));
  }

  private static Optional<Explicit> explicit(Fields f, JsonNode node, String path,
      List<String> ops, boolean derived) {
    Optional<Explicit> e = ExplicitReader.read(f, node, path, derived);
    if (e.isPresent() && e.get() instanceof Explicit.Wiring) {
      Explicit.Wiring w = (Explicit.Wiring) e.get();
      for (String op : ops) {
        if (w.kindFor(op) == null) {
          throw f.error(Fields.child(path, "explicit"), "wiring gives no kind for op '" + op
              + "'");
        }
      }
    }
    return e;
  }

  private static Signature signature(Fields f, JsonNode node, String path) {
    if (node == null || node.isNull()) {
      throw f.error(path, "missing signature (elementwise, any, or {inputs, output})");
    }
    if (node.isTextual()) {
      switch (node.asText()) {
        case "elementwise":
          return Signature.elementwise();
        case "any":
          return Signature.any();
        default:
          throw f.error(path, "unknown signature '" + node.asText() + "'; use elementwise, any, "
              + "or {inputs, output}");
      }
    }
    if (!node.isObject()) {
      throw f.error(path, "expected elementwise, any, or {inputs: {A: [a, k]}, output: [a, 1]}");
    }
    f.onlyFields(node, path, Set.of("inputs", "output"));
    JsonNode in = f.object(node, path, "inputs", true);
    LinkedHashMap<String, List<Polynomial>> inputs = new LinkedHashMap<>();
    Set<String> vars = new TreeSet<>();
    for (Map.Entry<String, JsonNode> e : f.entries(in)) {
      String p = Fields.child(Fields.child(path, "inputs"), e.getKey());
      if (!e.getValue().isArray()) {
        throw f.error(p, "an input pattern is a list such as [a, k]");
      }
      List<Polynomial> dims = new ArrayList<>();
      for (int i = 0; i < e.getValue().size(); i++) {
        String dp = Fields.index(p, i);
        String t = f.scalar(e.getValue().get(i), dp);
        if (t.matches("[0-9]+")) {
          dims.add(Polynomial.constant(Long.parseLong(t)));
        } else if (t.matches("[a-z]")) {
          dims.add(Polynomial.variable(t));
          vars.add(t);
        } else {
          throw f.error(dp, "an input pattern dimension is one letter or a whole number");
        }
      }
      inputs.put(e.getKey(), dims);
    }
    Formulas out = new Formulas(f, vars);
    JsonNode o = f.array(node, path, "output", true);
    List<Polynomial> output = new ArrayList<>();
    for (int i = 0; i < o.size(); i++) {
      String dp = Fields.index(Fields.child(path, "output"), i);
      output.add(out.polynomial(f.scalar(o.get(i), dp), dp));
    }
    return new Signature(Signature.Kind.PATTERN, inputs, output);
  }
}
