package org.depthcert.verifier.coq;


/**
 * The catalog lemmas that {@code rule:<op>} claims are about: each lemma's depth (an axiom's, or
 * a derived lemma's body as the catalog folds it) as a definition.
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

  void write() {
    boolean any = false;
    for (Problem.Claim c : cx.problem.claims()) {
      if (!c.subject().startsWith("rule:")) {
        continue;
      }
      String op = c.subject().substring(5);
      if (cx.names.has("rule:" + op)) {
        continue;
      }
      if (!any) {
        out.append("\n(* ").append("=".repeat(70)).append("\n   Catalog lemmas that claims are "
            + "about\n   ").append("=".repeat(70)).append(" *)\nSection rules.\n\n");
        any = true;
      }
      Problem.Rule r = rule(cx, op);
      String id = cx.names.of("rule:" + op, "rule_" + op + "_depth");
      out.append("(* ").append(Comments.text(r.number())).append(" (").append(Comments.text(r.id()))
          .append("), ").append(Comments.text(r.title())).append(": the depth of op ")
          .append(Comments.text(op)).append(" *)\nDefinition ").append(id).append(" : Z := ")
          .append(cx.max(r.depth())).append(".\n");
      cx.defined(id, r.depth(), java.util.List.<String>of());
    }
    if (any) {
      out.append("\nEnd rules.\n");
    }
  }

}
