package org.depthcert.onnx;

import java.util.ArrayList;
import java.util.List;
import org.depthcert.algebra.Polynomial;
import org.depthcert.onnx.proto.OnnxProto.NodeProto;

/**
 * Ops that only re-index data wires (transpose, reshape, slicing and gathering at constant
 * indices, concatenation, broadcasting): each becomes a wiring node of depth 0 with the
 * propagated shape declared, and the certificate's note for it says what it did and why it has
 * no gates. Every size they need comes from shape plumbing or constants; a size computed from
 * data stops the import.
 */
final class WiringOps {
  private static final long HUGE = Long.MAX_VALUE / 4;

  private final GraphImporter g;
  private final DataOps data;

  WiringOps(GraphImporter g, DataOps data) {
    this.g = g;
    this.data = data;
  }

  void emit(NodeProto n, List<Tensor> ins, String base) {
    Attrs a = new Attrs(n);
    String op = n.getOpType();
    Tensor x = ins.isEmpty() ? null : ins.get(0);
    String note = "ONNX " + op + " " + n.getName();
    switch (op) {
      case "Identity":
        wire(n, base, "copy", List.of(x), x.shape(), note + ": the same wires");
        break;
      case "Dropout": {
        List<Polynomial> training = ins.size() > 2 && ins.get(2) != null ? ins.get(2).ints()
            : null;
        if (training != null && !training.get(0).isZero()) {
          throw g.error("Dropout in training mode: no mapping (export the model in eval mode)");
        }
        wire(n, base, "copy", List.of(x), x.shape(), note + ": inference mode, the same wires");
        break;
      }
      case "Cast": {
        long to = a.integer("to", 0);
        Integer from = g.elemTypes.get(n.getInput(0));
        if (!DataOps.sameType(from, to)) {
          throw g.error("Cast of data from element type " + from + " to " + to + ": a change "
              + "of number format is not wiring, and has no mapping");
        }
        g.elemTypes.put(n.getOutput(0), (int) to);
        wire(n, base, "copy", List.of(x), x.shape(), note + " to the same type: the same wires");
        break;
      }
      case "Transpose": {
        List<Long> perm = a.integers("perm");
        int r = x.rank();
        List<Dim> out = new ArrayList<>();
        List<Long> p = new ArrayList<>();
        for (int i = 0; i < r; i++) {
          long k = perm == null ? r - 1 - i : perm.get(i);
          p.add(k);
          out.add(x.shape().get((int) k));
        }
        String what = note + " perm=" + p + ": " + Shapes.ascii(x.shape()) + " -> "
            + Shapes.ascii(out);
        if (r == 2 && p.equals(List.of(1L, 0L))) {
          SpecNode s = data.node(base, "transpose", List.of(g.ref(x)), Shapes.matrix(out),
              what + " (wiring, no gates)");
          g.depthZero.add(base + " (ONNX Transpose): re-indexes wires");
          data.result(n.getOutput(0), out, s);
        } else {
          wire(n, base, "reshape", List.of(x), out, what);
        }
        break;
      }
      case "Reshape": {
        List<Dim> target = staticDims(ins.size() > 1 ? ins.get(1) : null, "Reshape shape");
        List<Dim> out = reshape(x, target, a.integer("allowzero", 0) != 0, base);
        wire(n, base, "reshape", List.of(x), out, note + " to " + Shapes.ascii(out));
        break;
      }
      case "Flatten": {
        int r = x.rank();
        int axis = (int) (a.integer("axis", 1) < 0 ? a.integer("axis", 1) + r
            : a.integer("axis", 1));
        List<Dim> out = List.of(Dim.computed(Shapes.product(x.shape(), 0, axis)),
            Dim.computed(Shapes.product(x.shape(), axis, r)));
        wire(n, base, "reshape", List.of(x), out, note + " axis=" + axis);
        break;
      }
      case "Squeeze":
      case "Unsqueeze": {
        List<Long> axes = a.integers("axes");
        if (axes == null && ins.size() > 1 && ins.get(1) != null) {
          axes = longs(staticInts(ins.get(1), op + " axes"));
        }
        List<Dim> out = op.equals("Squeeze") ? squeeze(x, axes) : unsqueeze(x, axes);
        wire(n, base, "reshape", List.of(x), out, note + " axes=" + axes + ": "
            + Shapes.ascii(x.shape()) + " -> " + Shapes.ascii(out));
        break;
      }
      case "Expand": {
        List<Dim> target = staticDims(ins.get(1), "Expand shape");
        List<Dim> t = new StaticEval(g).dims(target, base);
        List<Dim> out = data.broadcastDims(x.shape(), t);
        wire(n, base, "reshape", List.of(x), out, note + " to " + Shapes.ascii(out)
            + ": broadcasting copies wires");
        break;
      }
      case "Slice":
        slice(n, a, ins, base, note);
        break;
      case "Split":
        split(n, a, ins, base, note);
        break;
      case "Concat": {
        int r = x.rank();
        int axis = Shapes.axis(a.integer("axis", 0), r);
        List<Dim> out = new ArrayList<>(x.shape());
        Polynomial total = Polynomial.ZERO;
        for (Tensor t : ins) {
          if (t.rank() != r) {
            throw g.error("Concat of tensors of different ranks");
          }
          for (int i = 0; i < r; i++) {
            if (i != axis) {
              data.sameSize(x.shape().get(i), t.shape().get(i), "Concat axis " + i);
            }
          }
          total = total.plus(t.shape().get(axis).size());
        }
        out.set(axis, Dim.computed(total));
        wire(n, base, "place", ins, out, note + " axis=" + axis + ": entries side by side, "
            + Shapes.ascii(out));
        break;
      }
      case "Gather": {
        List<Polynomial> idx = ins.get(1).ints();
        int axis = Shapes.axis(a.integer("axis", 0), x.rank());
        if (idx == null || !ins.get(1).isStatic()) {
          embedding(n, x, ins.get(1), axis, base, note);
          break;
        }
        List<Dim> out = new ArrayList<>(x.shape().subList(0, axis));
        out.addAll(ins.get(1).shape());
        out.addAll(x.shape().subList(axis + 1, x.rank()));
        wire(n, base, "reshape", List.of(x), out, note + " axis=" + axis + " indices "
            + Shapes.asciiPolys(idx) + ": picks wires");
        break;
      }
      case "ConstantOfShape":
        throw g.error("ConstantOfShape of a shape computed from data: no mapping");
      default:
        throw g.error("op " + op + " has no mapping");
    }
  }

