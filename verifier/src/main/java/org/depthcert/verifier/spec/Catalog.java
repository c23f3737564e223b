package org.depthcert.verifier.spec;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.depthcert.verifier.Poly;

/**
 * The lemma catalog as the verifier reads it, independently of the engine: each rule's ops,
 * signature, depth, stated depth and size; a derived lemma's depth and size are the verifier's own
 * fold of its body. The bundled catalog is found as the engine's is, through the list
 * {@code org/depthcert/lemmas/index.txt} on the class path.
 */
public final class Catalog {
  private static final String DIR = "/org/depthcert/lemmas/";
  private static final Set<String> FILE_FIELDS = Set.of("source", "rules", "constants",
      "gadgets", "note");
  private static final Set<String> RULE_FIELDS = Set.of("id", "number", "title", "cites", "ops",
      "signature", "hypotheses", "depth", "stated", "size", "body", "note", "explicit");

  private final List<CatalogRule> rules;
  private final Map<String, CatalogRule> byOp = new HashMap<>();
  private final String sha256;
  private final Set<String> constants;

  private Catalog(List<CatalogRule> rules, String sha256, Set<String> constants) {
    this.rules = List.copyOf(rules);
    this.sha256 = sha256;
    this.constants = Set.copyOf(constants);
    rules.forEach(r -> r.ops().forEach(op -> byOp.put(op, r)));
  }

  /** The files {@code index.txt} lists, named {@code lemmas/<path>} as the engine names them. */
  public static SortedMap<String, byte[]> bundledFiles() {
    SortedMap<String, byte[]> files = new TreeMap<>();
    String index = new String(resource("index.txt"), StandardCharsets.UTF_8);
    for (String line : index.split("\n")) {
      String name = line.trim();
      if (!name.isEmpty() && !name.startsWith("#")) {
        files.put("lemmas/" + name, resource(name));
      }
    }
    return files;
  }

  public static Catalog bundled() {
    return read(bundledFiles());
  }

