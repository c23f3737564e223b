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
  private static final Set<String> FILE_FIELDS =
      Set.of("source", "constants", "gadgets", "rules");
  private static final Set<String> DECLARATION_FIELDS = Set.of("meaning", "citation");
  private static final java.util.regex.Pattern CONSTANT_NAME =
      java.util.regex.Pattern.compile("d_[A-Za-z0-9]+");
  private static final java.util.regex.Pattern GADGET_NAME =
      java.util.regex.Pattern.compile("[a-z][a-z0-9_]*");
  private static final Set<String> RULE_FIELDS = Set.of("id", "number", "title", "cites", "ops",
      "signature", "hypotheses", "depth", "stated", "size", "body", "note");
  /** Gadget kinds a size may count: primitive circuits of Lemma 3.4, 3.6, 3.7, 5.1. */
  public static final Set<String> SIZE_KINDS =
      Set.of("std", "sum", "prod", "exp", "trig", "sqrt");

  private CatalogReader() {}

  /**
   * Reads the given files (name to content), in name order so the result is deterministic. The
   * constants and gadget kinds every file declares are read first, so a rule may use a name that
   * another file (say the user's) declares.
   */
  public static Catalog read(Map<String, byte[]> files) {
    TreeMap<String, byte[]> sorted = new TreeMap<>(files);
    List<Rule> rules = new ArrayList<>();
    Map<String, String> opOwner = new TreeMap<>();
    Set<String> ids = new TreeSet<>();
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    Map<String, Fields> parsed = new TreeMap<>();
    Map<String, Declaration> declared = new TreeMap<>();
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
      String sha = SpecReader.sha256(file.getValue());
      declarations(f, root, "constants", Declaration.Kind.CONSTANT, sha, declared);
      declarations(f, root, "gadgets", Declaration.Kind.GADGET, sha, declared);
      parsed.put(file.getKey(), f);
    }
    Set<String> constants = new TreeSet<>();
    Set<String> kinds = new TreeSet<>(SIZE_KINDS);
    declared.values().forEach(d -> (d.kind() == Declaration.Kind.CONSTANT ? constants : kinds)
        .add(d.name()));
    for (Fields f : parsed.values()) {
      JsonNode list = f.array(f.tree().root(), "", "rules", true);
      for (int i = 0; i < list.size(); i++) {
        String p = Fields.index("rules", i);
        Rule r = rule(f, list.get(i), p, constants, kinds);
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
    Map<String, LocatedTree> trees = new TreeMap<>();
    parsed.forEach((name, f) -> trees.put(name, f.tree()));
    Catalog catalog = new Catalog(rules, SpecReader.sha256(all.toByteArray()),
        List.copyOf(declared.values()), trees);
    for (Rule r : rules) {
      if (r.body().isPresent()) {
        for (var node : r.body().get().nodes()) {
          if (catalog.forOp(node.op()).isEmpty()) {
            throw parsed.get(r.file()).error(node.path() + ".op", "unknown op '" + node.op()
                + "' in the body of " + r.number());
          }
        }
      }
    }
    return catalog;
  }

  /**
   * Reads {@code constants:} or {@code gadgets:}, a mapping from each new name to
   * {@code {meaning, citation}}. A name is declared once across all files, and never shadows a
   * built-in one: two meanings for one name would make a certificate ambiguous.
   */
  private static void declarations(Fields f, JsonNode root, String field, Declaration.Kind kind,
      String sha, Map<String, Declaration> declared) {
    JsonNode map = f.object(root, "", field, false);
    if (map == null) {
      return;
    }
    for (Map.Entry<String, JsonNode> e : f.entries(map)) {
      String name = e.getKey();
      String p = Fields.child(field, name);
      boolean constant = kind == Declaration.Kind.CONSTANT;
      if (!(constant ? CONSTANT_NAME : GADGET_NAME).matcher(name).matches()) {
        throw f.error(p, constant
            ? "a depth constant is named d_<letters or digits>, e.g. d_log; found '" + name + "'"
            : "a gadget kind is named in lower case, e.g. log; found '" + name + "'");
      }
      if (constant ? org.depthcert.algebra.Symbols.BUILT_IN_CONSTANTS.contains(name)
          : SIZE_KINDS.contains(name)) {
        throw f.error(p, "'" + name + "' is a built-in " + kind.label() + "; declare only new "
            + "names");
      }
      Declaration earlier = declared.get(kind + ":" + name);
      if (earlier != null) {
        throw f.error(p, kind.label() + " '" + name + "' is already declared in " + earlier.file()
            + ":" + earlier.line());
      }
      JsonNode v = e.getValue();
      if (v == null || !v.isObject()) {
        throw f.error(p, "expected {meaning: ..., citation: ...}");
      }
      f.onlyFields(v, p, DECLARATION_FIELDS);
      declared.put(kind + ":" + name, new Declaration(kind, name, f.text(v, p, "meaning", true),
          f.text(v, p, "citation", true), f.tree().file(), f.tree().line(p), sha));
    }
  }

  private static Rule rule(Fields f, JsonNode node, String path, Set<String> constants,
      Set<String> kinds) {
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
    depthSymbols.addAll(constants);
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
        if (!kinds.contains(e.getKey())) {
          throw f.error(p, "unknown gadget kind '" + e.getKey() + "'; kinds are "
              + String.join(", ", kinds) + " (a file declares new ones under 'gadgets')");
        }
        size.put(e.getKey(), size(f, sig, dims, f.scalar(e.getValue(), p), p));
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
        List.copyOf(hypotheses), depth, stated, size, body, f.text(node, path, "note", false));
  }

  /**
   * A gadget count. On an elementwise signature it is per entry, and the rule's size is that
   * times {@code cells}: one exp gadget per entry is n gadgets on an n-entry vector, never one.
   */
  private static Polynomial size(Fields f, Signature sig, Formulas dims, String text,
      String path) {
    if (sig.kind() != Signature.Kind.ELEMENTWISE) {
      return dims.polynomial(text, path);
    }
    Polynomial perEntry = dims.polynomial(text, path);
    if (perEntry.variables().contains("cells")) {
      throw f.error(path, "an elementwise size counts gadgets per entry (write 1, not cells); "
          + "the fold multiplies it by the number of entries");
    }
    return perEntry.times(Polynomial.variable("cells"));
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
        case "reshape":
          return Signature.reshape();
        default:
          throw f.error(path, "unknown signature '" + node.asText() + "'; use elementwise, any, "
              + "reshape, or {inputs, output}");
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