  /**
   * Gather of rows of a table at indices computed from data: the catalog's embedding (a one-hot
   * comparison row times the table), the indices wired into a column first.
   */
  private void embedding(NodeProto n, Tensor table, Tensor ids, int axis, String base,
      String note) {
    if (table.rank() != 2 || axis != 0) {
      throw g.error("Gather at indices computed from data, other than rows of a matrix (an "
          + "embedding lookup): no mapping");
    }
    Polynomial count = Shapes.elements(ids.shape());
    List<Polynomial> column = List.of(count, Polynomial.ONE);
    String col = data.node(base + "__ids", DataOps.wiringOp(ids.shape(), List.of(
        Dim.computed(count), Dim.of(1))), List.of(g.ref(ids)), column, column, "the indices "
        + ids.onnxName() + " " + Shapes.ascii(ids.shape()) + " as one column (wiring, no gates)")
        .name();
    g.depthZero.add(col + ": the indices as a column, wiring");
    List<Dim> out = new ArrayList<>(ids.shape());
    out.add(table.shape().get(1));
    data.result(n.getOutput(0), out, data.node(base, "embedding", List.of(col, g.ref(table)),
        List.of(count, table.shape().get(1).size()), note + " axis=0 at indices from data: "
            + "the rows of " + table.onnxName() + " " + Shapes.ascii(table.shape())
            + " (an embedding lookup)"));
  }

  private void wire(NodeProto n, String base, String op, List<Tensor> ins, List<Dim> out,
      String note) {
    List<String> refs = new ArrayList<>();
    ins.forEach(t -> refs.add(g.ref(t)));
    List<Polynomial> m = Shapes.matrix(out);
    String wop = op.equals("reshape") ? DataOps.wiringOp(ins.get(0).shape(), out) : op;
    SpecNode s = data.node(base, wop, refs, m, m, note + " (wiring, no gates)");
    g.depthZero.add(base + " (ONNX " + n.getOpType() + "): re-indexes wires");
    g.define(n.getOutput(0), new Tensor(n.getOutput(0), out, s.name(), null, null, false));
  }

