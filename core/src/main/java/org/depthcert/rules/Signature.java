package org.depthcert.rules;

import java.util.LinkedHashMap;
import java.util.List;
import org.depthcert.algebra.Polynomial;

/**
 * What shapes a rule accepts and what it produces. {@code PATTERN}: named input shapes whose
 * dimensions are pattern variables (or constants) and an output shape polynomial in them
 * ({@code matmul: [a, k] x [k, b] -> [a, b]}). {@code ELEMENTWISE}: any number of inputs whose
 * shapes agree up to broadcasting of dimension 1; binds {@code cells} to the output's entry count.
 * {@code ANY}: re-indexing wires; the node declares its output shape (or keeps its first input's).
 * {@code RESHAPE}: re-indexing one input into a declared shape with the same number of entries
 * (checked, using the spec's relations such as {@code d = h*e}).
 */
public record Signature(Kind kind, LinkedHashMap<String, List<Polynomial>> inputs,
    List<Polynomial> output) {
  public enum Kind { PATTERN, ELEMENTWISE, ANY, RESHAPE }

  public static Signature elementwise() {
    return new Signature(Kind.ELEMENTWISE, new LinkedHashMap<>(), List.of());
  }

  public static Signature reshape() {
    return new Signature(Kind.RESHAPE, new LinkedHashMap<>(), List.of());
  }

  public static Signature any() {
    return new Signature(Kind.ANY, new LinkedHashMap<>(), List.of());
  }
}
