package org.depthcert.spec;

import java.util.Optional;

/**
 * A parameter of the architecture. Structural parameters (declared with a {@code growth}, like
 * the layer count {@code m}) multiply depth; size parameters ({@code n, d, p}) shape tensors.
 */
public record Parameter(String name, Kind kind, String meaning, Optional<String> assume,
    Optional<String> growth) {
  public enum Kind { SIZE, STRUCTURAL }
}
