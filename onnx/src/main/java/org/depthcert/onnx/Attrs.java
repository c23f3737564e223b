package org.depthcert.onnx;

import java.util.ArrayList;
import java.util.List;
import org.depthcert.onnx.proto.OnnxProto.AttributeProto;
import org.depthcert.onnx.proto.OnnxProto.NodeProto;
import org.depthcert.onnx.proto.OnnxProto.TensorProto;

/** Typed access to a node's attributes. */
final class Attrs {
  private final NodeProto node;

  Attrs(NodeProto node) {
    this.node = node;
  }

  private AttributeProto find(String name) {
    for (AttributeProto a : node.getAttributeList()) {
      if (a.getName().equals(name)) {
        return a;
      }
    }
    return null;
  }

  boolean has(String name) {
    return find(name) != null;
  }

  long integer(String name, long fallback) {
    AttributeProto a = find(name);
    return a == null ? fallback : a.getI();
  }

  double real(String name, double fallback) {
    AttributeProto a = find(name);
    return a == null ? fallback : a.getF();
  }

  /** The ints attribute, or null when absent. */
  List<Long> integers(String name) {
    AttributeProto a = find(name);
    return a == null ? null : new ArrayList<>(a.getIntsList());
  }

  String text(String name, String fallback) {
    AttributeProto a = find(name);
    return a == null ? fallback : a.getS().toStringUtf8();
  }

  TensorProto tensor(String name) {
    AttributeProto a = find(name);
    return a == null || !a.hasT() ? null : a.getT();
  }

  /** Whether the node carries a subgraph (If, Loop, Scan), which the importer does not read. */
  boolean hasSubgraph() {
    for (AttributeProto a : node.getAttributeList()) {
      if (a.hasG() || a.getGraphsCount() > 0) {
        return true;
      }
    }
    return false;
  }
}
