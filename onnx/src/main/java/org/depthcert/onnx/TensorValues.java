package org.depthcert.onnx;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import org.depthcert.algebra.Polynomial;
import org.depthcert.onnx.proto.OnnxProto.TensorProto;

/**
 * Entries of a small constant tensor (an initializer or a Constant's value): the integers shape
 * plumbing computes with, or the floats a Pow exponent is. Large tensors (weights) are never
 * decoded: only their shape matters to the depth.
 */
final class TensorValues {
  /** Tensors with more entries than this are weights, not shape arithmetic. */
  static final int MAX_DECODED = 64;

  private TensorValues() {}

  static long count(TensorProto t) {
    long c = 1;
    for (long d : t.getDimsList()) {
      c *= d;
    }
    return c;
  }

  static boolean isInteger(TensorProto t) {
    int dt = t.getDataType();
    return dt == TensorProto.DataType.INT64_VALUE || dt == TensorProto.DataType.INT32_VALUE
        || dt == TensorProto.DataType.INT8_VALUE || dt == TensorProto.DataType.INT16_VALUE
        || dt == TensorProto.DataType.UINT8_VALUE || dt == TensorProto.DataType.BOOL_VALUE;
  }

  /** Integer entries, or null when the tensor is not a small decodable integer tensor. */
  static List<Polynomial> ints(TensorProto t) {
    long c = count(t);
    if (!isInteger(t) || c > MAX_DECODED || t.getDataLocation() == TensorProto.DataLocation.EXTERNAL) {
      return null;
    }
    List<Polynomial> out = new ArrayList<>();
    int dt = t.getDataType();
    if (t.hasRawData()) {
      ByteBuffer b = t.getRawData().asReadOnlyByteBuffer().order(ByteOrder.LITTLE_ENDIAN);
      for (int i = 0; i < c; i++) {
        long v;
        if (dt == TensorProto.DataType.INT64_VALUE) {
          v = b.remaining() >= 8 ? b.getLong() : Long.MIN_VALUE;
        } else if (dt == TensorProto.DataType.INT32_VALUE) {
          v = b.remaining() >= 4 ? b.getInt() : Long.MIN_VALUE;
        } else if (dt == TensorProto.DataType.INT16_VALUE) {
          v = b.remaining() >= 2 ? b.getShort() : Long.MIN_VALUE;
        } else {
          v = b.remaining() >= 1 ? b.get() : Long.MIN_VALUE;
        }
        if (v == Long.MIN_VALUE) {
          return null;
        }
        out.add(Polynomial.constant(v));
      }
      return out;
    }
    if (dt == TensorProto.DataType.INT64_VALUE) {
      t.getInt64DataList().forEach(v -> out.add(Polynomial.constant(v)));
    } else {
      t.getInt32DataList().forEach(v -> out.add(Polynomial.constant(v)));
    }
    return out.size() == c ? out : null;
  }

  /** Entries of a small float or integer tensor as doubles, or null. */
  static double[] reals(TensorProto t) {
    long c = count(t);
    if (c > MAX_DECODED || t.getDataLocation() == TensorProto.DataLocation.EXTERNAL) {
      return null;
    }
    List<Polynomial> is = ints(t);
    double[] out = new double[(int) c];
    if (is != null) {
      for (int i = 0; i < c; i++) {
        out[i] = is.get(i).coefficient(org.depthcert.algebra.Monomial.ONE).doubleValue();
      }
      return out;
    }
    int dt = t.getDataType();
    if (t.hasRawData()) {
      ByteBuffer b = t.getRawData().asReadOnlyByteBuffer().order(ByteOrder.LITTLE_ENDIAN);
      int width = dt == TensorProto.DataType.DOUBLE_VALUE ? 8
          : dt == TensorProto.DataType.FLOAT_VALUE ? 4 : 0;
      if (width == 0 || b.remaining() < width * c) {
        return null;
      }
      for (int i = 0; i < c; i++) {
        out[i] = width == 8 ? b.getDouble() : b.getFloat();
      }
      return out;
    }
    if (dt == TensorProto.DataType.FLOAT_VALUE && t.getFloatDataCount() == c) {
      for (int i = 0; i < c; i++) {
        out[i] = t.getFloatData(i);
      }
      return out;
    }
    if (dt == TensorProto.DataType.DOUBLE_VALUE && t.getDoubleDataCount() == c) {
      for (int i = 0; i < c; i++) {
        out[i] = t.getDoubleData(i);
      }
      return out;
    }
    return null;
  }
}
