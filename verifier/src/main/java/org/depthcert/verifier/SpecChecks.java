package org.depthcert.verifier;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.depthcert.verifier.spec.Block;
import org.depthcert.verifier.spec.Catalog;
import org.depthcert.verifier.spec.CatalogRule;
import org.depthcert.verifier.spec.Claim;
import org.depthcert.verifier.spec.ModelItem;
import org.depthcert.verifier.spec.Node;
import org.depthcert.verifier.spec.Parameter;
import org.depthcert.verifier.spec.Shape;
import org.depthcert.verifier.spec.SpecProblem;

/**
 * Binds a certificate to the problem its spec states: everything the arithmetic checks start
 * from (parameters, assumptions, growth, constants, rules, blocks, nodes with their ops, inputs,
 * rules, bindings, shapes, local depths and sizes, the model's composition and the claims with
 * their stated bounds) must be exactly what the verifier's own reading of the spec and the
 * catalog gives. The arithmetic checks then carry this to every arrival, depth and verdict.
 */
final class SpecChecks {
  private final SpecProblem spec;
  private final Catalog catalog;

  private SpecChecks(SpecProblem spec, Catalog catalog) {
    this.spec = spec;
    this.catalog = catalog;
  }

  static void check(At root, SpecProblem spec, Catalog catalog) {
    new SpecChecks(spec, catalog).all(root);
  }

  private void all(At root) {
    At about = root.field("spec");
    same(about.field("title"), spec.title(), "the spec's title");
    same(about.field("source"), spec.source(), "the spec's source");
    same(about.field("description"), spec.description(), "the spec's description");
    Optional<At> declared = about.optional("constants");
    if (declared.isPresent() && !declared.get().elements().stream().map(At::text).toList()
        .equals(spec.declaredConstants())) {
      throw declared.get().reject("the spec declares " + spec.declaredConstants());
    }
    parameters(root.field("parameters"));
    assumptions(root.field("assumptions"));
    growth(root.field("growth"));
    rules(root.field("rules"));
    List<At> blocks = root.field("blocks").elements();
    count(root.field("blocks"), blocks.size(), spec.blocks().size(), "blocks");
    for (int i = 0; i < blocks.size(); i++) {
      block(blocks.get(i), spec.blocks().get(i));
    }
    constants(root);
    model(root.field("model").field("items"), spec.model());
    List<At> claims = root.field("claims").elements();
    count(root.field("claims"), claims.size(), spec.claims().size(), "claims");
    for (int i = 0; i < claims.size(); i++) {
      claim(claims.get(i), spec.claims().get(i));
    }
    usedRules(root.field("rules"));
  }

  private void parameters(At at) {
    List<At> ps = at.elements();
    count(at, ps.size(), spec.parameters().size(), "parameters");
    for (int i = 0; i < ps.size(); i++) {
      At p = ps.get(i);
      Parameter s = spec.parameters().get(i);
      same(p.field("name"), s.name(), "parameter " + i);
      same(p.field("kind"), s.structural() ? "structural" : "size", "kind of " + s.name());
      same(p.field("meaning"), s.meaning(), "meaning of " + s.name());
      optional(p, "assume", s.assume(), s.name());
      optional(p, "growth", s.growth(), s.name());
      Optional<At> equals = p.optional("equals");
      if (equals.isPresent() != s.equals().isPresent()
          || equals.isPresent() && !ascii(equals.get()).equals(s.equals().get())) {
        throw (equals.isPresent() ? equals.get() : p).reject("the spec's " + s.name() + " "
            + s.equals().map(e -> "equals " + e).orElse("equals no product"));
      }
    }
  }

  private void assumptions(At at) {
    List<At> as = at.elements();
    count(at, as.size(), spec.assumptions().size(), "assumptions");
    for (int i = 0; i < as.size(); i++) {
      At a = as.get(i);
      var s = spec.assumptions().get(i);
      same(a.field("text"), s.text(), "assumption " + i);
      samePoly(a.field("lhs"), s.lhs());
      samePoly(a.field("rhs"), s.rhs());
    }
  }

  private void growth(At at) {
    List<At> gs = at.elements();
    count(at, gs.size(), spec.growth().size(), "growth bounds");
    for (int i = 0; i < gs.size(); i++) {
      At g = gs.get(i);
      var s = spec.growth().get(i);
      same(g.field("variable"), s.variable(), "growth bound " + i);
      same(g.field("kind"), s.kind(), "growth of " + s.variable());
      same(g.field("text"), s.text(), "growth of " + s.variable());
      if (g.field("logPower").smallInt() != s.logPower()) {
        throw g.field("logPower").reject("the spec's " + s.text() + " has log power "
            + s.logPower());
      }
    }
  }

