package org.depthcert.verifier.spec;

import java.util.List;
import org.depthcert.verifier.Poly;

/** One step of the model's composition: a block, or {@code repeat: count} of a body. */
public sealed interface ModelItem {
  /** A block applied once. */
  record BlockStep(String block) implements ModelItem {}

  /** {@code count} copies of {@code body} in sequence; {@code countText} as written. */
  record Repeat(Poly count, String countText, List<ModelItem> body) implements ModelItem {
    public Repeat {
      body = List.copyOf(body);
    }
  }
}
