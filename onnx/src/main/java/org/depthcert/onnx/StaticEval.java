package org.depthcert.onnx;

import java.util.ArrayList;
import java.util.List;
import org.depthcert.algebra.Polynomial;
import org.depthcert.onnx.proto.OnnxProto.NodeProto;
import org.depthcert.onnx.proto.OnnxProto.TensorProto;

/**
 * Shape plumbing: the integer arithmetic an exporter emits to compute shapes at run time
 * (Shape, Gather on a shape, Concat, Unsqueeze, Div of a size by the head count, ...). Its
 * values follow from the shapes alone, so the importer evaluates them exactly, as polynomials
 * in the size parameters, and each such node becomes a wiring node with no inputs and depth 0
 * whose note says so. A node that cannot be evaluated this way falls back to its data mapping.
 */
final class StaticEval {
  private final GraphImporter g;

  StaticEval(GraphImporter g) {
    this.g = g;
  }

  /** Evaluates the node if it is plumbing; false when it must be read as an op on data. */
  boolean eval(NodeProto n, List<Tensor> ins, String base) {
    Attrs a = new Attrs(n);
    String op = n.getOpType();
    Tensor out;
    String what;
    switch (op) {
      case "Constant": {
        TensorProto t = constantValue(a);
        if (t == null) {
          throw g.error("Constant without a tensor, int(s) or float(s) value");
        }
        List<Dim> shape = new ArrayList<>();
        for (int k = 0; k < t.getDimsCount(); k++) {
          shape.add(g.names.read(t.getDims(k), base + " axis " + k));
        }
        List<Polynomial> ints = TensorValues.ints(t);
        double[] reals = TensorValues.reals(t);
        out = Tensor.ofInts(n.getOutput(0), shape, null, ints, reals, true);
        what = "a constant " + describe(ints, reals, shape) + " wired in";
        break;
      }
      case "Shape": {
        Tensor x = ins.get(0);
        int r = x.rank();
        int start = Shapes.axis(a.integer("start", 0), r + 1);
        long endAttr = a.integer("end", r);
        int end = endAttr >= r ? r : Shapes.axis(endAttr, r);
        if (start < 0 || end < 0) {
          throw g.error("Shape start/end out of range");
        }
        List<Dim> dims = x.shape().subList(start, end);
        out = vector(n, dims);
        what = "the shape " + Shapes.ascii(dims) + " of " + x.onnxName()
            + ", known from the shapes alone";
        break;
      }
      case "ConstantOfShape": {
        List<Dim> target = vals(ins.get(0));
        if (target == null) {
          return false;
        }
        List<Dim> shape = dims(target, base);
        TensorProto t = a.tensor("value");
        out = new Tensor(n.getOutput(0), shape, null, null, t == null ? null
            : TensorValues.reals(t), true);
        what = "a constant tensor of shape " + Shapes.ascii(shape) + " wired in";
        break;
      }
      case "Identity":
      case "Cast": {
        List<Dim> v = vals(ins.get(0));
        if (v == null) {
          return false;
        }
        out = new Tensor(n.getOutput(0), ins.get(0).shape(), null, v, null, true);
        what = "the same integers " + Shapes.ascii(v);
        break;
      }
      case "Unsqueeze":
      case "Squeeze":
      case "Reshape": {
        List<Dim> v = vals(ins.get(0));
        if (v == null) {
          return false;
        }
        List<Dim> shape;
        if (op.equals("Reshape")) {
          List<Polynomial> target = ints(ins.get(1));
          if (target == null || target.size() > 1) {
            return false;
          }
          shape = target.isEmpty() ? List.of() : List.of(Dim.of(v.size()));
        } else {
          shape = op.equals("Squeeze") && v.size() == 1 ? List.of() : List.of(Dim.of(v.size()));
        }
        out = new Tensor(n.getOutput(0), shape, null, v, null, true);
        what = "the integers " + Shapes.ascii(v) + " as a " + (shape.isEmpty() ? "scalar"
            : "vector");
        break;
      }
      case "Gather": {
        List<Dim> v = vals(ins.get(0));
        List<Polynomial> idx = ints(ins.get(1));
        if (v == null || idx == null || ins.get(0).rank() != 1) {
          return false;
        }
        List<Dim> picked = new ArrayList<>();
        for (Polynomial i : idx) {
          long k = constant(i);
          long j = k < 0 ? k + v.size() : k;
          if (j < 0 || j >= v.size()) {
            throw g.error("Gather index " + k + " out of range for " + v.size() + " entries");
          }
          picked.add(v.get((int) j));
        }
        out = new Tensor(n.getOutput(0), ins.get(1).shape(), null, picked, null, true);
        what = "entries " + Shapes.asciiPolys(idx) + " of " + Shapes.ascii(v) + ": "
            + Shapes.ascii(picked);
        break;
      }
      case "Concat": {
        List<Dim> all = new ArrayList<>();
        for (Tensor t : ins) {
          List<Dim> v = t == null ? null : vals(t);
          if (v == null || t.rank() > 1) {
            return false;
          }
          all.addAll(v);
        }
        out = vector(n, all);
        what = "the integers " + Shapes.ascii(all);
        break;
      }
      case "Slice": {
        List<Dim> v = vals(ins.get(0));
        if (v == null || ins.size() < 3 || ins.get(0).rank() != 1) {
          return false;
        }
        long len = v.size();
        long s = clamp(constant(ints(ins.get(1)).get(0)), len);
        long e = clamp(constant(ints(ins.get(2)).get(0)), len);
        List<Dim> part = new ArrayList<>(v.subList((int) s, (int) Math.max(s, e)));
        out = vector(n, part);
        what = "entries " + s + " to " + e + " of " + Shapes.ascii(v);
        break;
      }
      case "Add":
      case "Sub":
      case "Mul":
      case "Div": {
        List<Polynomial> x = ints(ins.get(0));
        List<Polynomial> y = ints(ins.get(1));
        if (x == null || y == null || (x.size() != y.size() && x.size() != 1 && y.size() != 1)) {
          return false;
        }
        int len = Math.max(x.size(), y.size());
        List<Polynomial> r = new ArrayList<>();
        for (int i = 0; i < len; i++) {
          r.add(arith(op, x.get(x.size() == 1 ? 0 : i), y.get(y.size() == 1 ? 0 : i)));
        }
        List<Dim> shape = ins.get(0).rank() >= ins.get(1).rank() ? ins.get(0).shape()
            : ins.get(1).shape();
        out = Tensor.ofInts(n.getOutput(0), shape, null, r, null, true);
        what = "integer " + op + " giving " + Shapes.asciiPolys(r);
        break;
      }
      default:
        return false;
    }
    base = g.claim(base);
    g.define(n.getOutput(0), out.withRef(base));
    String note = "ONNX " + op + " " + n.getName() + ": shape plumbing, " + what
        + "; no data flows, no gates (depth 0)";
    g.add(new SpecNode(base, "const", List.of(), null, null, Shapes.matrix(out.shape()), note,
        Shapes.matrix(out.shape())));
    g.depthZero.add(base + " (ONNX " + op + "): shape plumbing, " + what);
    return true;
  }

