package org.depthcert.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The slack of each term when the computed depth of a holding claim is a max. */
class TermSlacksTest {
  @Test
  void lemma53OfTheRopeSampleHasOneSlackPerTerm() {
    ObjectNode cert = Certificates.cached(Path.of("..", "samples", "rope-tensor-attention.yaml"));
    JsonNode claim = null;
    for (JsonNode c : cert.path("claims")) {
      if (c.path("id").asText().equals("Lemma 5.3")) {
        claim = c;
      }
    }
    // Lemma 5.3 states 11s + 8S + t + e; the block computes max(6s + 4S + e, 7s + 3S + t + e)
    // (s = d_std, S = d_sum, t = d_trig, e = d_exp). By hand: 11s + 8S + t + e - (6s + 4S + e)
    // = 5s + 4S + t, and 11s + 8S + t + e - (7s + 3S + t + e) = 4s + 5S.
    List<Map<String, JsonNode>> slacks = TermSlacks.of(claim);
    assertThat(slacks).hasSize(2);
    assertThat(slacks.get(0).get("slack").path("ascii").asText())
        .isEqualTo("5*d_std + 4*d_sum + d_trig");
    assertThat(slacks.get(1).get("slack").path("ascii").asText()).isEqualTo("4*d_std + 5*d_sum");
  }

  @Test
  void noPerTermSlackForASingleTermOrAFailingClaim() {
    ObjectNode cert = Certificates.cached(Path.of("..", "samples", "tensor-attention.yaml"));
    for (JsonNode c : cert.path("claims")) {
      assertThat(TermSlacks.of(c)).isEmpty();
    }
  }
}
