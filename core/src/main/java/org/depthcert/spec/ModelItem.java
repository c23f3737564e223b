package org.depthcert.spec;

import java.util.List;
import org.depthcert.algebra.Polynomial;

/** One step of the model's composition: a block, or a body repeated a structural number of times. */
public sealed interface ModelItem {
  String path();

  /** Runs a block once. */
  record BlockStep(String block, String path) implements ModelItem {}

  /** Runs {@code body} in sequence {@code count} times; folded in closed form, never unrolled. */
  record Repeat(Polynomial count, String countText, List<ModelItem> body, String path)
      implements ModelItem {}
}
