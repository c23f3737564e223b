package org.depthcert.verifier.spec;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.depthcert.verifier.Poly;

/**
 * The verifier's own reader of an architecture spec (YAML or JSON), on Jackson, sharing no code
 * with the engine's loader: it turns the spec into the {@link SpecProblem} it states, with every
 * node instantiated from the given catalog and, for a variant, the variant applied. A field it
 * does not know is refused rather than ignored, so that nothing a spec says goes unchecked.
 */
public final class SpecReader {
  private static final Set<String> TOP = Set.of("title", "description", "source", "parameters",
      "constants", "assumptions", "blocks", "model", "claims", "reading", "variants");
  private static final Set<String> PARAMETER = Set.of("meaning", "assume", "growth",
      "equals");
  private static final Set<String> BLOCK = Set.of("title", "inputs", "nodes", "output", "op",
      "depth", "note");
  private static final Set<String> CLAIM = Set.of("id", "subject", "stated", "class", "source",
      "note");
  private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
  private static final Pattern GROWTH_ASSUME = Pattern.compile(
      "\\s*([A-Za-z][A-Za-z0-9_]*)\\s*(<=|≤|=)\\s*(poly\\(n\\)|O\\((.*)\\))\\s*");
  private static final Pattern LOG = Pattern.compile("\\s*(\\\\)?log(\\^\\{?(\\d+)\\}?)?\\s*n\\s*");

  private final Tree t;
  private final Catalog catalog;
  /** The spec's assumptions, once read: the blocks' views are shown to fit under them. */
  private List<Assumption> bounds = List.of();

  private SpecReader(Tree t, Catalog catalog) {
    this.t = t;
    this.catalog = catalog;
  }

  /**
   * Reads {@code bytes} (the spec file {@code file}) as the problem it states, in the base
   * reading or, with {@code variant}, in that variant. Throws {@link SpecUnreadable}.
   */
  public static SpecProblem read(String file, byte[] bytes, Catalog catalog,
      Optional<String> variant) {
    return new SpecReader(Tree.read(file, bytes), catalog).problem(Catalog.sha256(bytes),
        variant);
  }

  private SpecProblem problem(String sha256, Optional<String> variant) {
    JsonNode root = t.root;
    t.only(root, "", TOP);
    List<Parameter> parameters = new ArrayList<>();
    List<Growth> growth = new ArrayList<>();
    List<String[]> assumeTexts = new ArrayList<>();
    Set<String> size = new LinkedHashSet<>();
    Set<String> structural = new LinkedHashSet<>();
    Optional<JsonNode> params = t.mapping(root, "", "parameters");
    for (Map.Entry<String, JsonNode> e : params.map(t::entries).orElse(List.of())) {
      String name = e.getKey();
      String p = Tree.child("parameters", name);
      name(name, p);
      if (name.startsWith("d_")) {
        throw t.error(p, "a parameter named d_... is a depth constant: declare it in 'constants'");
      }
      JsonNode v = e.getValue();
      if (v != null && !v.isNull() && !v.isObject()) {
        throw t.error(p, "expected {meaning, assume, growth}");
      }
      Optional<String> assume = Optional.empty();
      Optional<String> gr = Optional.empty();
      String meaning = "";
      if (v != null && v.isObject()) {
        t.only(v, p, PARAMETER);
        assume = t.text(v, p, "assume");
        gr = t.text(v, p, "growth");
        meaning = t.text(v, p, "meaning").orElse("");
      }
      parameters.add(new Parameter(name, gr.isPresent(), meaning, assume, gr, Optional.empty()));
      (gr.isPresent() ? structural : size).add(name);
      if (gr.isPresent()) {
        growth.add(growth(name, name + " = " + gr.get(), Tree.child(p, "growth")));
      }
      if (assume.isPresent()) {
        if (GROWTH_ASSUME.matcher(assume.get()).matches()) {
          growth.add(growth(name, assume.get(), Tree.child(p, "assume")));
        } else {
          assumeTexts.add(new String[] {assume.get(), Tree.child(p, "assume")});
        }
      }
    }
    List<String> constants = new ArrayList<>();
    Optional<JsonNode> consts = t.list(root, "", "constants");
    for (int i = 0; consts.isPresent() && i < consts.get().size(); i++) {
      String p = Tree.index("constants", i);
      String c = t.scalar(consts.get().get(i), p);
      if (!c.startsWith("d_") || c.length() < 3 || !NAME.matcher(c).matches()) {
        throw t.error(p, "a depth constant is named d_<name>");
      }
      if (SpecProblem.BUILT_IN_CONSTANTS.contains(c) || constants.contains(c)) {
        throw t.error(p, "duplicate name '" + c + "'");
      }
      if (catalog.declaredConstants().contains(c)) {
        throw t.error(p, "'" + c + "' is already declared by a lemma file");
      }
      constants.add(c);
    }
    equalities(params, parameters, size);
    Set<String> all = new LinkedHashSet<>(size);
    all.addAll(structural);
    all.addAll(constants);
    all.addAll(catalog.declaredConstants());
    Formula depths = new Formula(all);
    Formula dims = new Formula(size);
    List<Assumption> assumptions = new ArrayList<>();
    for (String[] a : assumeTexts) {
      assumptions.add(Catalog.parse(t, a[1], () -> depths.assumption(a[0])));
    }
    Optional<JsonNode> extra = t.list(root, "", "assumptions");
    for (int i = 0; extra.isPresent() && i < extra.get().size(); i++) {
      String p = Tree.index("assumptions", i);
      String text = t.scalar(extra.get().get(i), p);
      assumptions.add(Catalog.parse(t, p, () -> depths.assumption(text)));
    }
    bounds = List.copyOf(assumptions);
    Map<String, JsonNode> blockNodes = new LinkedHashMap<>();
    JsonNode blocksNode = t.mapping(root, "", "blocks").orElseThrow(() -> t.error("",
        "missing field 'blocks'"));
    t.entries(blocksNode).forEach(e -> blockNodes.put(e.getKey(), e.getValue()));
    if (blockNodes.isEmpty()) {
      throw t.error("blocks", "a spec needs at least one block");
    }
    List<Block> blocks = new ArrayList<>();
    for (Map.Entry<String, JsonNode> e : blockNodes.entrySet()) {
      name(e.getKey(), Tree.child("blocks", e.getKey()));
      blocks.add(block(e.getKey(), e.getValue(), Tree.child("blocks", e.getKey()), dims, depths,
          Map.of(), Map.of()));
    }
    if (variant.isPresent()) {
      blocks = applyVariant(variant.get(), blocks, blockNodes, dims, depths);
    }
    JsonNode modelNode = root.get("model");
    Set<String> blockNames = blockNodes.keySet();
    List<ModelItem> model = modelNode == null || modelNode.isNull()
        ? List.of(new ModelItem.BlockStep(blocks.get(0).name()))
        : model(modelNode, "model", blockNames, new Formula(structural));
    List<Claim> claims = claims(root, depths, blocks);
    return new SpecProblem(t.file, sha256, t.text(root, "", "title").orElseThrow(() ->
        t.error("", "missing field 'title'")), t.text(root, "", "description").orElse(""),
        t.text(root, "", "source").orElse(""), variant, parameters, constants, assumptions,
        growth, blocks, model, claims, usedRules(blocks, claims));
  }