  /**
   * Every rule the certificate lists is the catalog's, as the verifier reads the catalog: kind,
   * ops, depth (a derived lemma's: the verifier's own fold of its body) and stated depth. So a
   * certificate made with a changed lemma is caught even when it is consistent in itself.
   */
  private void rules(At at) {
    for (At r : at.elements()) {
      String id = r.field("id").text();
      CatalogRule c = catalog.byId(id).orElseThrow(() -> r.field("id").reject("rule '" + id
          + "' is not in the catalog"));
      same(r.field("kind"), c.derived() ? "derived" : "axiom", "the catalog's kind of " + id);
      List<String> ops = r.field("ops").elements().stream().map(At::text).toList();
      if (!ops.equals(c.ops())) {
        throw r.field("ops").reject("the catalog gives " + id + " the ops " + c.ops());
      }
      sameDepth(r.field("depth"), c.depth(), "the catalog's " + (c.derived()
          ? "fold of the body of " : "depth of ") + id);
      Optional<At> stated = r.optional("stated");
      if (stated.isPresent() != c.stated().isPresent()) {
        throw (stated.isPresent() ? stated.get() : r).reject("the catalog's " + id + " "
            + (c.stated().isPresent() ? "states " + c.stated().get() : "states no depth"));
      }
      if (stated.isPresent()) {
        sameDepth(stated.get(), c.stated().get(), "the catalog's stated depth of " + id);
      }
    }
  }

  /** The rules listed are exactly those the spec's nodes apply and its claims name. */
  private void usedRules(At at) {
    Set<String> listed = new TreeSet<>();
    at.elements().forEach(r -> listed.add(r.field("id").text()));
    Set<String> expected = new TreeSet<>();
    spec.rules().forEach(r -> expected.add(r.id()));
    if (!listed.equals(expected)) {
      throw at.reject("the spec's nodes and claims use the rules " + expected + ", not "
          + listed);
    }
  }

  private void block(At b, Block s) {
    same(b.field("name"), s.name(), "the spec's block");
    if (b.field("opaque").bool() != s.opaque()) {
      throw b.field("opaque").reject("block " + s.name() + " is " + (s.opaque() ? "" : "not ")
          + "opaque in the spec");
    }
    same(b.field("title"), s.title(), "the title of block " + s.name());
    if (s.opaque()) {
      sameDepth(b.field("depth"), s.opaqueDepth().orElseThrow(), "the spec's depth of opaque "
          + "block " + s.name());
      return;
    }
    Map<String, List<Poly>> inputs = new TreeMap<>();
    for (At in : b.field("inputs").elements()) {
      inputs.put(in.field("name").text(), shape(in.field("shape")));
    }
    Map<String, List<Poly>> expected = new TreeMap<>();
    s.inputs().forEach((k, v) -> expected.put(k, v.dims()));
    if (!inputs.equals(expected)) {
      throw b.field("inputs").reject("the spec's inputs of " + s.name() + " are " + expected);
    }
    same(b.field("output"), s.output(), "the output of block " + s.name());
    List<At> nodes = b.field("nodes").elements();
    count(b.field("nodes"), nodes.size(), s.nodes().size(), "nodes in block " + s.name());
    for (int i = 0; i < nodes.size(); i++) {
      node(nodes.get(i), s.nodes().get(i), s.name());
    }
  }

  private void node(At n, Node s, String block) {
    String where = block + "." + s.name();
    same(n.field("name"), s.name(), "the spec's node");
    same(n.field("op"), s.op(), "the op of " + where);
    List<String> ins = n.field("inputs").elements().stream().map(At::text).toList();
    if (!ins.equals(s.inputs())) {
      throw n.field("inputs").reject("the spec's inputs of " + where + " are " + s.inputs());
    }
    same(n.field("rule"), s.rule(), "the catalog's rule for op " + s.op());
    same(n.field("mode"), s.mode(), "the mode of " + where);
    Optional<At> each = n.optional("each");
    if (each.isPresent() != s.each().isPresent()) {
      throw (each.isPresent() ? each.get() : n).reject("'each' differs from the spec's");
    }
    if (each.isPresent()) {
      List<List<Poly>> views = new ArrayList<>();
      each.get().elements().forEach(e -> views.add(shape(e)));
      if (!views.equals(s.each().get().stream().map(Shape::dims).toList())) {
        throw each.get().reject("the spec's views are " + s.each().get());
      }
    }
    Optional<At> count = n.optional("count");
    if (count.isPresent() != s.count().isPresent()
        || count.isPresent() && !ascii(count.get()).equals(s.count().get())) {
      throw (count.isPresent() ? count.get() : n).reject("the spec's count is "
          + s.count().map(Poly::toString).orElse("absent"));
    }
    if (!shape(n.field("shape")).equals(s.shape().dims())) {
      throw n.field("shape").reject("the rule gives " + where + " the shape " + s.shape());
    }
    Map<String, Poly> bindings = new TreeMap<>();
    n.field("bindings").members().forEach((k, v) -> bindings.put(k, ascii(v)));
    if (!bindings.equals(s.bindings())) {
      throw n.field("bindings").reject("the input shapes bind " + s.bindings());
    }
    sameDepth(n.field("local"), s.local(), "the rule " + s.rule() + " instantiated at " + where);
    Map<String, Poly> size = Terms.sizes(n.field("size"));
    if (!Sizes.same(size, s.size())) {
      throw n.field("size").reject("the rule " + s.rule() + " instantiated at " + where
          + " gives the size " + s.size());
    }
  }

