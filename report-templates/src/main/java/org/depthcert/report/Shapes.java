package org.depthcert.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Shapes ({@code ["n", "d"]}) as people write them: {@code n×d}. */
final class Shapes {
  private Shapes() {}

  static String text(JsonNode shape) {
    List<String> dims = new ArrayList<>();
    shape.forEach(d -> dims.add(d.asText().replace("*", "")));
    return String.join("\u00D7", dims);
  }
}
