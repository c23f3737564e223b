package org.depthcert.verifier.coq;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.depthcert.verifier.Poly;

/**
 * What the Coq file states: the problem as the spec and the catalog give it, with no number that
 * only the certificate knows. A depth term is a list of polynomials read as their max.
 */
public record Problem(String title, String source, String specFile, List<Parameter> parameters,
    List<String> constants, List<Assumption> assumptions, List<Block> blocks, List<Item> model,
    List<Rule> rules, List<Claim> claims) {

  /** A structural or size parameter of the spec, an integer >= 1. */
  public record Parameter(String name, String meaning) {}

  /** An assumption {@code lhs <= rhs} of the spec, written as the spec writes it. */
  public record Assumption(String text, Poly lhs, Poly rhs) {}

  /**
   * A block: either opaque (a circuit of the given depth by assumption) or a DAG of nodes in the
   * spec's order over the named block inputs, whose depth is its output's arrival.
   */
  public record Block(String name, String title, Optional<List<Poly>> opaqueDepth,
      List<String> inputs, List<Node> nodes, String output) {
    public boolean opaque() {
      return opaqueDepth.isPresent();
    }
  }

  /**
   * A node: its rule's local depth (instantiated with the node's bindings) and its gadget counts
   * by kind, both from the catalog.
   */
  public record Node(String name, String op, String ruleId, String lemma, String note,
      List<String> inputs, List<Poly> local, Map<String, Poly> size) {}

  /** An item of the model's composition: a block, or a body repeated {@code count} times. */
  public sealed interface Item permits BlockItem, Repeat {}

  public record BlockItem(String block) implements Item {}

  public record Repeat(Poly count, List<Item> body) implements Item {}

  /**
   * A lemma of the catalog a {@code rule:<op>} claim may be about: its depth (an axiom's, or the
   * fold of a derived lemma's body) and, for a derived lemma, the body itself as a block over
   * the lemma's pattern variables.
   */
  public record Rule(String op, String id, String number, String title, List<Poly> depth,
      Optional<Block> body) {}

  /**
   * A claim of the spec: its subject ({@code model}, a block, {@code block.node} or
   * {@code rule:<op>}) and its stated depth, when it states one.
   */
  public record Claim(String id, String subject, Optional<List<Poly>> stated, String source,
      Optional<String> claimedClass) {}
}
