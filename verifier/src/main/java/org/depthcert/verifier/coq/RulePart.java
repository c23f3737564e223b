package org.depthcert.verifier.coq;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.depthcert.verifier.MaxTerm;
import org.depthcert.verifier.Poly;

/**
 * The catalog lemmas that {@code rule:<op>} claims are about. An axiom is its depth. A derived
 * lemma is its body, written like a block (each node the max over its inputs plus its rule's
 * depth, in the lemma's own variables), with every node's closed form proved from its inputs',
 * so that the lemma's depth is a theorem about the catalog's construction.
 */
final class RulePart {
  private final CoqContext cx;
  private final StringBuilder out;

  RulePart(CoqContext cx, StringBuilder out) {
    this.cx = cx;
    this.out = out;
  }

  static String depthName(CoqContext cx, String op) {
    return cx.names.get("rule:" + op);
  }

  static Problem.Rule rule(CoqContext cx, String op) {
    return cx.problem.rules().stream().filter(r -> r.op().equals(op)).findFirst()
        .orElseThrow(() -> new NotExportable("no catalog rule for op " + op));
  }

  /** How a claim rewrites the lemma's depth to its closed form. */
  static String toClosedForm(CoqContext cx, String op) {
    String def = depthName(cx, op);
    return rule(cx, op).body().isPresent() ? "rewrite " + def + "_eq by lia." : "unfold " + def
        + ".";
  }

  void write() {
    for (Problem.Claim c : cx.problem.claims()) {
      if (!c.subject().startsWith("rule:")) {
        continue;
      }
      String op = c.subject().substring(5);
      if (cx.names.has("rule:" + op)) {
        continue;
      }
      Problem.Rule r = rule(cx, op);
      String id = cx.names.of("rule:" + op, "rule_" + op + "_depth");
      String section = cx.names.of("section:rule:" + op, "rule_" + op);
      out.append("\n(* ").append("=".repeat(70)).append("\n   ")
          .append(Comments.text(r.number())).append(" (").append(Comments.text(r.id()))
          .append("), ").append(Comments.text(r.title())).append(": the catalog lemma for op ")
          .append(Comments.text(op)).append("\n   ").append("=".repeat(70))
          .append(" *)\nSection ").append(section).append(".\n\n");
      if (r.body().isPresent()) {
        writeBody(op, r, id);
      } else {
        out.append("(* An axiom of the catalog: its depth as the catalog states it. *)\n")
            .append("Definition ").append(id).append(" : Z := ").append(cx.max(r.depth()))
            .append(".\n");
        cx.defined(id, r.depth(), List.of());
      }
      out.append("\nEnd ").append(section).append(".\n");
    }
  }

  private void writeBody(String op, Problem.Rule r, String id) {
    Problem.Block body = r.body().orElseThrow();
    Set<String> inputs = new LinkedHashSet<>(body.inputs());
    Map<String, String> names = new TreeMap<>();
    Map<String, Set<Poly>> arrival = new TreeMap<>();
    out.append("(* Its body, in the lemma's own variables: inputs arrive at 0, every node is the "
        + "max\n   over its inputs plus its rule's depth. *)\n");
    for (String in : body.inputs()) {
      String name = cx.names.of("rule:" + op + ":" + in, "rule_" + op + "_" + in);
      names.put(in, name);
      arrival.put(in, Set.of(Poly.ZERO));
      out.append("Definition ").append(name).append(" : Z := 0.\n");
      cx.defined(name, List.of(), List.of());
    }
    for (Problem.Node n : body.nodes()) {
      String name = cx.names.of("rule:" + op + ":" + n.name(), "rule_" + op + "_" + n.name());
      names.put(n.name(), name);
      List<Poly> candidates = new ArrayList<>();
      for (String in : n.inputs()) {
        candidates.addAll(MaxTerm.plus(arrival.get(in), new LinkedHashSet<>(n.local())));
      }
      arrival.put(n.name(), n.inputs().isEmpty() ? new LinkedHashSet<>(n.local())
          : MaxTerm.normalise(candidates));
      List<String> ins = n.inputs().stream().map(names::get).toList();
      out.append("(* ").append(Comments.text(n.name())).append(": ").append(Comments.text(n.op()))
          .append(", ").append(Comments.text(n.lemma())).append(" *)\nDefinition ").append(name)
          .append(" : Z := ").append(BlockPart.arrival(cx, ins, n.local())).append(".\n");
      cx.defined(name, n.local(), ins);
    }
    out.append("Definition ").append(id).append(" : Z := ").append(names.get(body.output()))
        .append(".\n\n");
    cx.defined(id, List.of(), List.of(names.get(body.output())));
    for (Problem.Node n : body.nodes()) {
      String name = names.get(n.name());
      LinkedHashSet<String> unfold = new LinkedHashSet<>(List.of(name));
      LinkedHashSet<String> rewrite = new LinkedHashSet<>();
      for (String in : n.inputs()) {
        (inputs.contains(in) ? unfold : rewrite).add(names.get(in) + (inputs.contains(in) ? ""
            : "_eq"));
      }
      out.append("Lemma ").append(name).append("_eq : ").append(name).append(" = ")
          .append(cx.max(new ArrayList<>(arrival.get(n.name())))).append(".\nProof using Type*.\n"
              + "  unfold ").append(String.join(", ", unfold)).append(".\n");
      if (!rewrite.isEmpty()) {
        out.append("  rewrite ").append(String.join(", ", rewrite)).append(".\n");
      }
      out.append("  lia.\nQed.\n");
    }
    out.append("\nTheorem ").append(id).append("_eq : ").append(id).append(" = ")
        .append(cx.max(r.depth())).append(".\nProof using Type*.\n  unfold ").append(id)
        .append(". rewrite ").append(names.get(body.output())).append("_eq. lia.\nQed.\n");
    cx.mainTheorems.add(id + "_eq");
  }
}
