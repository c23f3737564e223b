package org.depthcert.rules;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.depthcert.algebra.DepthTerm;
import org.depthcert.algebra.Polynomial;
import org.depthcert.spec.BlockSpec;

/**
 * One lemma of the catalog (DESIGN.md section 2). An axiom carries its {@code depth} and gadget
 * {@code size} from the literature; a derived lemma carries a {@code body} (a sub-DAG of other
 * rules) that is folded to prove it, and optionally the depth its paper {@code stated}.
 *
 * @param id stable identifier, e.g. {@code 2412.18040/L4.1}
 * @param number the label as printed in the seed paper, e.g. {@code Lemma 4.1}
 * @param cites where the seed paper takes it from, e.g. {@code [CLL+24a] Lemma 4.2}
 * @param hypotheses side conditions over pattern variables and parameters, e.g. {@code k <= n}
 * @param size gadget counts by kind (std, sum, prod, exp, trig, sqrt) for axioms
 * @param explicit how {@code depthcert simulate} expands it into gadgets (docs/simulate.md)
 */
public record Rule(String id, String number, String title, String cites, String file,
    String path, List<String> ops, Signature signature, List<String> hypotheses,
    Optional<DepthTerm> depth, Optional<DepthTerm> stated, Map<String, Polynomial> size,
    Optional<BlockSpec> body, String note, Optional<Explicit> explicit) {
  public boolean isDerived() {
    return body.isPresent();
  }
}
