package org.depthcert.simulate;

/**
 * A concrete matrix of the explicit circuit: the node id of each entry in row-major order, as a
 * window of {@code rows * cols} ids from {@code offset} in a shared array (a view of a bigger
 * matrix costs no copy).
 */
record Mat(int rows, int cols, int[] ids, int offset) {
  static Mat of(int rows, int cols) {
    return new Mat(rows, cols, new int[Math.multiplyExact(rows, cols)], 0);
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

  /** Block b of e consecutive entries, read as rows x cols. */
  Mat block(int b, int rows, int cols) {
    return new Mat(rows, cols, ids, offset + b * rows * cols);
  }

  String shape() {
    return "[" + rows + ", " + cols + "]";
  }
}