  private List<Dim> staticDims(Tensor t, String what) {
    staticInts(t, what);
    return t.values();
  }

  private List<Polynomial> staticInts(Tensor t, String what) {
    if (t == null || t.ints() == null || !t.isStatic()) {
      throw g.error(what + " is computed from data, not from shapes: no mapping");
    }
    return t.ints();
  }

  private List<Long> longs(List<Polynomial> ps) {
    List<Long> out = new ArrayList<>();
    for (Polynomial p : ps) {
      Long v = g.names.value(p);
      if (v == null) {
        throw g.error("expected a constant integer, found " + p.ascii());
      }
      out.add(v);
    }
    return out;
  }

  private List<Dim> reshape(Tensor x, List<Dim> target, boolean allowZero, String base) {
    List<Dim> out = new ArrayList<>(new StaticEval(g).dims(target, base));
    int infer = -1;
    for (int k = 0; k < target.size(); k++) {
      Polynomial t = target.get(k).size();
      Long v = t.variables().isEmpty() ? g.names.value(t) : null;
      if (v != null && v == 0 && !allowZero) {
        out.set(k, x.shape().get(k));
      } else if (v != null && v == -1) {
        infer = k;
      }
    }
    Polynomial total = Shapes.elements(x.shape());
    if (infer >= 0) {
      Polynomial known = Polynomial.ONE;
      for (int k = 0; k < out.size(); k++) {
        if (k != infer) {
          known = known.times(out.get(k).size());
        }
      }
      Polynomial q = Shapes.divide(total, known);
      if (q == null) {
        Long tv = g.names.value(total);
        Long kv = g.names.value(known);
        if (tv == null || kv == null || kv == 0) {
          throw g.error("Reshape: the -1 size " + total.ascii() + " / " + known.ascii()
              + " has no exact symbolic value");
        }
        q = Polynomial.constant(tv / kv);
      }
      out.set(infer, Dim.computed(q));
    }
    if (!g.names.same(total, Shapes.elements(out))) {
      throw g.error("shape mismatch: Reshape of " + Shapes.ascii(x.shape()) + " to "
          + Shapes.ascii(out) + " changes the number of entries");
    }
    return out;
  }

  private List<Dim> squeeze(Tensor x, List<Long> axes) {
    int r = x.rank();
    List<Dim> out = new ArrayList<>();
    List<Integer> drop = new ArrayList<>();
    if (axes != null) {
      axes.forEach(k -> drop.add(Shapes.axis(k, r)));
    }
    for (int i = 0; i < r; i++) {
      boolean one = g.names.same(x.shape().get(i).size(), Polynomial.ONE);
      if (axes == null ? one : drop.contains(i)) {
        if (!one) {
          throw g.error("Squeeze of axis " + i + " whose size is not 1");
        }
        continue;
      }
      out.add(x.shape().get(i));
    }
    return out;
  }

  private List<Dim> unsqueeze(Tensor x, List<Long> axes) {
    if (axes == null) {
      throw g.error("Unsqueeze without axes");
    }
    int r = x.rank() + axes.size();
    List<Integer> at = new ArrayList<>();
    axes.forEach(k -> at.add(Shapes.axis(k, r)));
    List<Dim> out = new ArrayList<>();
    int j = 0;
    for (int i = 0; i < r; i++) {
      out.add(at.contains(i) ? Dim.of(1) : x.shape().get(j++));
    }
    return out;
  }

  private void slice(NodeProto n, Attrs a, List<Tensor> ins, String base, String note) {
    Tensor x = ins.get(0);
    List<Polynomial> starts;
    List<Polynomial> ends;
    List<Long> axes;
    List<Long> steps = null;
    if (g.model.opset() < 10) {
      starts = polys(a.integers("starts"));
      ends = polys(a.integers("ends"));
      axes = a.integers("axes");
    } else {
      starts = staticInts(ins.get(1), "Slice starts");
      ends = staticInts(ins.get(2), "Slice ends");
      axes = ins.size() > 3 && ins.get(3) != null ? longs(staticInts(ins.get(3), "Slice axes"))
          : null;
      steps = ins.size() > 4 && ins.get(4) != null ? longs(staticInts(ins.get(4),
          "Slice steps")) : null;
    }
    List<Dim> out = new ArrayList<>(x.shape());
    for (int i = 0; i < starts.size(); i++) {
      int axis = axes == null ? i : Shapes.axis(axes.get(i), x.rank());
      if (steps != null && steps.get(i) != 1) {
        throw g.error("Slice with step " + steps.get(i) + ": only step 1 is mapped");
      }
      out.set(axis, sliceDim(x.shape().get(axis), starts.get(i), ends.get(i)));
    }
    wire(n, base, "reshape", List.of(x), out, note + ": " + Shapes.ascii(x.shape()) + " -> "
        + Shapes.ascii(out) + ", a constant range of the entries");
  }

