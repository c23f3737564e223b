package org.depthcert.onnx;

import java.util.List;
import org.depthcert.algebra.Polynomial;

/**
 * One node of the written spec. {@code each}/{@code count} are the spec's parallel instances
 * (batched matmul); {@code shape} is the declared output shape of a wiring node; {@code out} is
 * the matrix shape the node produces, which the importer tracks to know when a reshape is due.
 */
record SpecNode(String name, String op, List<String> in, List<List<Polynomial>> each,
    Polynomial count, List<Polynomial> shape, String note, List<Polynomial> out) {
  SpecNode {
    in = List.copyOf(in);
  }
}