  /** Each size parameter's {@code equals}: a product of the other size parameters. */
  private void equalities(Optional<JsonNode> params, List<Parameter> parameters,
      Set<String> size) {
    for (int i = 0; params.isPresent() && i < parameters.size(); i++) {
      Parameter par = parameters.get(i);
      JsonNode v = params.get().get(par.name());
      if (v == null || !v.isObject() || !v.has("equals")) {
        continue;
      }
      String p = Tree.child(Tree.child("parameters", par.name()), "equals");
      if (par.structural()) {
        throw t.error(p, "only a size parameter can equal a product of others");
      }
      Set<String> others = new LinkedHashSet<>(size);
      others.remove(par.name());
      String text = t.scalar(v.get("equals"), p);
      Poly rhs = Blocks.positive(t, p, Catalog.parse(t, p,
          () -> new Formula(others).polynomial(text)));
      parameters.set(i, new Parameter(par.name(), false, par.meaning(), par.assume(),
          par.growth(), Optional.of(rhs)));
    }
  }

  private void name(String name, String path) {
    if (!NAME.matcher(name).matches()) {
      throw t.error(path, "'" + name + "' is not a valid name");
    }
  }

  private Growth growth(String variable, String text, String path) {
    String rhs = text.replaceFirst("^\\s*[A-Za-z][A-Za-z0-9_]*\\s*(<=|≤|=)\\s*", "").trim();
    if (rhs.equals("poly(n)")) {
      return new Growth(variable, "polynomial", 0, text);
    }
    if (rhs.startsWith("O(") && rhs.endsWith(")")) {
      String inner = rhs.substring(2, rhs.length() - 1).trim();
      if (inner.equals("1")) {
        return new Growth(variable, "constant", 0, text);
      }
      if (inner.equals("n")) {
        return new Growth(variable, "linear", 0, text);
      }
      Matcher m = LOG.matcher(inner);
      if (m.matches()) {
        if (m.group(3) != null && m.group(3).length() > 9) {
          throw t.error(path, "log power too large");
        }
        return new Growth(variable, "polylog", m.group(3) == null ? 1
            : Integer.parseInt(m.group(3)), text);
      }
    }
    throw t.error(path, "unsupported growth '" + rhs + "'");
  }