  /** The size of [start, end) of a dimension, exactly, or the import stops. */
  private Dim sliceDim(Dim dim, Polynomial start, Polynomial end) {
    Long s = g.names.value(start);
    Long e = g.names.value(end);
    Long size = g.names.value(dim.size());
    if (s != null && e != null && size != null) {
      long lo = clamp(s, size);
      long hi = clamp(e, size);
      long len = Math.max(0, hi - lo);
      if (len == 0) {
        throw g.error("Slice gives an empty range");
      }
      return len == size ? dim : Dim.of(len);
    }
    boolean fromStart = s != null && s == 0;
    boolean toEnd = (e != null && e >= HUGE) || g.names.same(end, dim.size());
    if (fromStart && toEnd) {
      return dim;
    }
    if (fromStart && e == null && size != null) {
      return Dim.computed(end); // a symbolic prefix of a fixed-size buffer (n of a max length)
    }
    throw g.error("Slice [" + start.ascii() + ", " + end.ascii() + ") of a dimension of size "
        + dim.ascii() + ": no exact symbolic size");
  }

  private static long clamp(long i, long len) {
    long x = i < 0 ? i + len : i;
    return Math.max(0, Math.min(len, x));
  }

  private static List<Polynomial> polys(List<Long> v) {
    List<Polynomial> out = new ArrayList<>();
    v.forEach(x -> out.add(Polynomial.constant(x)));
    return out;
  }

  private void split(NodeProto n, Attrs a, List<Tensor> ins, String base, String note) {
    Tensor x = ins.get(0);
    int axis = Shapes.axis(a.integer("axis", 0), x.rank());
    int parts = n.getOutputCount();
    List<Polynomial> sizes;
    if (ins.size() > 1 && ins.get(1) != null) {
      sizes = staticInts(ins.get(1), "Split sizes");
    } else if (a.integers("split") != null) {
      sizes = polys(a.integers("split"));
    } else {
      Polynomial each = Shapes.divide(x.shape().get(axis).size(), Polynomial.constant(parts));
      Long v = g.names.value(x.shape().get(axis).size());
      if (each == null && v == null) {
        throw g.error("Split into " + parts + " equal parts of " + x.shape().get(axis).ascii()
            + ": no exact symbolic size");
      }
      sizes = new ArrayList<>();
      for (int k = 0; k < parts; k++) {
        sizes.add(each != null ? each : Polynomial.constant(v / parts));
      }
    }
    Polynomial total = Polynomial.ZERO;
    for (Polynomial s : sizes) {
      total = total.plus(s);
    }
    if (!g.names.same(total, x.shape().get(axis).size())) {
      throw g.error("shape mismatch: Split sizes " + Shapes.asciiPolys(sizes) + " do not add "
          + "up to " + x.shape().get(axis).ascii());
    }
    List<Dim> parts0 = new ArrayList<>();
    sizes.forEach(p -> parts0.add(Dim.computed(p)));
    List<Dim> dims = parts0;
    for (int k = 0; k < parts; k++) {
      List<Dim> out = new ArrayList<>(x.shape());
      out.set(axis, dims.get(k));
      String name = parts == 1 ? base : base + "_" + k;
      List<Polynomial> m = Shapes.matrix(out);
      SpecNode s = data.node(name, DataOps.wiringOp(x.shape(), out), List.of(g.ref(x)), m, m,
          note + " axis=" + axis
          + " part " + k + ": " + Shapes.ascii(out) + " (wiring, no gates)");
      g.depthZero.add(s.name() + " (ONNX Split): re-indexes wires");
      g.define(n.getOutput(k), new Tensor(n.getOutput(k), out, s.name(), null, null, false));
    }
  }
}
