package org.depthcert.simulate;

import java.util.Arrays;

/**
 * A concrete tensor of the explicit circuit: the node id of each entry in row-major order, as a
 * window of {@code rows * cols} ids from {@code offset} in a shared array (a view of a bigger
 * tensor costs no copy). A tensor of rank 3 or more, {@code [x, y, z]}, is stored as the matrix
 * {@code [x*y, z]} (every dimension but the last folded into the rows), which is the entry order
 * a reshape uses; {@code dims} keeps its logical shape, which signatures are matched against.
 */
record Mat(int rows, int cols, int[] ids, int offset, int[] dims) {
  static Mat of(int rows, int cols) {
    return new Mat(rows, cols, new int[Math.multiplyExact(rows, cols)], 0,
        new int[] {rows, cols});
  }

  /** A fresh tensor of the given logical shape (rank 2 or more). */
  static Mat of(int[] dims) {
    if (dims.length < 2) {
      throw new SimulationError("shape " + Arrays.toString(dims) + ": simulate builds tensors "
          + "of rank 2 or more");
    }
    int rows = rows(dims);
    int cols = dims[dims.length - 1];
    return new Mat(rows, cols, new int[Math.multiplyExact(rows, cols)], 0, dims.clone());
  }

  /** The stored rows of a logical shape: the product of every dimension but the last. */
  private static int rows(int[] dims) {
    int rows = 1;
    for (int k = 0; k < dims.length - 1; k++) {
      rows = Math.multiplyExact(rows, dims[k]);
    }
    return rows;
  }

  int rank() {
    return dims.length;
  }

  int entries() {
    return rows * cols;
  }

  int at(int r, int c) {
    return ids[offset + r * cols + c];
  }

  int flat(int i) {
    return ids[offset + i];
  }

  void set(int r, int c, int id) {
    ids[offset + r * cols + c] = id;
  }

  /**
   * Block b of consecutive entries, read as a tensor of the given logical shape (rank 2 or more,
   * checked by the caller; the array is shared, not copied: no one writes it).
   */
  Mat block(int b, int[] shape) {
    int r = rows(shape);
    int c = shape[shape.length - 1];
    return new Mat(r, c, ids, offset + b * r * c, shape);
  }

  String shape() {
    StringBuilder s = new StringBuilder("[");
    for (int k = 0; k < dims.length; k++) {
      s.append(k == 0 ? "" : ", ").append(dims[k]);
    }
    return s.append(']').toString();
  }
}
