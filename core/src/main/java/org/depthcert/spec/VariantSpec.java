package org.depthcert.spec;

import java.util.LinkedHashMap;
import java.util.List;

/**
 * One named reading of the paper a spec declares under {@code variants:}: the nodes that this
 * reading takes as given block inputs ({@code block.node}, arriving at depth 0, with the shape the
 * base reading computes for them) and the nodes it computes with another catalog op (same
 * inputs). {@code reason} is the one line that says which text of the paper supports it.
 */
public record VariantSpec(String name, String reason, List<String> given,
    LinkedHashMap<String, String> ops, String path) {

  /** The variant's name as words, e.g. {@code as defined} for {@code as-defined}. */
  public String words() {
    return name.replace('-', ' ').replace('_', ' ');
  }
}
