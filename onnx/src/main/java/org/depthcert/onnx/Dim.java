package org.depthcert.onnx;

import org.depthcert.algebra.Polynomial;

/**
 * One dimension of a tensor: its size as an exact polynomial in the spec's size parameters, and
 * where it was first read (an input or weight axis, for the report of shared values), or null
 * when an op computed it.
 */
record Dim(Polynomial size, String origin) {
  static Dim of(long v) {
    return new Dim(Polynomial.constant(v), null);
  }

  static Dim computed(Polynomial p) {
    return new Dim(p, null);
  }

  boolean isOne() {
    return size.equals(Polynomial.ONE);
  }

  String ascii() {
    return size.ascii();
  }
}
