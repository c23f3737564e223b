package org.depthcert.verifier.coq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import org.depthcert.verifier.spec.Files;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A wrong witness never gives a proof: the export refuses a certificate the verifier rejects,
 * and the file written without asking the verifier is rejected by Coq itself.
 */
class CoqTamperTest {
  @TempDir
  Path dir;

  /** mlp.WX's arrival d_std + d_sum (Lemma 4.1) raised to 2 d_std + d_sum. */
  @Test
  void aChangedArrivalIsRejectedByTheVerifierAndByCoq() throws IOException {
    JsonNode tree = Inputs.tree("layer-norm-mlp");
    ObjectNode wx = node(tree, "mlp", "WX");
    assertEquals("d_std + d_sum", wx.path("arrival").asText());
    wx.put("arrival", "2*d_std + d_sum");
    assertRefusedAndRejected("layer-norm-mlp", tree, "mlp_Out_upper");
  }

  /** Bound A's multiplier on d_std <= d_sum: 2 is what 3 d_sum - (2 d_std + d_sum) needs. */
  @Test
  void aChangedMultiplierIsRejectedByTheVerifierAndByCoq() throws IOException {
    JsonNode tree = Inputs.tree("assumed-constants");
    ObjectNode mu = (ObjectNode) claim(tree, "Bound A").path("certificates").path(0)
        .path("multipliers").path(0);
    assertEquals("2", mu.path("value").asText());
    mu.put("value", "3");
    assertRefusedAndRejected("assumed-constants", tree, "Bound_A");
  }

  /**
   * Lemma 4.5 of tensor-attention is false (6 d_std + 3 d_sum + d_exp against 5 d_std + 5 d_sum
   * + d_exp); a certificate calling it HOLDS with weight 1 yields a theorem Coq refuses.
   */
  @Test
  void aFalseClaimIsNeverProved() throws IOException {
    JsonNode tree = Inputs.tree("tensor-attention");
    ObjectNode c = claim(tree, "Lemma 4.5");
    c.put("verdict", "HOLDS");
    c.put("depthVerdict", "HOLDS");
    c.remove("counterexample");
    c.remove("excess");
    c.remove("holdsIf");
    ObjectNode bound = new ObjectMapper().createObjectNode();
    bound.set("term", c.path("computed").deepCopy()); // a single term: its text is the term
    bound.putArray("lambdas").add("1");
    bound.putArray("multipliers");
    ((ArrayNode) c.path("certificates")).add(bound);
    String v = assertRefusedAndRejected("tensor-attention", tree, "Lemma_4_5");
    assertTrue(v.contains("Theorem Lemma_4_5 :"));
  }

  private String assertRefusedAndRejected(String name, JsonNode tree, String failing)
      throws IOException {
    byte[] bytes = new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(tree);
    assertThrows(NotExportable.class, () -> CoqExport.export(bytes,
        Inputs.SPECS.get(name).toString(), Inputs.spec(name), Files.catalog()));
    String v = Inputs.unchecked(name, tree);
    Coqc.require();
    Coqc.Result r = Coqc.compile(dir, name.replace('-', '_') + "_tampered", v);
    assertFalse(r.accepted(), "Coq accepted a wrong witness");
    assertTrue(r.output().contains("Error"), r.output());
    int line = errorLine(r.output());
    String at = v.lines().skip(Math.max(0, line - 40)).limit(41).reduce("", (a, b) -> a + b
        + "\n");
    assertTrue(at.contains(failing), "expected the error in " + failing + ", got:\n"
        + r.output() + "\n" + at);
    return v;
  }

  private static int errorLine(String output) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("line (\\d+)").matcher(output);
    return m.find() ? Integer.parseInt(m.group(1)) : 0;
  }

  private static ObjectNode node(JsonNode tree, String block, String node) {
    for (JsonNode b : tree.path("blocks")) {
      if (b.path("name").asText().equals(block)) {
        for (JsonNode n : b.path("nodes")) {
          if (n.path("name").asText().equals(node)) {
            return (ObjectNode) n;
          }
        }
      }
    }
    throw new IllegalStateException("no node " + block + "." + node);
  }

  private static ObjectNode claim(JsonNode tree, String id) {
    for (JsonNode c : tree.path("claims")) {
      if (c.path("id").asText().equals(id)) {
        return (ObjectNode) c;
      }
    }
    throw new IllegalStateException("no claim " + id);
  }
}
