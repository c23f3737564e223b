package org.depthcert.verifier.spec;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.depthcert.verifier.Poly;

/**
 * A lemma of the catalog as the verifier reads it. An axiom's {@code depth} and {@code size} are
 * what the catalog writes; a derived lemma's are the verifier's own fold of its {@code body}
 * (in the rule's pattern variables), and {@code stated} is the depth its paper states.
 */
public record CatalogRule(String id, String number, String title, String file,
    List<String> ops, Signature signature, List<String> hypotheses, boolean derived,
    Set<Poly> depth, Optional<Set<Poly>> stated, Map<String, Poly> size, Optional<Block> body) {
  public CatalogRule {
    ops = List.copyOf(ops);
    hypotheses = List.copyOf(hypotheses);
    depth = Copies.ordered(depth);
    stated = stated.map(Copies::ordered);
    size = Copies.sorted(size);
  }
}
