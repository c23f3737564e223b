package org.depthcert.onnx;

import org.depthcert.onnx.proto.OnnxProto.GraphProto;
import org.depthcert.onnx.proto.OnnxProto.ModelProto;
import org.depthcert.onnx.proto.OnnxProto.NodeProto;
import org.depthcert.onnx.proto.OnnxProto.OperatorSetIdProto;
import org.depthcert.onnx.proto.OnnxProto.TensorProto;
import org.depthcert.onnx.proto.OnnxProto.TensorShapeProto;
import org.depthcert.onnx.proto.OnnxProto.TypeProto;
import org.depthcert.onnx.proto.OnnxProto.ValueInfoProto;

/** Small ONNX models built in the tests, for cases no exporter is needed for. */
final class ModelBuilder {
  private ModelBuilder() {}

  /** An input of float type and the given dims (a String is a dim_param, a Long a size). */
  static ValueInfoProto value(String name, Object... dims) {
    TensorShapeProto.Builder s = TensorShapeProto.newBuilder();
    for (Object d : dims) {
      TensorShapeProto.Dimension.Builder b = TensorShapeProto.Dimension.newBuilder();
      if (d instanceof String) {
        b.setDimParam((String) d);
      } else {
        b.setDimValue(((Number) d).longValue());
      }
      s.addDim(b);
    }
    return ValueInfoProto.newBuilder().setName(name).setType(TypeProto.newBuilder()
        .setTensorType(TypeProto.Tensor.newBuilder().setElemType(TensorProto.DataType
            .FLOAT_VALUE).setShape(s))).build();
  }

  static TensorProto weight(String name, long rows, long cols) {
    TensorProto.Builder t = TensorProto.newBuilder().setName(name)
        .setDataType(TensorProto.DataType.FLOAT_VALUE).addDims(rows).addDims(cols);
    for (long i = 0; i < rows * cols; i++) {
      t.addFloatData(0.5f);
    }
    return t.build();
  }

  static NodeProto node(String op, String name, String out, String... in) {
    NodeProto.Builder n = NodeProto.newBuilder().setOpType(op).setName(name).addOutput(out);
    for (String i : in) {
      n.addInput(i);
    }
    return n.build();
  }

  static ModelProto model(GraphProto.Builder g) {
    return ModelProto.newBuilder().setIrVersion(7).setProducerName("depthcert-test")
        .addOpsetImport(OperatorSetIdProto.newBuilder().setVersion(13)).setGraph(g).build();
  }

  /** y = op(x) for x of shape [n, 4]. */
  static ModelProto unary(String op, String name) {
    return model(GraphProto.newBuilder().setName("g").addInput(value("x", "n", 4))
        .addOutput(value("y", "n", 4)).addNode(node(op, name, "y", "x")));
  }
}
