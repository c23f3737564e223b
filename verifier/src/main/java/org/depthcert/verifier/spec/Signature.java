package org.depthcert.verifier.spec;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.depthcert.verifier.Poly;

/**
 * The shapes a rule takes: {@code pattern} (named inputs whose dimensions are one-letter pattern
 * variables or whole numbers, and an output in those variables), {@code elementwise} (inputs
 * equal up to broadcasting of 1; binds {@code cells} to the output's entries) or {@code any}
 * (re-indexing wires: the node's declared shape, or its first input's) or {@code reshape} (one
 * input read in the node's declared shape).
 */
public record Signature(String kind, Map<String, List<Poly>> inputs, List<Poly> output) {
  public static final String PATTERN = "pattern";
  public static final String ELEMENTWISE = "elementwise";
  public static final String ANY = "any";
  /** One input, re-indexed into the node's declared shape (wires only). */
  public static final String RESHAPE = "reshape";

  public Signature {
    inputs = Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
    output = List.copyOf(output);
  }
}
