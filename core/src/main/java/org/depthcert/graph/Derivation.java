package org.depthcert.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.depthcert.algebra.DepthTerm;
import org.depthcert.algebra.Polynomial;
import org.depthcert.fold.Attainment;
import org.depthcert.fold.BlockResult;
import org.depthcert.fold.Folded;
import org.depthcert.fold.NodeResult;

/**
 * The derivation of one node's arrival depth, read off the fold: for each maximal term, the chain
 * of nodes back to a block input, and at each step which input attains the maximum, what the
 * other inputs arrive at, and which lemma adds what. Used by {@code depthcert explain}.
 */
public final class Derivation {
  private Derivation() {}

  /** A node named {@code block.node}, or by its name alone when one block has it. */
  public static Optional<String[]> resolve(Folded folded, String name, List<String> candidates) {
    int dot = name.indexOf('.');
    for (BlockResult b : folded.blocks().values()) {
      if (dot >= 0) {
        if (b.name().equals(name.substring(0, dot)) && has(b, name.substring(dot + 1))) {
          candidates.add(name);
        }
      } else if (has(b, name)) {
        candidates.add(b.name() + "." + name);
      } else if (b.name().equals(name)) {
        candidates.add(b.name() + "." + b.spec().output());
      }
    }
    return candidates.size() == 1 ? Optional.of(candidates.get(0).split("\\.", 2))
        : Optional.empty();
  }

  private static boolean has(BlockResult b, String node) {
    return b.nodes().stream().anyMatch(n -> n.name().equals(node));
  }

  /** The text derivation of {@code block.node}'s arrival depth. */
  public static String explain(Folded folded, String block, String node) {
    BlockResult b = folded.blocks().get(block);
    NodeResult n = b.node(node);
    StringBuilder sb = new StringBuilder();
    sb.append(block).append('.').append(node).append(": arrival ").append(n.arrival().ascii())
        .append('\n');
    int k = 1;
    for (Polynomial term : n.arrival().terms()) {
      if (!n.arrival().isSingle()) {
        sb.append("\nmaximal term ").append(k++).append(": ").append(term.ascii()).append('\n');
      }
      chain(sb, b, n, term);
    }
    return sb.toString();
  }

  private static void chain(StringBuilder sb, BlockResult b, NodeResult start, Polynomial term) {
    NodeResult n = start;
    Polynomial t = term;
    while (true) {
      Attainment a = attainment(n, t);
      sb.append("  ").append(n.name()).append(" = ").append(n.op()).append('(')
          .append(String.join(", ", n.spec().inputs())).append(")  [").append(n.rule().number())
          .append(", ").append(n.rule().id()).append(n.rule().isDerived()
              ? (n.spec().modular() ? ", modular" : ", folded body") : "").append("]\n");
      if (a.input().isEmpty()) {
        sb.append("      no inputs: arrives at its local depth ").append(a.localTerm().ascii())
            .append('\n');
        return;
      }
      List<String> others = new ArrayList<>();
      for (String in : n.spec().inputs()) {
        if (!in.equals(a.input()) && !others.contains(in + " at " + arrival(b, in).ascii())) {
          others.add(in + " at " + arrival(b, in).ascii());
        }
      }
      sb.append("      ").append(a.input()).append(" arrives at ").append(a.inputTerm().ascii())
          .append(" and attains the maximum").append(others.isEmpty() ? ""
              : " (also in: " + String.join(", ", others) + ")").append('\n');
      sb.append("      + ").append(a.localTerm().ascii()).append(" from ")
          .append(n.rule().number()).append(" = ").append(t.ascii()).append('\n');
      Optional<NodeResult> prev = b.nodes().stream().filter(x -> x.name().equals(a.input()))
          .findFirst();
      if (prev.isEmpty()) {
        sb.append("  ").append(a.input()).append(": input of block ").append(b.name())
            .append(", arrives at 0\n");
        return;
      }
      n = prev.get();
      t = a.inputTerm();
    }
  }

  private static Attainment attainment(NodeResult n, Polynomial term) {
    for (Attainment a : n.attainedBy()) {
      if (a.term().equals(term)) {
        return a;
      }
    }
    throw new IllegalStateException("the fold records no attainment of " + term.ascii()
        + " at " + n.name());
  }

  private static DepthTerm arrival(BlockResult b, String name) {
    return b.nodes().stream().filter(x -> x.name().equals(name)).findFirst()
        .map(NodeResult::arrival).orElse(DepthTerm.ZERO);
  }
}