  /**
   * The depth constants: the built-in ones the depths use, in paper order, then the others the
   * depths use and the ones the spec declares.
   */
  private void constants(At root) {
    Set<String> used = new TreeSet<>(Terms.depth(root.field("model").field("depth")).stream()
        .flatMap(p -> p.variables().stream()).toList());
    for (At b : root.field("blocks").elements()) {
      Terms.depth(b.field("depth")).forEach(p -> used.addAll(p.variables()));
    }
    List<String> expected = new ArrayList<>();
    SpecProblem.BUILT_IN_CONSTANTS.stream().filter(used::contains).forEach(expected::add);
    // then, alphabetically, the spec's declared ones and any a lemma file declares that is used
    Set<String> others = new TreeSet<>(spec.declaredConstants());
    used.stream().filter(v -> Names.isDepthConstant(v)
        && !SpecProblem.BUILT_IN_CONSTANTS.contains(v)).forEach(others::add);
    expected.addAll(others);
    List<String> listed = root.field("constants").elements().stream().map(At::text).toList();
    if (!listed.equals(expected)) {
      throw root.field("constants").reject("the spec's constants (declared, and built-in ones "
          + "the depths use) are " + expected);
    }
  }

  private void model(At items, List<ModelItem> expected) {
    List<At> all = items.elements();
    count(items, all.size(), expected.size(), "model items");
    for (int i = 0; i < all.size(); i++) {
      At item = all.get(i);
      ModelItem s = expected.get(i);
      if (s instanceof ModelItem.BlockStep step) {
        if (!item.has("block")) {
          throw item.reject("the spec's model has block " + step.block() + " here");
        }
        same(item.field("block"), step.block(), "the spec's model");
      } else {
        ModelItem.Repeat r = (ModelItem.Repeat) s;
        if (!item.has("repeat")) {
          throw item.reject("the spec's model repeats " + r.countText() + " times here");
        }
        samePoly(item.field("repeat"), r.count());
        model(item.field("body"), r.body());
      }
    }
  }

  private void claim(At c, Claim s) {
    same(c.field("id"), s.id(), "the spec's claim");
    same(c.field("subject"), s.subject(), "the subject of claim " + s.id());
    same(c.field("source"), s.source(), "the source of claim " + s.id());
    Optional<At> stated = c.optional("stated");
    if (stated.isPresent() != s.stated().isPresent()) {
      throw (stated.isPresent() ? stated.get() : c).reject("claim " + s.id() + " "
          + (s.stated().isPresent() ? "states " + s.statedText().get() : "states no depth"));
    }
    if (stated.isPresent()) {
      sameDepth(stated.get(), s.stated().get(), "claim " + s.id() + "'s stated '"
          + s.statedText().get() + "', as the verifier reads it,");
      same(c.field("statedAsWritten"), s.statedText().get(), "claim " + s.id() + "'s text");
    }
    optional(c, "claimedClass", s.claimedClass(), "claim " + s.id());
  }

  private static List<Poly> shape(At at) {
    List<Poly> dims = new ArrayList<>();
    at.elements().forEach(d -> dims.add(ascii(d)));
    return dims;
  }

  /** A shape, count or binding, which a certificate writes in ASCII only. */
  private static Poly ascii(At at) {
    return AsciiForm.polynomial(at.text()).orElseThrow(() -> at.reject("not a polynomial: '"
        + At.abbreviate(at.text()) + "'"));
  }

  private static void same(At at, String expected, String what) {
    if (!at.text().equals(expected)) {
      throw at.reject(what + " is '" + At.abbreviate(expected) + "' in the spec, not '"
          + At.abbreviate(at.text()) + "'");
    }
  }

  private static void optional(At parent, String field, Optional<String> expected, String of) {
    Optional<At> at = parent.optional(field);
    if (at.isEmpty() && expected.isPresent()) {
      throw new Rejected(parent.path() + "." + field, "missing: the spec gives " + of + " '"
          + expected.get() + "'");
    }
    if (at.isPresent()) {
      if (expected.isEmpty()) {
        throw at.get().reject("the spec gives " + of + " no " + field);
      }
      same(at.get(), expected.get(), field + " of " + of);
    }
  }

  private static void samePoly(At at, Poly expected) {
    Poly p = Terms.polynomial(at);
    if (!p.equals(expected)) {
      throw at.reject("the spec says " + expected + ", not " + p);
    }
  }

  private static void sameDepth(At at, Set<Poly> expected, String what) {
    Set<Poly> d = Terms.depth(at);
    if (!d.equals(expected)) {
      throw at.reject(what + " is " + expected + ", not " + d);
    }
  }

  private static void count(At at, int found, int expected, String what) {
    if (found != expected) {
      throw at.reject("the spec has " + expected + " " + what + ", the certificate " + found);
    }
  }
}
