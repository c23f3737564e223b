package org.depthcert.verifier.coq;

import java.util.ArrayList;
import java.util.List;
import org.depthcert.verifier.Poly;

/**
 * The model's depth from its composition: blocks in sequence add, and {@code repeat: c} is a
 * recursive definition over the number of repetitions, whose closed form is proved by induction
 * (so no repetition is ever unrolled). Then the model's closed form and its gadget count.
 */
final class ModelPart {
  private final CoqContext cx;
  private final StringBuilder out;
  private final List<String> repeats = new ArrayList<>();
  private final StringBuilder definitions = new StringBuilder();

  ModelPart(CoqContext cx, StringBuilder out) {
    this.cx = cx;
    this.out = out;
  }

  void write() {
    out.append("\n(* ").append("=".repeat(70)).append("\n   The model: its depth from its "
        + "composition\n   ").append("=".repeat(70)).append(" *)\nSection model.\n\n");
    List<String> deps = new ArrayList<>();
    List<Poly> counts = new ArrayList<>();
    String depth = sum(cx.problem.model(), deps, counts);
    out.append(definitions);
    out.append("Definition model_depth : Z := ").append(depth).append(".\n");
    cx.defined("model_depth", counts, deps);
    String closed = cx.max(cx.witnesses.modelDepth());
    out.append("\n(* The closed form: the repeats by their induction lemmas, the blocks by their "
        + "depth\n   theorems, then max distributes over + and over a non-negative count. *)\n"
        + "Theorem model_depth_closed_form : model_depth = ").append(closed)
        .append(".\nProof using Type*.\n  unfold model_depth.\n");
    if (!repeats.isEmpty()) {
      out.append("  rewrite ").append(String.join(", ",
          repeats.stream().map(r -> "?" + r + "_closed_form").toList())).append(".\n")
          .append("  rewrite ?Z2Nat.id by nia.\n");
    }
    for (Problem.Block b : cx.problem.blocks()) {
      String d = BlockPart.depthName(cx, b.name());
      out.append(b.opaque() ? "  unfold " + d + ".\n" : "  rewrite ?" + d + "_eq.\n");
    }
    out.append("  max_out.\n  first [lia | nia].\nQed.\n");
    cx.mainTheorems.add("model_depth_closed_form");
    writeSize();
    out.append("End model.\n");
  }

  /** The depth of a sequence of items as a Coq sum, defining one Fixpoint per repeat. */
  private String sum(List<Problem.Item> items, List<String> deps, List<Poly> counts) {
    List<String> parts = new ArrayList<>();
    for (Problem.Item item : items) {
      if (item instanceof Problem.BlockItem b) {
        String d = BlockPart.depthName(cx, b.block());
        parts.add(d);
        deps.add(d);
      } else {
        Problem.Repeat r = (Problem.Repeat) item;
        String id = "model_repeat_" + (repeats.size() + 1);
        repeats.add(id);
        List<String> bodyDeps = new ArrayList<>();
        List<Poly> bodyCounts = new ArrayList<>();
        String body = sum(r.body(), bodyDeps, bodyCounts);
        definitions.append("(* repeat: ").append(Comments.text(cx.z(r.count())))
            .append(" -- the body once more for every repetition *)\nFixpoint ").append(id)
            .append(" (k : nat) : Z :=\n  match k with\n  | O => 0\n  | S k' => ").append(id)
            .append(" k' + ").append(atom(body)).append("\n  end.\n\nLemma ").append(id)
            .append("_closed_form : forall k : nat, ").append(id)
            .append(" k = Z.of_nat k * ").append(atom(body)).append(".\nProof using Type*.\n"
                + "  induction k as [|k IH]; cbn [").append(id).append("].\n  - reflexivity.\n"
                + "  - rewrite IH, Nat2Z.inj_succ. ring.\nQed.\n\n");
        cx.defined(id, bodyCounts, bodyDeps);
        deps.add(id);
        counts.add(r.count());
        parts.add(id + " (Z.to_nat " + atom(cx.z(r.count())) + ")");
      }
    }
    return parts.isEmpty() ? "0" : String.join(" + ", parts);
  }

  /** A name or a number as it is; anything else in parentheses. */
  private static String atom(String expression) {
    return expression.matches("[A-Za-z0-9_']+") ? expression : "(" + expression + ")";
  }

  private void writeSize() {
    String size = sizeSum(cx.problem.model());
    out.append("\n(* The gadget count: each block's nodes' counts, a repeat multiplying its body's"
        + " (an\n   opaque block is one gadget). *)\nDefinition model_size : Q := (").append(size)
        .append(")%Q.\n\nTheorem model_size_total : (model_size == ").append(cx.q(cx.witnesses.gadgets()))
        .append(")%Q.\nProof using Type*.\n  unfold model_size");
    for (Problem.Block b : cx.problem.blocks()) {
      out.append(", ").append(BlockPart.sizeName(cx, b.name()));
    }
    for (String s : cx.sizeDefinitions) {
      out.append(", ").append(s);
    }
    out.append(".\n  ring.\nQed.\n");
    cx.mainTheorems.add("model_size_total");
  }

  private String sizeSum(List<Problem.Item> items) {
    List<String> parts = new ArrayList<>();
    for (Problem.Item item : items) {
      if (item instanceof Problem.BlockItem b) {
        parts.add(BlockPart.sizeName(cx, b.block()));
      } else {
        Problem.Repeat r = (Problem.Repeat) item;
        parts.add("inject_Z " + atom(cx.z(r.count())) + " * " + atom(sizeSum(r.body())));
      }
    }
    return parts.isEmpty() ? "0" : String.join(" + ", parts);
  }
}
