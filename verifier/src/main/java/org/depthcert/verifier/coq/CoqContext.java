package org.depthcert.verifier.coq;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.depthcert.verifier.Poly;

/**
 * What the parts of one Coq file share: the identifiers given to spec names, the variables in
 * the order the section declares them, and for every definition the section variables it
 * depends on (which Coq adds as its arguments when the section closes, in declaration order).
 */
final class CoqContext {
  final Problem problem;
  final Witnesses witnesses;
  final CoqNames names = new CoqNames();
  final CoqTerms terms;
  /** Every variable (spec name) in declaration order. */
  final List<String> variables;
  private final Map<String, Set<String>> uses = new HashMap<>();
  /** The gadget-count definitions of every node, to unfold for the size theorem. */
  final List<String> sizeDefinitions = new ArrayList<>();
  /** The theorems the file ends by printing the assumptions of. */
  final List<String> mainTheorems = new ArrayList<>();
  /** Nodes that already have a closed-form theorem. */
  final Set<String> nodeEqualities = new TreeSet<>();

  CoqContext(Problem problem, Witnesses witnesses) {
    this.problem = problem;
    this.witnesses = witnesses;
    this.variables = declarationOrder(problem);
    this.terms = new CoqTerms(variables);
    for (String v : variables) {
      names.of("var:" + v, v);
    }
  }

  /**
   * The spec's parameters in its order, then the depth constants that occur (built-in ones in
   * the paper's order, then declared ones), then anything else that occurs, by name.
   */
  private static List<String> declarationOrder(Problem p) {
    TreeSet<String> used = new TreeSet<>();
    for (Problem.Assumption a : p.assumptions()) {
      used.addAll(a.lhs().variables());
      used.addAll(a.rhs().variables());
    }
    for (Problem.Block b : p.blocks()) {
      b.opaqueDepth().ifPresent(t -> t.forEach(x -> used.addAll(x.variables())));
      for (Problem.Node n : b.nodes()) {
        n.local().forEach(x -> used.addAll(x.variables()));
        n.size().values().forEach(x -> used.addAll(x.variables()));
      }
    }
    addItems(p.model(), used);
    for (Problem.Rule r : p.rules()) {
      r.depth().forEach(x -> used.addAll(x.variables()));
      r.body().ifPresent(b -> b.nodes()
          .forEach(n -> n.local().forEach(x -> used.addAll(x.variables()))));
    }
    p.claims().forEach(c -> c.stated().ifPresent(t -> t.forEach(x -> used.addAll(x.variables()))));
    LinkedHashSet<String> order = new LinkedHashSet<>();
    p.parameters().forEach(x -> order.add(x.name()));
    p.constants().stream().filter(used::contains).forEach(order::add);
    order.addAll(used);
    return new ArrayList<>(order);
  }

  private static void addItems(List<Problem.Item> items, Set<String> into) {
    for (Problem.Item i : items) {
      if (i instanceof Problem.Repeat r) {
        into.addAll(r.count().variables());
        addItems(r.body(), into);
      }
    }
  }

  /** The Coq identifier of a spec variable. */
  String var(String v) {
    return names.get("var:" + v);
  }

  /** Records that definition {@code id} depends on these variables and on these definitions. */
  void defined(String id, Collection<Poly> terms, Collection<String> dependsOn) {
    Set<String> vars = new TreeSet<>();
    terms.forEach(t -> vars.addAll(t.variables()));
    dependsOn.forEach(d -> vars.addAll(uses(d)));
    uses.put(id, vars);
  }

  Set<String> uses(String id) {
    Set<String> v = uses.get(id);
    if (v == null) {
      throw new IllegalStateException("definition " + id + " not recorded");
    }
    return v;
  }

  /** {@code id} applied to its arguments after the section closed, at {@code value(v)}. */
  String applied(String id, java.util.function.Function<String, String> value) {
    StringBuilder sb = new StringBuilder(id);
    for (String v : variables) {
      if (uses(id).contains(v)) {
        sb.append(' ').append(value.apply(v));
      }
    }
    return sb.toString();
  }

  String z(Poly p) {
    return terms.z(p, this::var);
  }

  String max(List<Poly> terms) {
    return this.terms.max(terms, this::var);
  }

  String q(Poly p) {
    return terms.q(p, this::var);
  }

  /**
   * The variables of a statement over {@code vars}, closed under the assumptions that mention
   * one of them (an assumption relating two variables brings both in), in declaration order.
   */
  List<String> closure(Set<String> vars) {
    Set<String> closed = new TreeSet<>(vars);
    boolean grew = true;
    while (grew) {
      grew = false;
      for (Problem.Assumption a : problem.assumptions()) {
        Set<String> av = new TreeSet<>(a.lhs().variables());
        av.addAll(a.rhs().variables());
        if (av.stream().anyMatch(closed::contains)) {
          grew |= closed.addAll(av);
        }
      }
    }
    return variables.stream().filter(closed::contains).toList();
  }

  /** The assumptions (as Coq propositions) all of whose variables are among {@code vars}. */
  List<String> assumptionsOver(List<String> vars) {
    List<String> out = new ArrayList<>();
    for (Problem.Assumption a : problem.assumptions()) {
      Set<String> av = new TreeSet<>(a.lhs().variables());
      av.addAll(a.rhs().variables());
      if (!av.isEmpty() && vars.containsAll(av)) {
        out.add(z(a.lhs()) + " <= " + z(a.rhs()));
      }
    }
    return out;
  }
}
