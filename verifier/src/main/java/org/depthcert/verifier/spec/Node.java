package org.depthcert.verifier.spec;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.depthcert.verifier.Poly;

/**
 * One node of a block as the spec writes it, and as its rule instantiates it.
 *
 * @param each the per-instance views of the inputs, when the node runs {@code count} instances
 * @param declaredShape the {@code shape} the node writes, if any
 * @param mode how the rule's depth is used, as a certificate names it: {@code axiom} (an axiom's
 *     depth), {@code tight} (the fold of a derived lemma's body) or {@code modular} (a derived
 *     lemma's stated depth)
 * @param rule the id of the catalog rule for the node's op
 * @param bindings the rule's pattern variables (or {@code cells}) bound from the input shapes
 * @param shape the node's output shape (the first dimension multiplied by {@code count})
 * @param local the node's own depth: the rule's depth with the bindings substituted
 * @param size gadget counts by kind: the rule's size with the bindings substituted, times count
 */
public record Node(String name, String op, List<String> inputs, Optional<List<Shape>> each,
    Optional<Poly> count, Optional<Shape> declaredShape, String mode, String rule,
    Map<String, Poly> bindings, Shape shape, Set<Poly> local, Map<String, Poly> size) {
  public Node {
    inputs = List.copyOf(inputs);
    each = each.map(List::copyOf);
    bindings = Copies.sorted(bindings);
    local = Copies.ordered(local);
    size = Copies.sorted(size);
  }
}