  private static byte[] resource(String name) {
    try (InputStream in = Catalog.class.getResourceAsStream(DIR + name)) {
      if (in == null) {
        throw new SpecUnreadable(DIR + name, "", "not on the class path: the bundled catalog "
            + "is found through " + DIR + "index.txt");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads catalog files (name to content), in name order. The hash is the engine's catalog hash:
   * SHA-256 over each file's name, a zero byte and its content, in name order.
   */
  public static Catalog read(Map<String, byte[]> files) {
    TreeMap<String, byte[]> sorted = new TreeMap<>(files);
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    Map<String, Raw> raws = new LinkedHashMap<>();
    Map<String, Raw> opOwner = new HashMap<>();
    // Constants any file declares may be used by every file's rules (and by specs), so they
    // are collected before any rule is read.
    Map<String, Tree> trees = new LinkedHashMap<>();
    Set<String> constants = new TreeSet<>();
    for (Map.Entry<String, byte[]> f : sorted.entrySet()) {
      all.writeBytes(f.getKey().getBytes(StandardCharsets.UTF_8));
      all.write(0);
      all.writeBytes(f.getValue());
      Tree tree = Tree.read(f.getKey(), f.getValue());
      trees.put(f.getKey(), tree);
      constants.addAll(declared(tree, "constants"));
    }
    for (Tree tree : trees.values()) {
      for (Raw r : readFile(tree, constants)) {
        if (raws.put(r.id, r) != null) {
          throw tree.error(r.path, "rule id '" + r.id + "' defined twice");
        }
        for (String op : r.ops) {
          if (opOwner.putIfAbsent(op, r) != null) {
            throw tree.error(r.path, "op '" + op + "' already defined by " + opOwner.get(op).id);
          }
        }
      }
    }
    Map<String, CatalogRule> built = new LinkedHashMap<>();
    for (Raw r : raws.values()) {
      build(r, opOwner, built, new HashSet<>());
    }
    return new Catalog(new ArrayList<>(built.values()), sha256(all.toByteArray()), constants);
  }

  /** The depth constants the catalog files declare (such as {@code d_log}), not the built-in ones. */
  public Set<String> declaredConstants() {
    return constants;
  }

  public List<CatalogRule> rules() {
    return rules;
  }

  public Optional<CatalogRule> forOp(String op) {
    return Optional.ofNullable(byOp.get(op));
  }

  public Optional<CatalogRule> byId(String id) {
    return rules.stream().filter(r -> r.id().equals(id)).findFirst();
  }

  /** The engine's catalog hash of the files this catalog was read from. */
  public String sha256() {
    return sha256;
  }

  /** A rule as read, before a derived one's body is folded. */
  private record Raw(Tree tree, String path, String id, String number, String title,
      List<String> ops, Signature signature, List<String> hypotheses, Optional<Set<Poly>> depth,
      Optional<Set<Poly>> stated, Map<String, Poly> size, Optional<JsonNode> body,
      Formula dims) {}

  /**
   * The names a file declares under {@code constants:} or {@code gadgets:}: a mapping from each
   * name to its meaning and citation (a plain list of names is read too).
   */
  private static Set<String> declared(Tree t, String field) {
    Set<String> names = new TreeSet<>();
    JsonNode d = t.root.get(field);
    if (d == null || d.isNull()) {
      return names;
    }
    if (d.isObject()) {
      d.fieldNames().forEachRemaining(names::add);
    } else {
      names.addAll(t.texts(d, field));
    }
    for (String n : names) {
      if (field.equals("constants") && !n.matches("d_[A-Za-z0-9]+")) {
        throw t.error(Tree.child(field, n), "a depth constant is named d_<letters or digits>");
      }
    }
    return names;
  }

  private static List<Raw> readFile(Tree t, Set<String> constants) {
    t.only(t.root, "", FILE_FIELDS);
    List<Raw> out = new ArrayList<>();
    JsonNode list = t.list(t.root, "", "rules").orElseThrow(() -> t.error("", "missing 'rules'"));
    for (int i = 0; i < list.size(); i++) {
      out.add(rule(t, list.get(i), Tree.index("rules", i), constants));
    }
    return out;
  }

  private static Raw rule(Tree t, JsonNode node, String path, Set<String> constants) {
    if (!node.isObject()) {
      throw t.error(path, "a rule is a mapping");
    }
    t.only(node, path, RULE_FIELDS);
    List<String> ops = t.texts(node.get("ops"), Tree.child(path, "ops"));
    if (ops.isEmpty()) {
      throw t.error(path, "a rule needs ops");
    }
    Signature sig = signature(t, node.get("signature"), Tree.child(path, "signature"));
    Set<String> patternVars = new TreeSet<>();
    sig.inputs().values().forEach(ds -> ds.forEach(d -> patternVars.addAll(d.variables())));
    if (sig.kind().equals(Signature.ELEMENTWISE)) {
      patternVars.add("cells");
    }
    Set<String> depthNames = new TreeSet<>(patternVars);
    depthNames.addAll(constants);
    Formula depths = new Formula(depthNames);
    Formula dims = new Formula(patternVars);
    Optional<Set<Poly>> depth = t.text(node, path, "depth")
        .map(s -> parse(t, Tree.child(path, "depth"), () -> depths.depth(s)));
    Optional<Set<Poly>> stated = t.text(node, path, "stated")
        .map(s -> parse(t, Tree.child(path, "stated"), () -> depths.depth(s)));
    Map<String, Poly> size = new TreeMap<>();
    Optional<JsonNode> sizeNode = t.mapping(node, path, "size");
    if (sizeNode.isPresent()) {
      for (Map.Entry<String, JsonNode> e : t.entries(sizeNode.get())) {
        String p = Tree.child(Tree.child(path, "size"), e.getKey());
        String text = t.scalar(e.getValue(), p);
        Poly count = parse(t, p, () -> dims.polynomial(text));
        // An elementwise size is per entry (1 gadget for each of the cells entries) unless it
        // counts the entries itself.
        if (sig.kind().equals(Signature.ELEMENTWISE) && !count.variables().contains("cells")) {
          count = count.times(Poly.variable("cells"));
        }
        size.put(e.getKey(), count);
      }
    }
    Optional<JsonNode> body = t.mapping(node, path, "body");
    if (body.isPresent() == depth.isPresent()) {
      throw t.error(path, body.isPresent() ? "a derived lemma's depth is its body's fold"
          : "an axiom needs 'depth' (a derived lemma 'body')");
    }
    if (body.isPresent() && !sig.kind().equals(Signature.PATTERN)) {
      throw t.error(path, "a derived lemma needs a pattern signature");
    }
    return new Raw(t, path, t.required(node, path, "id"), t.required(node, path, "number"),
        t.text(node, path, "title").orElse(""), ops, sig,
        t.texts(node.get("hypotheses"), Tree.child(path, "hypotheses")), depth, stated, size,
        body, dims);
  }

  private static Signature signature(Tree t, JsonNode node, String path) {
    if (node == null || node.isNull()) {
      throw t.error(path, "missing signature");
    }
    if (node.isTextual()) {
      if (node.textValue().equals(Signature.ELEMENTWISE) || node.textValue().equals(
          Signature.ANY) || node.textValue().equals(Signature.RESHAPE)) {
        return new Signature(node.textValue(), Map.of(), List.of());
      }
      throw t.error(path, "unknown signature '" + node.textValue() + "'");
    }
    if (!node.isObject()) {
      throw t.error(path, "expected elementwise, any or {inputs, output}");
    }
    t.only(node, path, Set.of("inputs", "output"));
    JsonNode in = t.mapping(node, path, "inputs").orElseThrow(() -> t.error(path,
        "missing 'inputs'"));
    LinkedHashMap<String, List<Poly>> inputs = new LinkedHashMap<>();
    Set<String> vars = new TreeSet<>();
    for (Map.Entry<String, JsonNode> e : t.entries(in)) {
      String p = Tree.child(Tree.child(path, "inputs"), e.getKey());
      List<Poly> dims = new ArrayList<>();
      List<String> texts = t.texts(e.getValue(), p);
      for (int i = 0; i < texts.size(); i++) {
        String d = texts.get(i);
        if (d.matches("[0-9]{1,9}")) {
          dims.add(Poly.constant(org.apache.commons.numbers.fraction.BigFraction.of(
              Integer.parseInt(d))));
        } else if (d.matches("[a-z]")) {
          dims.add(Poly.variable(d));
          vars.add(d);
        } else {
          throw t.error(Tree.index(p, i), "a pattern dimension is one letter or a whole number");
        }
      }
      inputs.put(e.getKey(), dims);
    }
    Formula out = new Formula(vars);
    List<Poly> output = new ArrayList<>();
    List<String> texts = t.texts(node.get("output"), Tree.child(path, "output"));
    for (int i = 0; i < texts.size(); i++) {
      String d = texts.get(i);
      output.add(parse(t, Tree.index(Tree.child(path, "output"), i), () -> out.polynomial(d)));
    }
    return new Signature(Signature.PATTERN, inputs, output);
  }

  /** Builds a rule, folding a derived lemma's body after the rules its body uses. */
  private static CatalogRule build(Raw r, Map<String, Raw> opOwner,
      Map<String, CatalogRule> built, Set<String> inProgress) {
    CatalogRule done = built.get(r.id);
    if (done != null) {
      return done;
    }
    if (r.body.isEmpty()) {
      CatalogRule axiom = new CatalogRule(r.id, r.number, r.title, r.tree.file, r.ops,
          r.signature, r.hypotheses, false, r.depth.orElseThrow(), r.stated, r.size,
          Optional.empty());
      built.put(r.id, axiom);
      return axiom;
    }
    if (!inProgress.add(r.id) || inProgress.size() > 1000) {
      throw r.tree.error(r.path, "the body of " + r.number + " uses itself");
    }
    String bodyPath = Tree.child(r.path, "body");
    JsonNode body = r.body.get();
    r.tree.only(body, bodyPath, Set.of("nodes", "output", "note"));
    Map<String, Shape> inputs = new LinkedHashMap<>();
    r.signature.inputs().forEach((k, v) -> inputs.put(k, new Shape(v)));
    List<RawNode> raw = Blocks.rawNodes(r.tree, body, bodyPath, r.dims);
    Instantiation inst = new Instantiation(r.tree.file, op -> Optional.ofNullable(opOwner.get(op))
        .map(owner -> build(owner, opOwner, built, inProgress)));
    List<Node> nodes = inst.nodes(inputs, raw);
    String output = Blocks.output(r.tree, body, bodyPath, nodes);
    Block block = new Block(r.number, r.title, false, inputs, nodes, output, Optional.empty());
    Set<Poly> depth = Instantiation.arrivals(block).get(output);
    Map<String, Poly> size = new TreeMap<>();
    for (Node n : nodes) {
      n.size().forEach((k, v) -> size.merge(k, v, Poly::plus));
    }
    size.values().removeIf(Poly::isZero);
    inProgress.remove(r.id);
    CatalogRule derived = new CatalogRule(r.id, r.number, r.title, r.tree.file, r.ops,
        r.signature, r.hypotheses, true, depth, r.stated, size, Optional.of(block));
    built.put(r.id, derived);
    return derived;
  }

  static <T> T parse(Tree t, String path, java.util.function.Supplier<T> parse) {
    try {
      return parse.get();
    } catch (FormulaError e) {
      throw t.error(path, "in formula: " + e.getMessage());
    }
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }
}
