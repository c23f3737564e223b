package org.depthcert.onnx;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.depthcert.algebra.Polynomial;
import org.depthcert.onnx.proto.OnnxProto.NodeProto;
import org.depthcert.onnx.proto.OnnxProto.TensorProto;

/**
 * Ops on data: each ONNX node becomes the catalog ops of its OpTable entry (helper nodes are
 * named {@code NODE__what}), or a wiring node with its declared shape. Shapes are propagated and
 * checked on the concrete model; an op outside what the table describes stops the import.
 */
final class DataOps {
  private final GraphImporter g;
  private final WiringOps wiring;

  DataOps(GraphImporter g) {
    this.g = g;
    this.wiring = new WiringOps(g, this);
  }

  void emit(NodeProto n, OpTable.Entry entry, List<Tensor> ins, String base) {
    for (String op : entry.catalogOps()) {
      boolean powOnly = n.getOpType().equals("Pow") && !op.equals("mul"); // checked by pow()
      if (!powOnly && g.catalog.forOp(op).isEmpty()) {
        throw g.error("ONNX " + n.getOpType() + " maps to catalog op '" + op + "', which the "
            + "catalog lacks (add a lemma for it with --catalog)");
      }
    }
    if (entry.treatment() != OpTable.Treatment.COMPUTE) {
      wiring.emit(n, ins, base);
      return;
    }
    Attrs a = new Attrs(n);
    String op = n.getOpType();
    String note = "ONNX " + op + " " + n.getName();
    switch (op) {
      case "Add":
      case "Sub":
      case "Mul":
      case "Div":
        elementwise(n, base, op.toLowerCase(java.util.Locale.ROOT), ins, note);
        break;
      case "Max":
        elementwise(n, base, "max2", ins, note);
        break;
      case "Equal":
      case "Less":
      case "Greater":
        elementwise(n, base, "compare", ins, note + " (a comparison)");
        break;
      case "Where": {
        // the catalog's select takes three matrices of the same shape: fan every input out
        List<Dim> out = broadcast(ins);
        List<String> refs = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
          refs.add(operand(ins.get(k), out, base + "__in" + k, true));
        }
        result(n.getOutput(0), out, node(base, "where", refs, Shapes.matrix(out), note
            + ": select " + Shapes.ascii(out)));
        break;
      }
      case "Sqrt":
      case "Exp":
      case "Log":
      case "Sin":
      case "Cos":
      case "Sigmoid":
      case "Tanh":
      case "Erf":
      case "Relu":
      case "Neg":
        unary(n, base, op.toLowerCase(java.util.Locale.ROOT), ins.get(0), note);
        break;
      case "Gelu": {
        String approx = new Attrs(n).text("approximate", "none");
        unary(n, base, approx.equals("tanh") ? "gelu_tanh" : "gelu_erf", ins.get(0), note
            + " approximate=" + approx);
        break;
      }
      case "Reciprocal": {
        String one = constant(base, "one", "1");
        result(n.getOutput(0), ins.get(0).shape(), node(base, "div", List.of(one,
            g.ref(ins.get(0))), Shapes.matrix(ins.get(0).shape()), note + ": 1 / x"));
        break;
      }
      case "Pow":
        pow(n, base, ins, note);
        break;
      case "MatMul":
        matmul(n, base, ins.get(0), ins.get(1), note);
        break;
      case "Gemm":
        gemm(n, a, base, ins, note);
        break;
      case "ReduceMean":
      case "ReduceSum":
        reduce(n, a, base, ins, note);
        break;
      case "Softmax": {
        Tensor x = ins.get(0);
        long axis = a.integer("axis", g.model.opset() < 13 ? 1 : -1);
        if (Shapes.axis(axis, x.rank()) != x.rank() - 1) {
          throw g.error("Softmax over axis " + axis + " of a rank-" + x.rank() + " tensor: "
              + "only the last axis is mapped (softmax of each row)");
        }
        result(n.getOutput(0), x.shape(), node(base, "softmax", List.of(g.ref(x)),
            Shapes.matrix(x.shape()), note + " axis=" + axis + ": softmax of each row over "
                + x.shape().get(x.rank() - 1).ascii() + " entries"));
        break;
      }
      case "LayerNormalization":
        layerNorm(n, a, base, ins, note);
        break;
      default:
        throw g.error("op " + op + " has no mapping");
    }
  }

  /** An elementwise op with numpy broadcasting; a broadcast input is fanned out by wiring. */
  void elementwise(NodeProto n, String base, String op, List<Tensor> ins, String note) {
    List<Tensor> present = new ArrayList<>();
    ins.forEach(t -> {
      if (t != null) {
        present.add(t);
      }
    });
    List<Dim> out = broadcast(present);
    List<Polynomial> m = Shapes.matrix(out);
    List<String> refs = new ArrayList<>();
    for (int k = 0; k < present.size(); k++) {
      refs.add(operand(present.get(k), out, base + "__in" + k, false));
    }
    result(n.getOutput(0), out, node(base, op, refs, m, note + " " + Shapes.ascii(out)));
  }

  private void unary(NodeProto n, String base, String op, Tensor x, String note) {
    result(n.getOutput(0), x.shape(), node(base, op, List.of(g.ref(x)),
        Shapes.matrix(x.shape()), note + " " + Shapes.ascii(x.shape())));
  }

  private void pow(NodeProto n, String base, List<Tensor> ins, String note) {
    Tensor x = ins.get(0);
    double[] e = ins.get(1).floats();
    if (e == null || e.length != 1) {
      throw g.error("Pow with an exponent that is not one constant: no mapping");
    }
    double ex = e[0];
    List<Dim> out = broadcast(List.of(x, ins.get(1)));
    if (!Shapes.matrix(out).equals(Shapes.matrix(x.shape()))) {
      throw g.error("Pow whose constant exponent broadcasts the base: no mapping");
    }
    String ref = g.ref(x);
    List<Polynomial> m = Shapes.matrix(x.shape());
    if (ex == 2.0) {
      result(n.getOutput(0), out, node(base, "mul", List.of(ref, ref), m,
          note + " exponent 2: x * x"));
      return;
    }
    if (ex == 1.0) {
      result(n.getOutput(0), out, node(base, "copy", List.of(ref), m, note
          + " exponent 1: the same wires"));
      return;
    }
    for (String op : List.of("log", "exp")) {
      if (g.catalog.forOp(op).isEmpty()) {
        throw g.error("Pow with exponent " + ex + " is exp(e * log x), and the catalog has no '"
            + op + "' (add a lemma with --catalog)");
      }
    }
    String log = node(base + "__log", "log", List.of(ref), m, note + ": log x").name();
    String c = constant(base, "exponent", Double.toString(ex));
    String scaled = node(base + "__scaled", "mul", List.of(log, c), m, note + ": e * log x")
        .name();
    result(n.getOutput(0), out, node(base, "exp", List.of(scaled), m, note + " exponent " + ex
        + ": exp(e * log x)"));
  }

  private void matmul(NodeProto n, String base, Tensor x, Tensor y, String note) {
    if (x.rank() < 2 || y.rank() < 2) {
      throw g.error("MatMul of a vector (rank 1): no mapping; reshape it to a matrix");
    }
    Dim m = x.shape().get(x.rank() - 2);
    Dim k = x.shape().get(x.rank() - 1);
    Dim k2 = y.shape().get(y.rank() - 2);
    Dim p = y.shape().get(y.rank() - 1);
    sameSize(k, k2, "MatMul inner dimensions");
    List<Dim> batch = broadcastDims(x.shape().subList(0, x.rank() - 2),
        y.shape().subList(0, y.rank() - 2));
    List<Dim> out = new ArrayList<>(batch);
    out.add(m);
    out.add(p);
    String text = note + " " + Shapes.ascii(x.shape()) + " x " + Shapes.ascii(y.shape());
    if (y.rank() == 2) {
      List<Dim> yShape = List.of(k, p);
      String yRef = operand(y, yShape, base + "__in1", true);
      result(n.getOutput(0), out, node(base, "matmul", List.of(g.ref(x), yRef),
          List.of(Shapes.product(x.shape(), 0, x.rank() - 1), p.size()), text));
      return;
    }
    Polynomial count = Shapes.product(batch, 0, batch.size());
    List<List<Polynomial>> each = List.of(List.of(m.size(), k.size()),
        List.of(k.size(), p.size()));
    SpecNode s = new SpecNode(g.claim(base), "matmul", List.of(g.ref(x), g.ref(y)), each, count, null,
        text + ": " + count.ascii() + " products in parallel", List.of(count.times(m.size()),
            p.size()));
    g.add(s);
    result(n.getOutput(0), out, s);
  }

  private void gemm(NodeProto n, Attrs a, String base, List<Tensor> ins, String note) {
    if (a.real("alpha", 1) != 1.0 || a.real("beta", 1) != 1.0) {
      throw g.error("Gemm with alpha or beta other than 1: no mapping");
    }
    Tensor x = ins.get(0);
    Tensor w = ins.get(1);
    if (x.rank() != 2 || w.rank() != 2) {
      throw g.error("Gemm takes matrices");
    }
    boolean ta = a.integer("transA", 0) != 0;
    boolean tb = a.integer("transB", 0) != 0;
    String xr = g.ref(x);
    String wr = g.ref(w);
    List<Dim> xs = x.shape();
    List<Dim> ws = w.shape();
    if (ta) {
      xs = List.of(xs.get(1), xs.get(0));
      xr = node(base + "__At", "transpose", List.of(xr), Shapes.matrix(xs),
          note + " transA=1: transpose (wiring, no gates)").name();
      g.depthZero.add(base + "__At (ONNX Gemm transA): transpose, wiring");
    }
    if (tb) {
      ws = List.of(ws.get(1), ws.get(0));
      wr = node(base + "__Bt", "transpose", List.of(wr), Shapes.matrix(ws),
          note + " transB=1: transpose (wiring, no gates)").name();
      g.depthZero.add(base + "__Bt (ONNX Gemm transB): transpose, wiring");
    }
    sameSize(xs.get(1), ws.get(0), "Gemm inner dimensions");
    List<Dim> out = List.of(xs.get(0), ws.get(1));
    boolean bias = ins.size() > 2 && ins.get(2) != null;
    SpecNode mm = node(bias ? base + "__matmul" : base, "matmul", List.of(xr, wr),
        Shapes.matrix(out), note + ": A B " + Shapes.ascii(xs) + " x " + Shapes.ascii(ws));
    if (!bias) {
      result(n.getOutput(0), out, mm);
      return;
    }
    Tensor c = ins.get(2);
    List<Dim> full = broadcast(List.of(new Tensor("A B", out, mm.name(), null, null, false), c));
    String cRef = operand(c, full, base + "__in2", false);
    result(n.getOutput(0), full, node(base, "add", List.of(mm.name(), cRef),
        Shapes.matrix(full), note + ": A B + C"));
  }

  private void reduce(NodeProto n, Attrs a, String base, List<Tensor> ins, String note) {
    Tensor x = ins.get(0);
    List<Long> axes = a.integers("axes");
    if (axes == null && ins.size() > 1 && ins.get(1) != null) {
      List<Polynomial> v = ins.get(1).ints();
      if (v == null) {
        throw g.error(n.getOpType() + " over axes computed from data: no mapping");
      }
      axes = new ArrayList<>();
      for (Polynomial p : v) {
        axes.add(g.names.value(p));
      }
    }
    int r = x.rank();
    if (axes == null || axes.size() != 1 || Shapes.axis(axes.get(0), r) != r - 1) {
      throw g.error(n.getOpType() + " over axes " + axes + " of a rank-" + r + " tensor: only "
          + "the last axis is mapped (a row sum)");
    }
    boolean keep = a.integer("keepdims", 1) != 0;
    List<Dim> out = new ArrayList<>(x.shape().subList(0, r - 1));
    if (keep) {
      out.add(Dim.of(1));
    }
    Dim k = x.shape().get(r - 1);
    List<Polynomial> rows = List.of(Shapes.product(x.shape(), 0, r - 1), Polynomial.ONE);
    boolean mean = n.getOpType().equals("ReduceMean");
    SpecNode sum = node(mean ? base + "__sum" : base, "row_sum", List.of(g.ref(x)), rows,
        note + " axes=[-1]: sum of each row of " + k.ascii() + " entries");
    if (!mean) {
      result(n.getOutput(0), out, sum);
      return;
    }
    String count = constant(base, "count", k.ascii());
    result(n.getOutput(0), out, node(base, "div", List.of(sum.name(), count), rows,
        note + " axes=[-1]: the row sum divided by " + k.ascii()));
  }

  /** LayerNormalization spelled out over the last axis, epsilon included (Lemma 5.5 has none). */
  private void layerNorm(NodeProto n, Attrs a, String base, List<Tensor> ins, String note) {
    Tensor x = ins.get(0);
    int r = x.rank();
    if (Shapes.axis(a.integer("axis", -1), r) != r - 1) {
      throw g.error("LayerNormalization over an axis other than the last: no mapping");
    }
    List<Polynomial> m = Shapes.matrix(x.shape());
    List<Polynomial> rows = List.of(m.get(0), Polynomial.ONE);
    String k = x.shape().get(r - 1).ascii();
    String xr = g.ref(x);
    String count = constant(base, "count", k);
    String s1 = node(base + "__sum", "row_sum", List.of(xr), rows, note + ": row sum").name();
    String mu = node(base + "__mean", "div", List.of(s1, count), rows, note + ": mean").name();
    String c = node(base + "__centred", "sub", List.of(xr, mu), m, note + ": x - mean").name();
    String sq = node(base + "__squared", "mul", List.of(c, c), m, note + ": squared").name();
    String s2 = node(base + "__sqsum", "row_sum", List.of(sq), rows, note + ": row sum").name();
    String var = node(base + "__var", "div", List.of(s2, count), rows, note + ": variance")
        .name();
    String eps = constant(base, "epsilon", Double.toString(a.real("epsilon", 1e-5)));
    String ve = node(base + "__var_eps", "add", List.of(var, eps), rows, note
        + ": variance + epsilon").name();
    String sd = node(base + "__sd", "sqrt", List.of(ve), rows, note + ": sqrt").name();
    String y = node(base + "__normalised", "div", List.of(c, sd), m, note + ": normalised")
        .name();
    Tensor yt = new Tensor("normalised", x.shape(), y, null, null, false);
    List<Dim> full = broadcast(List.of(yt, ins.get(1)));
    String scaled = node(ins.size() > 2 && ins.get(2) != null ? base + "__scaled" : base, "mul",
        List.of(y, operand(ins.get(1), full, base + "__in1", false)), m, note + ": times Scale").name();
    if (ins.size() > 2 && ins.get(2) != null) {
      String b = operand(ins.get(2), full, base + "__in2", false);
      result(n.getOutput(0), full, node(base, "add", List.of(scaled, b), m, note + ": plus B"));
    } else {
      g.define(n.getOutput(0), new Tensor(n.getOutput(0), full, scaled, null, null, false));
    }
  }

  // ---- shared helpers ----

  /** numpy broadcasting of the inputs' shapes, checked on the concrete model. */
  List<Dim> broadcast(List<Tensor> ins) {
    List<Dim> out = List.of();
    for (Tensor t : ins) {
      out = broadcastDims(out, t.shape());
    }
    return out;
  }

  List<Dim> broadcastDims(List<Dim> a, List<Dim> b) {
    int r = Math.max(a.size(), b.size());
    List<Dim> x = Shapes.align(a, r);
    List<Dim> y = Shapes.align(b, r);
    List<Dim> out = new ArrayList<>();
    for (int i = 0; i < r; i++) {
      Dim p = x.get(i);
      Dim q = y.get(i);
      if (g.names.same(q.size(), Polynomial.ONE)) {
        out.add(p);
      } else if (g.names.same(p.size(), Polynomial.ONE)) {
        out.add(q);
      } else {
        sameSize(p, q, "broadcast axis " + i + " of " + Shapes.ascii(a) + " and "
            + Shapes.ascii(b));
        out.add(p);
      }
    }
    return out;
  }

  void sameSize(Dim a, Dim b, String what) {
    if (!g.names.same(a.size(), b.size())) {
      throw g.error("shape mismatch: " + what + ": " + a.ascii() + " vs " + b.ascii());
    }
    g.names.equate(a, b);
  }

  /**
   * The spec name giving t as an operand of an op whose result has shape {@code target}: t itself
   * when its matrix already fits (equal or 1 on each axis), else a wiring node that fans it out
   * (numpy broadcasting copies wires) or relabels a size named two ways.
   */
  String operand(Tensor t, List<Dim> target, String name, boolean exact) {
    List<Polynomial> want = Shapes.matrix(target);
    List<Polynomial> have = Shapes.matrix(Shapes.align(t.shape(), target.size()));
    boolean fits = true;
    for (int i = 0; i < 2; i++) {
      fits &= have.get(i).equals(want.get(i)) || (!exact && have.get(i).equals(Polynomial.ONE));
    }
    if (fits) {
      return g.ref(t);
    }
    String note = "broadcast of " + t.onnxName() + " " + Shapes.ascii(t.shape()) + " to "
        + Shapes.ascii(target) + ": copies wires, no gates";
    g.depthZero.add(name + ": " + note);
    return node(name, wiringOp(t.shape(), target), List.of(g.ref(t)), want, want, note)
        .name();
  }

  /**
   * The catalog's reshape checks that the entry count is unchanged, symbolically; a fan-out or a
   * size known only on the concrete model (d = 64 split as 2 heads of 32) is a placement.
   */
  static String wiringOp(List<Dim> from, List<Dim> to) {
    return Shapes.elements(from).equals(Shapes.elements(to)) ? "reshape" : "place";
  }

  /** A constant wired in as a 1 x 1 float: a block-internal node with no inputs, depth 0. */
  String constant(String base, String what, String value) {
    String name = base + "__" + what;
    List<Polynomial> one = List.of(Polynomial.ONE, Polynomial.ONE);
    return node(name, "const", List.of(), one, one, "the number " + value
        + " as a p-bit float, wired in (no gates)").name();
  }

  SpecNode node(String name, String op, List<String> in, List<Polynomial> out, String note) {
    SpecNode s = new SpecNode(g.claim(name), op, in, null, null, null, note, out);
    g.add(s);
    return s;
  }

  SpecNode node(String name, String op, List<String> in, List<Polynomial> declared,
      List<Polynomial> out, String note) {
    SpecNode s = new SpecNode(g.claim(name), op, in, null, null, declared, note, out);
    g.add(s);
    return s;
  }

  /**
   * Records the node's output as the ONNX value; when the matrix the catalog op gives is not the
   * matrix of the ONNX shape (a reduction without keepdims), a reshape wiring node follows.
   */
  void result(String onnxOut, List<Dim> dims, SpecNode last) {
    List<Polynomial> want = Shapes.matrix(dims);
    String ref = last.name();
    if (!last.out().equals(want)) {
      ref = node(last.name() + "__reshaped", "place", List.of(ref), want, want,
          "the result read as " + Shapes.ascii(dims) + " (wiring, no gates)").name();
    }
    g.define(onnxOut, new Tensor(onnxOut, dims, ref, null, null, false));
  }

  /** The element types an ONNX Cast may keep without a precision change. */
  static boolean sameType(Integer from, long to) {
    return from != null && from == to;
  }

  static final TreeSet<Integer> FLOATS = new TreeSet<>(List.of(TensorProto.DataType.FLOAT_VALUE,
      TensorProto.DataType.DOUBLE_VALUE, TensorProto.DataType.FLOAT16_VALUE,
      TensorProto.DataType.BFLOAT16_VALUE));
}
