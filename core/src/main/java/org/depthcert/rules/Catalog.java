package org.depthcert.rules;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The loaded lemma catalog: every rule, by the ops it defines, with the SHA-256 of its files. */
public final class Catalog {
  private final List<Rule> rules;
  private final Map<String, Rule> byOp;
  private final String sha256;
  private final List<Declaration> declarations;
  private final Map<String, org.depthcert.spec.LocatedTree> trees;

  Catalog(List<Rule> rules, String sha256, List<Declaration> declarations,
      Map<String, org.depthcert.spec.LocatedTree> trees) {
    this.declarations = List.copyOf(declarations);
    this.trees = Map.copyOf(trees);
    this.rules = List.copyOf(rules);
    TreeMap<String, Rule> ops = new TreeMap<>();
    for (Rule r : rules) {
      for (String op : r.ops()) {
        ops.put(op, r);
      }
    }
    this.byOp = Collections.unmodifiableMap(ops);
    this.sha256 = sha256;
  }

  public List<Rule> rules() {
    return rules;
  }

  public Optional<Rule> forOp(String op) {
    return Optional.ofNullable(byOp.get(op));
  }

  public java.util.Set<String> ops() {
    return byOp.keySet();
  }

  public String sha256() {
    return sha256;
  }

  /**
   * An error at {@code path} of a catalog file (a rule's body, say), located at its line: a
   * lemma file's mistake is reported like a spec's, {@code file:line: path: message}.
   */
  public org.depthcert.spec.SpecError error(String file, String path, String message) {
    org.depthcert.spec.LocatedTree tree = trees.get(file);
    return tree == null ? new org.depthcert.spec.SpecError(file, 0, path, message)
        : tree.error(path, message);
  }

  /** The constants and gadget kinds the catalog files declare, by kind then name. */
  public List<Declaration> declarations() {
    return declarations;
  }

  /** Names of the depth constants the files declare (not the built-in ones). */
  public java.util.Set<String> declaredConstants() {
    java.util.Set<String> names = new java.util.TreeSet<>();
    declarations.stream().filter(d -> d.kind() == Declaration.Kind.CONSTANT)
        .forEach(d -> names.add(d.name()));
    return names;
  }

  /** The declaration of a depth constant or gadget kind, if a catalog file makes one. */
  public Optional<Declaration> declaration(Declaration.Kind kind, String name) {
    return declarations.stream().filter(d -> d.kind() == kind && d.name().equals(name))
        .findFirst();
  }
}