  /**
   * One block; {@code given} (a variant's nodes taken as inputs, with their shapes) and
   * {@code ops} (a variant's op replacements) are empty for the base reading.
   */
  private Block block(String name, JsonNode node, String path, Formula dims, Formula depths,
      Map<String, String> ops, Map<String, Shape> given) {
    if (!node.isObject()) {
      throw t.error(path, "a block is a mapping with inputs, nodes and output");
    }
    t.only(node, path, BLOCK);
    String title = t.text(node, path, "title").orElse("");
    Optional<String> op = t.text(node, path, "op");
    if (op.isPresent()) {
      if (!op.get().equals("opaque")) {
        throw t.error(Tree.child(path, "op"), "a block's op can only be 'opaque'");
      }
      String depth = t.text(node, path, "depth").orElseThrow(() -> t.error(path,
          "an opaque block needs 'depth'"));
      return new Block(name, title, true, Map.of(), List.of(), "", Optional.of(Catalog.parse(t,
          Tree.child(path, "depth"), () -> depths.depth(depth))));
    }
    Map<String, Shape> inputs = new LinkedHashMap<>();
    JsonNode in = t.mapping(node, path, "inputs").orElseThrow(() -> t.error(path,
        "missing field 'inputs'"));
    for (Map.Entry<String, JsonNode> e : t.entries(in)) {
      inputs.put(e.getKey(), Blocks.shape(t, e.getValue(),
          Tree.child(Tree.child(path, "inputs"), e.getKey()), dims));
    }
    inputs.putAll(given);
    List<RawNode> written = Blocks.rawNodes(t, node, path, dims);
    String output = t.text(node, path, "output")
        .orElse(written.get(written.size() - 1).name());
    List<RawNode> raw = new ArrayList<>();
    for (RawNode n : written) {
      if (!given.containsKey(n.name())) {
        raw.add(ops.containsKey(n.name()) ? n.withOp(ops.get(n.name())) : n);
      }
    }
    if (raw.stream().noneMatch(n -> n.name().equals(output))) {
      throw t.error(Tree.child(path, "output"), "output '" + output + "' is not a node");
    }
    return new Block(name, title, false, inputs, new Instantiation(t.file, catalog::forOp,
        bounds).nodes(inputs, raw), output, Optional.empty());
  }

  /**
   * A variant (docs/audit.md): {@code given} nodes become inputs of their block, with the shape
   * the base reading computes for them (arriving at 0); {@code ops} gives nodes another op.
   */
  private List<Block> applyVariant(String name, List<Block> base, Map<String, JsonNode> raw,
      Formula dims, Formula depths) {
    JsonNode variants = t.mapping(t.root, "", "variants").orElseThrow(() -> t.error("",
        "the certificate is about variant '" + name + "' but the spec declares no variants"));
    String path = Tree.child("variants", name);
    JsonNode v = t.mapping(variants, "variants", name).orElseThrow(() -> t.error("variants",
        "the certificate is about variant '" + name + "', which the spec does not declare"));
    t.only(v, path, Set.of("reason", "given", "ops"));
    Map<String, Set<String>> given = new HashMap<>();
    for (String g : t.texts(v.get("given"), Tree.child(path, "given"))) {
      given.computeIfAbsent(blockOf(g, Tree.child(path, "given")), k -> new LinkedHashSet<>())
          .add(g.substring(g.indexOf('.') + 1));
    }
    Map<String, Map<String, String>> ops = new HashMap<>();
    Optional<JsonNode> opsNode = t.mapping(v, path, "ops");
    for (Map.Entry<String, JsonNode> e : opsNode.map(t::entries).orElse(List.of())) {
      String p = Tree.child(Tree.child(path, "ops"), e.getKey());
      ops.computeIfAbsent(blockOf(e.getKey(), p), k -> new HashMap<>())
          .put(e.getKey().substring(e.getKey().indexOf('.') + 1), t.scalar(e.getValue(), p));
    }
    List<Block> out = new ArrayList<>();
    for (Block b : base) {
      Set<String> g = given.getOrDefault(b.name(), Set.of());
      Map<String, String> o = ops.getOrDefault(b.name(), Map.of());
      if (g.isEmpty() && o.isEmpty()) {
        out.add(b);
        continue;
      }
      if (b.opaque()) {
        throw t.error(path, "the variant names a node of opaque block '" + b.name() + "'");
      }
      Map<String, Shape> givenShapes = new LinkedHashMap<>();
      for (String n : g) {
        givenShapes.put(n, b.node(n).orElseThrow(() -> t.error(path, "no node '" + n
            + "' in block '" + b.name() + "'")).shape());
      }
      for (String n : o.keySet()) {
        if (b.node(n).isEmpty()) {
          throw t.error(path, "no node '" + n + "' in block '" + b.name() + "'");
        }
      }
      out.add(block(b.name(), raw.get(b.name()), Tree.child("blocks", b.name()), dims, depths,
          o, givenShapes));
    }
    for (String b : given.keySet()) {
      if (base.stream().noneMatch(x -> x.name().equals(b))) {
        throw t.error(path, "no block '" + b + "'");
      }
    }
    return out;
  }

