package org.depthcert.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** Shapes as people write them: spaced ×, exponents as superscripts, d/2 rather than 1/2d. */
class ShapesTest {
  @Test
  void dimensionsReadUnambiguously() throws Exception {
    ObjectMapper json = new ObjectMapper();
    assertThat(Shapes.text(json.readTree("[\"1\", \"1/2*d\"]"))).isEqualTo("1 \u00D7 d/2");
    assertThat(Shapes.text(json.readTree("[\"n^2\", \"d\"]"))).isEqualTo("n\u00B2 \u00D7 d");
    assertThat(Shapes.dimension("3/2*d*n^2 + 1")).isEqualTo("3dn\u00B2/2 + 1");
    assertThat(Shapes.dimension("2*n^10")).isEqualTo("2n\u00B9\u2070");
    assertThat(Shapes.dimension("1/2")).isEqualTo("1/2");
  }
}
