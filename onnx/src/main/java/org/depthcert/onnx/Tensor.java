package org.depthcert.onnx;

import java.util.List;
import org.depthcert.algebra.Polynomial;

/**
 * What the importer knows about one ONNX value: its shape; the spec node or block input that
 * carries it (null for a value nothing in the spec needs); its entries when they are known
 * statically (integer shape arithmetic, small constants); and whether it depends on data at all.
 *
 * @param values the entries when they are integers known statically (as dimensions, so that a
 *     size read from a Shape keeps where it came from), else null
 * @param floats the entries of a small floating constant, else null
 * @param isStatic true when the value follows from shapes and constants alone (shape plumbing)
 */
record Tensor(String onnxName, List<Dim> shape, String specRef, List<Dim> values,
    double[] floats, boolean isStatic) {
  Tensor {
    shape = List.copyOf(shape);
    values = values == null ? null : List.copyOf(values);
  }

  /** A tensor whose static entries are plain integers (constants, arithmetic results). */
  static Tensor ofInts(String onnxName, List<Dim> shape, String specRef, List<Polynomial> ints,
      double[] floats, boolean isStatic) {
    List<Dim> v = null;
    if (ints != null) {
      v = new java.util.ArrayList<>();
      for (Polynomial p : ints) {
        v.add(Dim.computed(p));
      }
    }
    return new Tensor(onnxName, shape, specRef, v, floats, isStatic);
  }

  /** The static entries as polynomials, or null. */
  List<Polynomial> ints() {
    if (values == null) {
      return null;
    }
    List<Polynomial> out = new java.util.ArrayList<>();
    values.forEach(d -> out.add(d.size()));
    return out;
  }

  int rank() {
    return shape.size();
  }

  Tensor withRef(String ref) {
    return new Tensor(onnxName, shape, ref, values, floats, isStatic);
  }
}
