package org.depthcert.spec;

import java.util.Optional;

/**
 * A parameter of the architecture. Structural parameters (declared with a {@code growth}, like
 * the layer count {@code m}) multiply depth; size parameters ({@code n, d, p}) shape tensors.
 * A size parameter may be {@code equals}: a product of others ({@code d = h*e}, the hidden
 * dimension as heads times head dimension); the relation is used to check reshapes.
 */
public record Parameter(String name, Kind kind, String meaning, Optional<String> assume,
    Optional<String> growth, Optional<org.depthcert.algebra.Polynomial> equals) {
  public enum Kind { SIZE, STRUCTURAL }
}