  private static TensorProto constantValue(Attrs a) {
    TensorProto t = a.tensor("value");
    if (t != null) {
      return t;
    }
    if (a.has("value_int")) {
      return TensorProto.newBuilder().setDataType(TensorProto.DataType.INT64_VALUE)
          .addInt64Data(a.integer("value_int", 0)).build();
    }
    if (a.has("value_ints")) {
      List<Long> v = a.integers("value_ints");
      return TensorProto.newBuilder().setDataType(TensorProto.DataType.INT64_VALUE)
          .addDims(v.size()).addAllInt64Data(v).build();
    }
    if (a.has("value_float")) {
      return TensorProto.newBuilder().setDataType(TensorProto.DataType.FLOAT_VALUE)
          .addFloatData((float) a.real("value_float", 0)).build();
    }
    return null;
  }

  private Tensor vector(NodeProto n, List<Dim> values) {
    return new Tensor(n.getOutput(0), List.of(Dim.of(values.size())), null, values, null, true);
  }

  private static List<Dim> vals(Tensor t) {
    return t == null ? null : t.values();
  }

  /** Integer sizes as dimensions; literal numbers the user named become their name. */
  List<Dim> dims(List<Dim> sizes, String base) {
    List<Dim> out = new ArrayList<>();
    for (int k = 0; k < sizes.size(); k++) {
      Dim d = sizes.get(k);
      Polynomial p = d.size();
      Long v = d.origin() == null && p.variables().isEmpty() ? g.names.value(p) : null;
      out.add(v != null && v >= 2 ? g.names.read(v, base + " axis " + k) : d);
    }
    return out;
  }

  private static List<Polynomial> ints(Tensor t) {
    return t == null ? null : t.ints();
  }

  private long constant(Polynomial p) {
    Long v = g.names.value(p);
    if (v == null) {
      throw g.error("expected a constant integer here, found " + p.ascii());
    }
    return v;
  }

  private static long clamp(long i, long len) {
    long x = i < 0 ? i + len : i;
    return Math.max(0, Math.min(len, x));
  }

  private Polynomial arith(String op, Polynomial x, Polynomial y) {
    switch (op) {
      case "Add":
        return x.plus(y);
      case "Sub":
        return x.minus(y);
      case "Mul":
        return x.times(y);
      default:
        Polynomial q = Shapes.divide(x, y);
        if (q != null) {
          return q;
        }
        Long a = g.names.value(x);
        Long b = g.names.value(y);
        if (a == null || b == null || b == 0) {
          throw g.error("integer division " + x.ascii() + " / " + y.ascii() + " has no exact "
              + "symbolic value; name fewer sizes with --dim or none");
        }
        return Polynomial.constant(a / b);
    }
  }

  private static String describe(List<Polynomial> ints, double[] reals, List<Dim> shape) {
    if (ints != null && ints.size() <= 8) {
      return shape.isEmpty() ? ints.get(0).ascii() : Shapes.asciiPolys(ints);
    }
    if (reals != null && reals.length == 1) {
      return new java.math.BigDecimal(reals[0]).round(new java.math.MathContext(6))
          .stripTrailingZeros().toPlainString();
    }
    return "of shape " + Shapes.ascii(shape);
  }
}