  private String blockOf(String blockNode, String path) {
    int dot = blockNode.indexOf('.');
    if (dot < 0) {
      throw t.error(path, "expected block.node, not '" + blockNode + "'");
    }
    return blockNode.substring(0, dot);
  }

  private List<ModelItem> model(JsonNode node, String path, Set<String> blocks, Formula counts) {
    if (!node.isArray() || node.isEmpty()) {
      throw t.error(path, "the model is a non-empty list of block names and {repeat, body}");
    }
    List<ModelItem> items = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      String p = Tree.index(path, i);
      JsonNode item = node.get(i);
      if (item.isTextual()) {
        if (!blocks.contains(item.textValue())) {
          throw t.error(p, "unknown block '" + item.textValue() + "'");
        }
        items.add(new ModelItem.BlockStep(item.textValue()));
      } else if (item.isObject()) {
        t.only(item, p, Set.of("repeat", "body"));
        String text = t.required(item, p, "repeat");
        Poly count = Blocks.wholeCount(t, Tree.child(p, "repeat"), Catalog.parse(t,
            Tree.child(p, "repeat"), () -> counts.polynomial(text)));
        JsonNode body = t.list(item, p, "body").orElseThrow(() -> t.error(p, "missing 'body'"));
        items.add(new ModelItem.Repeat(count, text, model(body, Tree.child(p, "body"), blocks,
            counts)));
      } else {
        throw t.error(p, "expected a block name or {repeat, body}");
      }
    }
    return items;
  }

  private List<Claim> claims(JsonNode root, Formula depths, List<Block> blocks) {
    List<Claim> claims = new ArrayList<>();
    Optional<JsonNode> list = t.list(root, "", "claims");
    Set<String> ids = new TreeSet<>();
    for (int i = 0; list.isPresent() && i < list.get().size(); i++) {
      String p = Tree.index("claims", i);
      JsonNode c = list.get().get(i);
      if (!c.isObject()) {
        throw t.error(p, "a claim is a mapping {id, subject, stated, class, source}");
      }
      t.only(c, p, CLAIM);
      String id = t.required(c, p, "id");
      if (!ids.add(id)) {
        throw t.error(Tree.child(p, "id"), "duplicate claim id '" + id + "'");
      }
      String subject = t.required(c, p, "subject");
      if (!knownSubject(subject, blocks)) {
        throw t.error(Tree.child(p, "subject"), "unknown subject '" + subject + "'");
      }
      Optional<String> statedText = t.text(c, p, "stated");
      Optional<Set<Poly>> stated = statedText.map(s -> Catalog.parse(t, Tree.child(p, "stated"),
          () -> depths.depth(s)));
      Optional<String> cls = t.text(c, p, "class");
      if (cls.isPresent() && !cls.get().matches("(AC|TC|NC)\\d{1,9}")) {
        throw t.error(Tree.child(p, "class"), "a class is written like TC0, NC1, AC0");
      }
      if (statedText.isEmpty() && cls.isEmpty()) {
        throw t.error(p, "a claim states a depth, a class or both");
      }
      claims.add(new Claim(id, subject, statedText, stated, cls,
          t.text(c, p, "source").orElse("")));
    }
    return claims;
  }

  private static boolean knownSubject(String subject, List<Block> blocks) {
    if (subject.equals("model") || subject.startsWith("rule:")) {
      return true;
    }
    int dot = subject.indexOf('.');
    String block = dot < 0 ? subject : subject.substring(0, dot);
    return blocks.stream().anyMatch(b -> b.name().equals(block)
        && (dot < 0 || b.node(subject.substring(dot + 1)).isPresent()));
  }

  /** The rules the nodes apply and the {@code rule:op} claims name, in catalog order. */
  private List<CatalogRule> usedRules(List<Block> blocks, List<Claim> claims) {
    Set<String> used = new TreeSet<>();
    blocks.forEach(b -> b.nodes().forEach(n -> used.add(n.rule())));
    for (Claim c : claims) {
      if (c.subject().startsWith("rule:")) {
        catalog.forOp(c.subject().substring(5)).ifPresent(r -> used.add(r.id()));
      }
    }
    return catalog.rules().stream().filter(r -> used.contains(r.id())).toList();
  }
}
