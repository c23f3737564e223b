package org.depthcert.verifier.coq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every sample's certificate (and the multiplier test spec's) exported to Coq and compiled by
 * coqc, with every printed assumption list closed; the theorem lists against the specs.
 */
class CoqSamplesTest {
  @TempDir
  Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"rope-tensor-attention", "tensor-attention", "layer-norm-mlp",
      "assumed-constants"})
  void coqAcceptsTheFileAndEveryMainTheoremIsClosed(String name) throws IOException {
    Coqc.require();
    String v = Inputs.export(name);
    Coqc.Result r = Coqc.compile(dir, name.replace('-', '_'), v);
    assertTrue(r.accepted(), r.output());
    long prints = v.lines().filter(l -> l.startsWith("Print Assumptions ")).count();
    assertTrue(prints > 0);
    assertEquals(prints, count(r.output(), "Closed under the global context"), r.output());
  }

  @ParameterizedTest
  @ValueSource(strings = {"rope-tensor-attention", "tensor-attention", "layer-norm-mlp",
      "assumed-constants"})
  void nothingIsTrustedButTheKernel(String name) {
    String v = Inputs.export(name);
    for (String banned : List.of("Admitted", "admit", "Axiom", "Parameter", "Conjecture")) {
      assertFalse(Pattern.compile("\\b" + banned + "\\b").matcher(v).find(), banned);
    }
    // Section hypotheses are discharged when the section ends: none may follow it.
    int end = v.indexOf("\nEnd spec.\n");
    assertTrue(end > 0);
    assertFalse(v.substring(end).contains("Hypothesis"));
    assertFalse(v.substring(end).contains("Variable"));
  }

  @Test
  void sameCertificateSameBytes() {
    assertEquals(Inputs.export("rope-tensor-attention"), Inputs.export("rope-tensor-attention"));
  }

  /**
   * samples/rope-tensor-attention.yaml: one non-opaque block (attention) whose node A is Lemma
   * 5.2's subject, a model with one repeat, four claims on blocks and the model, two on catalog
   * lemmas (rule:mlp, rule:layer_norm), derived lemmas whose bodies (catalog arxiv-2412.18040
   * L5.4: Wt, Y, O; L5.5: eight nodes) are written out and folded in Coq.
   */
  @Test
  void ropeTheoremsAreNamedAfterTheSpec() {
    String v = Inputs.export("rope-tensor-attention");
    assertEquals(List.of("attention_depth_eq", "rule_mlp_depth_eq", "rule_layer_norm_depth_eq",
        "model_depth_closed_form", "model_size_total", "Lemma_5_2", "Lemma_5_3", "Lemma_5_4", "Lemma_5_5", "Lemma_5_6", "Theorem_5_7"),
        printed(v));
    assertTrue(v.contains("Theorem attention_A_eq : "));
    assertTrue(v.contains("Fixpoint model_repeat_1 (k : nat) : Z :="));
    assertTrue(v.contains("Lemma model_repeat_1_closed_form : forall k : nat,"));
    // L5.4's body: O := Y + b, an add (Lemma 3.4 Part 1, d_std) after the matmul Y
    assertTrue(v.contains("Definition rule_mlp_O : Z := Z.max rule_mlp_Y rule_mlp_b + d_std."),
        v);
    // Lemma 5.4 is TIGHT (catalog L5.4: 2 d_std + d_sum, stated 2d_{std} + d_{\oplus}): equality
    assertTrue(v.contains("rule_mlp_depth d_std d_sum = 2*d_std + d_sum."), v);
    // Lemma 5.3 HOLDS: 11 d_std + 8 d_sum + d_trig + d_exp as the spec states it
    assertTrue(v.contains("attention_depth d_std d_sum d_exp d_trig <= 11*d_std + 8*d_sum"
        + " + d_exp + d_trig."), v);
  }

  /**
   * samples/tensor-attention.yaml: Lemma 4.5 states 5 d_std + 5 d_sum + d_exp for a block whose
   * depth is 6 d_std + 3 d_sum + d_exp: it is proved false, never proved.
   */
  @Test
  void tensorAttentionsLemma45IsProvedFalse() {
    String v = Inputs.export("tensor-attention");
    assertEquals(List.of("attention_depth_eq", "rule_matmul_depth_eq", "rule_kron_depth_eq",
        "rule_colwise_kron_depth_eq", "rule_rowwise_kron_depth_eq", "model_depth_closed_form",
        "model_size_total", "Lemma_4_1", "Lemma_4_2", "Lemma_4_3", "Lemma_4_4", "Lemma_4_5_counterexample",
        "Lemma_4_5_is_false", "Lemma_4_5_holds_if", "Lemma_4_6", "Theorem_4_7"), printed(v));
    assertFalse(v.contains("Theorem Lemma_4_5 :"));
    // at d_std = 3, d_sum = 1, d_exp = 1: 6*3 + 3*1 + 1 = 22 > 5*3 + 5*1 + 1 = 21
    assertTrue(v.contains("Theorem Lemma_4_5_counterexample : attention_depth 3 1 1 > "
        + "5*3 + 5*1 + 1."), v);
  }

  private static List<String> printed(String v) {
    return v.lines().filter(l -> l.startsWith("Print Assumptions "))
        .map(l -> l.substring("Print Assumptions ".length(), l.length() - 1)).toList();
  }

  private static long count(String text, String what) {
    Matcher m = Pattern.compile(Pattern.quote(what)).matcher(text);
    long n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
