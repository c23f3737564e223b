package org.depthcert.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Relabelled verdicts and unchecked conditions are REJECTED (issue #9 classes 3, 5 and 11). The
 * snapshot tensor-attention.json has, as claims[4], Lemma 4.5: computed 6*d_std + 3*d_sum +
 * d_exp against stated 5*d_std + 5*d_sum + d_exp, FAILS at d_std = 3, d_sum = d_exp = 1
 * (6*3 + 3 + 1 = 22 > 5*3 + 5 + 1 = 21), with
 * holdsIf d_std <= 2*d_sum (stated - computed = 2*d_sum - d_std), kind iff; claims[5] (Lemma
 * 4.6) HOLDS and rests on the two violated uses of k <= n (attention.D and attention.AV); the
 * only assumption is d <= n.
 */
class RelabellingTest {
  private static Outcome tampered(Consumer<ObjectNode> edit) {
    ObjectNode root = (ObjectNode) Tamper.read(Certificates.bytes("tensor-attention"));
    edit.accept(root);
    return Verifier.verify(RejectionTest.sorted(root), Optional.empty());
  }

  private static ObjectNode claim(ObjectNode root, int i) {
    return (ObjectNode) root.get("claims").get(i);
  }

  @Test
  void theSnapshotIsAccepted() {
    assertThat(tampered(r -> { }).accepted()).isTrue();
  }

  // The search's {1,2,3} grid over d_std, d_sum, d_exp contains d_std = 3, d_sum = d_exp = 1,
  // where the computed 22 exceeds the stated 21: UNDECIDED cannot stand.
  @Test
  void failsRelabelledUndecidedWithoutItsCounterexampleIsRejected() {
    Outcome o = tampered(r -> {
      ObjectNode c = claim(r, 4);
      c.put("depthVerdict", "UNDECIDED");
      c.put("verdict", "UNDECIDED");
      c.remove("counterexample");
      r.put("verdict", "UNDECIDED");
    });
    assertThat(o.accepted()).isFalse();
    assertThat(o.path()).isEqualTo("$.claims[4].depthVerdict");
    assertThat(o.reason()).contains("finds a counterexample");
  }

  // Shrinking the recorded search (grid {1} only) to hide the violation is rejected.
  @Test
  void aShrunkSearchIsRejected() {
    Outcome o = tampered(r -> ((ObjectNode) claim(r, 4).get("search")).putArray("grid").add(1));
    assertThat(o.path()).isEqualTo("$.claims[4].search.grid");
    Outcome vars = tampered(r -> ((ArrayNode) claim(r, 4).get("search").get("variables"))
        .remove(0));
    assertThat(vars.path()).isEqualTo("$.claims[4].search.variables");
  }

  // A false condition: d_std <= 3*d_sum does not make the claim hold (d_std = 3, d_sum = 1
  // satisfies it, yet 22 > 21); its certificate's residual, stated - computed minus the
  // condition's gap, 2*d_sum - d_std - (3*d_sum - d_std) = -d_sum, is negative.
  @Test
  void aFalseHoldsIfIsRejected() {
    Outcome text = tampered(r -> claim(r, 4).put("holdsIf", "d_std <= 3*d_sum"));
    assertThat(text.path()).isEqualTo("$.claims[4].holdsIf");
    Outcome unchecked = tampered(r -> claim(r, 4).remove("holdsIfCheck"));
    assertThat(unchecked.path()).isEqualTo("$.claims[4].holdsIfCheck");
    Outcome wrong = tampered(r -> {
      ObjectNode cond = (ObjectNode) claim(r, 4).get("holdsIfCheck").get("conditions").get(0);
      JsonNode three = Tamper.read(RejectionTest.poly("3*d_sum").getBytes(
          java.nio.charset.StandardCharsets.UTF_8));
      cond.set("rhs", three);
      cond.put("text", "d_std <= 3*d_sum");
      claim(r, 4).put("holdsIf", "d_std <= 3*d_sum");
    });
    assertThat(wrong.accepted()).isFalse();
    assertThat(wrong.path()).startsWith("$.claims[4].holdsIfCheck.certificates");
  }

  // A condition relabelled iff when it is only sufficient: d_std <= d_sum implies
  // d_std <= 2*d_sum (so the certificates still prove sufficiency) but the claim does not imply
  // it (d_std = 2, d_sum = 1 satisfies the claim's condition, not this one).
  @Test
  void aSufficientConditionCalledIffIsRejected() {
    Outcome o = tampered(r -> {
      ObjectNode cond = (ObjectNode) claim(r, 4).get("holdsIfCheck").get("conditions").get(0);
      cond.set("rhs", Tamper.read(RejectionTest.poly("d_sum").getBytes(
          java.nio.charset.StandardCharsets.UTF_8)));
      cond.put("text", "d_std <= d_sum");
      claim(r, 4).put("holdsIf", "d_std <= d_sum");
    });
    assertThat(o.accepted()).isFalse();
    assertThat(o.reason()).containsAnyOf("does not imply", "does not prove");
  }

  // The domain witness must satisfy d <= n and assign every variable.
  @Test
  void aBadDomainWitnessIsRejected() {
    Outcome o = tampered(r -> ((ObjectNode) r.get("domainWitness")).put("d", 2));
    assertThat(o.path()).isEqualTo("$.domainWitness");
    Outcome missing = tampered(r -> ((ObjectNode) r.get("domainWitness")).remove("p"));
    assertThat(missing.reason()).contains("assigns no value to p");
  }

  // A counterexample must be a full point: dropping n (not in the claim) is rejected.
  @Test
  void aPartialCounterexampleIsRejected() {
    Outcome o = tampered(r -> ((ObjectNode) claim(r, 4).get("counterexample")).remove("n"));
    assertThat(o.path()).isEqualTo("$.claims[4].counterexample");
    assertThat(o.reason()).contains("assigns no value to n");
  }

  // Under --strict, Lemma 4.6 rests on violated uses and must fail; hiding them is rejected.
  @Test
  void strictRequiresFailsAndTheUsesCannotBeHidden() {
    Outcome strict = tampered(r -> r.put("strict", true));
    assertThat(strict.path()).isEqualTo("$.claims[5].verdict");
    Outcome hidden = tampered(r -> claim(r, 5).putArray("restsOnViolated"));
    assertThat(hidden.path()).isEqualTo("$.claims[5].restsOnViolated");
  }
}
