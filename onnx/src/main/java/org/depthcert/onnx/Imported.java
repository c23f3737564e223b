package org.depthcert.onnx;

import java.util.List;
import java.util.Map;

/**
 * The result of an import: the spec text, the warnings the user must see (sizes named for two
 * meanings), and the nodes read as depth 0 with why.
 */
public record Imported(String yaml, List<String> warnings, List<String> depthZero, int onnxNodes,
    int specNodes) {
  public Imported {
    warnings = List.copyOf(warnings);
    depthZero = List.copyOf(depthZero);
  }

  /** What the spec's header says. */
  record Header(String file, String title, String source, String description,
      Map<String, String> parameters, Map<String, String> assumptions, String claimId) {}
}
