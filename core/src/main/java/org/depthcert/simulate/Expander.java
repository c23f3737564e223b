package org.depthcert.simulate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.depthcert.algebra.Polynomial;
import org.depthcert.rules.Catalog;
import org.depthcert.rules.Explicit;
import org.depthcert.rules.Rule;
import org.depthcert.rules.Signature;
import org.depthcert.spec.BlockSpec;
import org.depthcert.spec.NodeSpec;
import org.depthcert.spec.Shape;

/**
 * Applies a rule to concrete input matrices by its {@code explicit:} expansion, adding its
 * gadgets to the circuit and returning the output matrix of node ids (docs/simulate.md).
 */
final class Expander {
  private final Catalog catalog;
  private final Circuit circuit;
  private final Kinds kinds;
  private final Map<List<Object>, Integer> depthCache = new HashMap<>();
  private Values base = new Values(Map.of());

  Expander(Catalog catalog, Circuit circuit, Kinds kinds) {
    this.catalog = catalog;
    this.circuit = circuit;
    this.kinds = kinds;
  }

  /** A node: its op on its inputs, with its views and count resolved to concrete indices. */
  Mat node(NodeSpec n, List<Mat> inputs, Values env) {
    Rule rule = catalog.forOp(n.op()).orElseThrow(() -> new SimulationError("unknown op '"
        + n.op() + "'"));
    Optional<Mat> declared = n.shape().map(s -> Mat.of(dims(s, env)));
    if (n.each().isEmpty()) {
      return apply(rule, n.op(), inputs, declared, env);
    }
    List<Shape> views = n.each().get();
    if (views.size() != inputs.size()) {
      throw new SimulationError("each gives " + views.size() + " views for " + inputs.size()
          + " inputs");
    }
    int count = n.count().map(c -> env.of(c, "count")).orElse(1);
    if (count < 1) {
      throw new SimulationError("count " + n.count().orElseThrow().ascii() + " is " + count
          + " here; a node runs at least one instance");
    }
    int instances = count;
    int[] blocks = new int[inputs.size()];
    int[][] viewDims = new int[inputs.size()][];
    for (int i = 0; i < inputs.size(); i++) {
      Shape v = views.get(i);
      viewDims[i] = dims(v, env);
      long e = 1;
      for (int x : viewDims[i]) {
        e *= x;
      }
      int whole = inputs.get(i).entries();
      if (e == 0 || whole % e != 0) {
        throw new SimulationError("view " + (i + 1) + " " + v.ascii() + " (" + e + " entries) "
            + "does not tile input " + n.inputs().get(i) + " " + inputs.get(i).shape() + " ("
            + whole + " entries)");
      }
      blocks[i] = (int) (whole / e);
      instances = Math.max(instances, blocks[i]);
    }
    for (int i = 0; i < inputs.size(); i++) {
      if (instances % blocks[i] != 0) {
        throw new SimulationError("view " + (i + 1) + " cuts input " + n.inputs().get(i) + " "
            + inputs.get(i).shape() + " into " + blocks[i] + " blocks, which do not divide "
            + instances + " instances evenly");
      }
    }
    Mat out = null;
    List<Mat> one = new ArrayList<>(inputs.size());
    for (int t = 0; t < instances; t++) {
      one.clear();
      for (int i = 0; i < inputs.size(); i++) {
        one.add(inputs.get(i).block(t % blocks[i], viewDims[i]));
      }
      Mat r = apply(rule, n.op(), one, declared, env);
      if (out == null) {
        // the instances stacked along the first dimension, as the fold does
        int[] stacked = r.dims().clone();
        stacked[0] = Math.multiplyExact(instances, stacked[0]);
        out = Mat.of(stacked);
      }
      System.arraycopy(r.ids(), r.offset(), out.ids(), t * r.entries(), r.entries());
    }
    return out;
  }

  private Mat apply(Rule rule, String op, List<Mat> in, Optional<Mat> declared, Values env) {
    Explicit e = rule.explicit().orElseThrow(() -> new SimulationError("op '" + op + "': rule "
        + rule.id() + " (" + rule.number() + ") has no explicit expansion, so the circuit "
        + "cannot be built (add 'explicit:' to it, docs/simulate.md)"));
    if (e instanceof Explicit.Wiring) {
      return wiring(((Explicit.Wiring) e).kindFor(op), in, declared, op);
    }
    Map<String, Long> bind = new TreeMap<>();
    int[] out = match(rule, op, in, bind);
    if (e instanceof Explicit.Elementwise) {
      return elementwise(gadget(rule, bind), depth(rule, bind), out, in);
    }
    if (e instanceof Explicit.Reduce) {
      Explicit.Reduce r = (Explicit.Reduce) e;
      return reduce(gadget(rule, bind), depth(rule, bind), r.rows(), r.countsSummands(),
          in.get(0));
    }
    if (e instanceof Explicit.Matmul) {
      return matmul((Explicit.Matmul) e, in.get(0), in.get(1));
    }
    if (e instanceof Explicit.Kron) {
      return kron((Explicit.Kron) e, in.get(0), in.get(1), op);
    }
    return body(rule, in, env.with(bind));
  }

  /** The gadget kind of an axiom applied as one gadget: the one kind its size counts. */
  private byte gadget(Rule rule, Map<String, Long> bind) {
    if (rule.isDerived()) {
      throw new SimulationError("rule " + rule.id() + " (" + rule.number() + ") is a derived "
          + "lemma; its explicit expansion must be body, matmul or kron, not one gadget");
    }
    if (rule.size().size() > 1) {
      throw new SimulationError("rule " + rule.id() + " counts several gadget kinds "
          + rule.size().keySet() + "; one gadget per entry needs exactly one");
    }
    return kinds.of(rule.size().isEmpty() ? "unsized:" + rule.id()
        : rule.size().keySet().iterator().next());
  }

  private int depth(Rule rule, Map<String, Long> bind) {
    List<Object> key = List.of(rule.id(), bind);
    Integer d = depthCache.get(key);
    if (d == null) {
      d = base.with(bind).depth(rule.depth().orElseThrow(), "the depth of " + rule.number());
      depthCache.put(key, d);
    }
    return d;
  }

  /** The parameters and profile every gadget depth is evaluated at. */
  void at(Values point) {
    this.base = point;
    depthCache.clear();
  }

  private Mat elementwise(byte kind, int depth, int[] dims, List<Mat> in) {
    if (dims.length != 2) {
      return elementwiseTensor(kind, depth, dims, in);
    }
    Mat out = Mat.of(dims[0], dims[1]);
    int k = in.size();
    circuit.kind(kind);
    for (int r = 0; r < dims[0]; r++) {
      circuit.reserve(dims[1], (long) k * dims[1]);
      for (int c = 0; c < dims[1]; c++) {
        if (k <= 2) {
          out.set(r, c, circuit.product(kind, depth, entry(in.get(0), r, c),
              k == 2 ? entry(in.get(1), r, c) : Circuit.CONSTANT));
          continue;
        }
        circuit.begin();
        for (int i = 0; i < k; i++) {
          circuit.edge(entry(in.get(i), r, c));
        }
        out.set(r, c, circuit.end(kind, depth, 1));
      }
    }
    return out;
  }

  /**
   * Elementwise on tensors of rank other than 2: the output's entries in row-major order, each
   * reading, in every input, the entry at the same logical index with dimensions of 1 broadcast.
   */
  private Mat elementwiseTensor(byte kind, int depth, int[] dims, List<Mat> in) {
    Mat out = Mat.of(dims);
    int rank = dims.length;
    int k = in.size();
    // strides[i][x]: how far input i's flat index moves when logical index x grows by one
    // (0 on a broadcast dimension)
    int[][] strides = new int[k][rank];
    for (int i = 0; i < k; i++) {
      int stride = 1;
      for (int x = rank - 1; x >= 0; x--) {
        int size = in.get(i).dims()[x];
        strides[i][x] = size == 1 ? 0 : stride;
        stride *= size;
      }
    }
    int[] index = new int[rank];
    int[] at = new int[k];
    circuit.kind(kind);
    for (int e = 0; e < out.entries(); e++) {
      circuit.reserve(1, k);
      circuit.begin();
      for (int i = 0; i < k; i++) {
        circuit.edge(in.get(i).flat(at[i]));
      }
      out.ids()[e] = circuit.end(kind, depth, 1);
      for (int x = rank - 1; x >= 0; x--) { // the next logical index, last dimension fastest
        index[x]++;
        for (int i = 0; i < k; i++) {
          at[i] += strides[i][x];
        }
        if (index[x] < dims[x]) {
          break;
        }
        for (int i = 0; i < k; i++) {
          at[i] -= strides[i][x] * index[x];
        }
        index[x] = 0;
      }
    }
    return out;
  }

  /** Entry (r, c) of a matrix broadcast over its dimensions of 1. */
  private static int entry(Mat m, int r, int c) {
    return m.at(m.rows() == 1 ? 0 : r, m.cols() == 1 ? 0 : c);
  }

  private Mat reduce(byte kind, int depth, boolean rows, boolean summands, Mat a) {
    int lines = rows ? a.rows() : a.cols();
    int arity = rows ? a.cols() : a.rows();
    Mat out = rows ? Mat.of(lines, 1) : Mat.of(1, lines);
    circuit.kind(kind);
    for (int x = 0; x < lines; x++) {
      circuit.reserve(1, arity);
      int from = a.offset() + (rows ? x * a.cols() : x);
      out.ids()[x] = circuit.reduce(kind, depth, summands ? arity : 1, a.ids(), from, arity,
          rows ? 1 : a.cols());
    }
    return out;
  }

  private Mat matmul(Explicit.Matmul e, Mat a, Mat b) {
    int k = a.cols();
    Rule pr = catalog.forOp(e.product()).orElseThrow();
    Rule sr = catalog.forOp(e.sum()).orElseThrow();
    Map<String, Long> pb = new TreeMap<>();
    match(pr, e.product(), List.of(Mat.of(1, 1), Mat.of(1, 1)), pb);
    Map<String, Long> sb = new TreeMap<>();
    match(sr, e.sum(), List.of(Mat.of(1, k)), sb);
    byte pk = gadget(pr, pb);
    int pd = depth(pr, pb);
    byte sk = gadget(sr, sb);
    int sd = depth(sr, sb);
    long weight = summands(sr) ? k : 1;
    Mat out = Mat.of(a.rows(), b.cols());
    int[] products = new int[k];
    circuit.kind(pk);
    circuit.kind(sk);
    for (int i = 0; i < a.rows(); i++) {
      circuit.reserve((long) b.cols() * (k + 1), 3L * b.cols() * k);
      for (int j = 0; j < b.cols(); j++) {
        for (int l = 0; l < k; l++) {
          products[l] = circuit.product(pk, pd, a.at(i, l), b.at(l, j));
        }
        out.set(i, j, circuit.reduce(sk, sd, weight, products, 0, k, 1));
      }
    }
    return out;
  }

  private static boolean summands(Rule sum) {
    return sum.explicit().filter(x -> x instanceof Explicit.Reduce)
        .map(x -> ((Explicit.Reduce) x).countsSummands()).orElse(false);
  }

  private Mat kron(Explicit.Kron e, Mat a, Mat b, String op) {
    if (!e.rowsPair() && a.rows() != b.rows() || !e.colsPair() && a.cols() != b.cols()) {
      throw new SimulationError(op + ": shared rows or columns need equal sizes, not "
          + a.shape() + " and " + b.shape());
    }
    Rule pr = catalog.forOp(e.product()).orElseThrow();
    Map<String, Long> pb = new TreeMap<>();
    match(pr, e.product(), List.of(Mat.of(1, 1), Mat.of(1, 1)), pb);
    byte pk = gadget(pr, pb);
    int pd = depth(pr, pb);
    int rows = e.rowsPair() ? Math.multiplyExact(a.rows(), b.rows()) : a.rows();
    int cols = e.colsPair() ? Math.multiplyExact(a.cols(), b.cols()) : a.cols();
    Mat out = Mat.of(rows, cols);
    // the paper's index i1 + (i2 - 1) n1: the first factor's index runs fastest; the index pairs
    // are tabulated once so that the loop over entries does no division
    int[] r1 = new int[rows];
    int[] r2 = new int[rows];
    index(r1, r2, a.rows(), e.rowsPair());
    int[] c1 = new int[cols];
    int[] c2 = new int[cols];
    index(c1, c2, a.cols(), e.colsPair());
    circuit.kind(pk);
    for (int r = 0; r < rows; r++) {
      circuit.reserve(cols, 2L * cols);
      for (int c = 0; c < cols; c++) {
        out.set(r, c, circuit.product(pk, pd, a.at(r1[r], c1[c]), b.at(r2[r], c2[c])));
      }
    }
    return out;
  }

  private static void index(int[] first, int[] second, int firstSize, boolean pair) {
    for (int x = 0; x < first.length; x++) {
      first[x] = pair ? x % firstSize : x;
      second[x] = pair ? x / firstSize : x;
    }
  }

  private Mat wiring(Explicit.WiringKind kind, List<Mat> in, Optional<Mat> declared, String op) {
    if (in.isEmpty() && declared.isEmpty()) {
      throw new SimulationError(op + " has no input and no declared shape");
    }
    switch (kind) {
      case TRANSPOSE: {
        Mat a = in.get(0);
        if (a.rank() != 2) {
          throw new SimulationError(op + ": transpose needs a matrix, not shape " + a.shape());
        }
        Mat out = Mat.of(a.cols(), a.rows());
        for (int r = 0; r < a.rows(); r++) {
          for (int c = 0; c < a.cols(); c++) {
            out.set(c, r, a.at(r, c));
          }
        }
        return out;
      }
      case DIAG: {
        Mat a = in.get(0);
        int size = a.entries();
        Mat out = declared.orElseGet(() -> Mat.of(size, size));
        java.util.Arrays.fill(out.ids(), Circuit.CONSTANT);
        for (int i = 0; i < Math.min(size, Math.min(out.rows(), out.cols())); i++) {
          out.set(i, i, a.flat(i));
        }
        return out;
      }
      case ROTATE_HALF: {
        Mat x = in.get(0);
        Mat neg = in.size() == 2 ? in.get(1) : null;
        if (neg == null || !java.util.Arrays.equals(x.dims(), neg.dims()) || x.cols() % 2 != 0) {
          throw new SimulationError(op + " takes X and -X of one shape with an even last "
              + "dimension, not " + shapes(in));
        }
        Mat out = Mat.of(x.dims());
        for (int r = 0; r < x.rows(); r++) {
          for (int c = 0; c < x.cols(); c += 2) {
            out.set(r, c, neg.at(r, c + 1));
            out.set(r, c + 1, x.at(r, c));
          }
        }
        return out;
      }
      case FLAT: {
        Mat a = in.get(0);
        Mat out = declared.orElseGet(() -> Mat.of(a.dims()));
        for (int i = 0; i < out.entries(); i++) {
          out.ids()[i] = a.flat(i % a.entries());
        }
        return out;
      }
      default: {
        Mat out = declared.orElseGet(() -> Mat.of(in.get(0).dims()));
        java.util.Arrays.fill(out.ids(), Circuit.CONSTANT);
        int at = 0;
        for (Mat a : in) {
          for (int i = 0; i < a.entries() && at < out.entries(); i++) {
            out.ids()[at++] = a.flat(i);
          }
        }
        return out;
      }
    }
  }

  private Mat body(Rule rule, List<Mat> in, Values env) {
    BlockSpec body = rule.body().orElseThrow();
    Map<String, Mat> mats = new LinkedHashMap<>();
    int i = 0;
    for (String name : body.inputs().keySet()) {
      mats.put(name, in.get(i++));
    }
    for (NodeSpec n : Topology.order(body)) {
      List<Mat> args = new ArrayList<>();
      n.inputs().forEach(x -> args.add(mats.get(x)));
      try {
        mats.put(n.name(), node(n, args, env));
      } catch (SimulationError e) {
        throw new SimulationError(rule.number() + " body node " + n.name() + ": "
            + e.getMessage());
      }
    }
    return mats.get(body.output());
  }

  private record MatchKey(String rule, String op, List<Integer> dims) {}

  private record Matched(Map<String, Long> bind, int[] out) {}

  private final Map<MatchKey, Matched> matches = new HashMap<>();

  /**
   * Matches a rule's signature to concrete shapes: fills the bindings, returns the output's
   * dimensions. Remembered, since every instance of a view has the same shapes.
   */
  int[] match(Rule rule, String op, List<Mat> in, Map<String, Long> bind) {
    List<Integer> dims = new ArrayList<>(3 * in.size());
    for (Mat m : in) {
      dims.add(m.rank());
      for (int x : m.dims()) {
        dims.add(x);
      }
    }
    MatchKey key = new MatchKey(rule.id(), op, dims);
    Matched m = matches.get(key);
    if (m == null) {
      Map<String, Long> b = new TreeMap<>();
      m = new Matched(b, matchNew(rule, op, in, b));
      matches.put(key, m);
    }
    bind.putAll(m.bind());
    return m.out().clone();
  }

  private int[] matchNew(Rule rule, String op, List<Mat> in, Map<String, Long> bind) {
    Signature sig = rule.signature();
    if (sig.kind() == Signature.Kind.ELEMENTWISE) {
      int[] out = in.get(0).dims().clone();
      long cells = 1;
      for (int k = 0; k < out.length; k++) {
        for (Mat m : in) {
          if (m.rank() != out.length) {
            throw new SimulationError(op + ": inputs of different ranks " + shapes(in));
          }
          out[k] = broadcast(out[k], m.dims()[k], op, in);
        }
        cells *= out[k];
      }
      bind.put("cells", cells);
      return out;
    }
    if (sig.kind() == Signature.Kind.ANY) {
      return in.get(0).dims().clone();
    }
    List<String> formal = new ArrayList<>(sig.inputs().keySet());
    if (formal.size() != in.size()) {
      throw new SimulationError(op + " takes " + formal.size() + " inputs, given " + in.size());
    }
    for (int i = 0; i < formal.size(); i++) {
      List<Polynomial> pattern = sig.inputs().get(formal.get(i));
      Mat m = in.get(i);
      if (pattern.size() != m.rank()) {
        throw new SimulationError(op + " expects input " + (i + 1) + " of rank "
            + pattern.size() + ", but it has shape " + m.shape());
      }
      int[] dims = m.dims(); // matched dimension by dimension against the logical shape
      for (int k = 0; k < dims.length; k++) {
        Polynomial p = pattern.get(k);
        if (p.variables().isEmpty()) {
          if (p.evaluate(Map.of()).intValue() != dims[k]) {
            throw new SimulationError(op + " expects dimension " + (k + 1) + " of input "
                + (i + 1) + " to be " + p.ascii() + ", but it is " + dims[k]);
          }
          continue;
        }
        String v = p.variables().iterator().next();
        Long prior = bind.putIfAbsent(v, (long) dims[k]);
        if (prior != null && prior != dims[k]) {
          throw new SimulationError(op + " needs " + v + " equal in its inputs, but it is "
              + prior + " and " + dims[k] + " " + shapes(in));
        }
      }
    }
    Values v = new Values(Map.of()).with(bind);
    int[] out = new int[sig.output().size()];
    for (int k = 0; k < out.length; k++) {
      out[k] = v.of(sig.output().get(k), op + " output dimension " + (k + 1));
    }
    return out;
  }

  private static int broadcast(int have, int next, String op, List<Mat> in) {
    if (have == next || next == 1) {
      return have;
    }
    if (have == 1) {
      return next;
    }
    throw new SimulationError(op + ": shapes do not match elementwise " + shapes(in));
  }

  private static String shapes(List<Mat> in) {
    List<String> s = new ArrayList<>();
    in.forEach(m -> s.add(m.shape()));
    return s.toString();
  }

  /** The concrete dimensions of a shape (rank 2 or more, see {@link Mat}). */
  static int[] dims(Shape s, Values env) {
    if (s.rank() < 2) {
      throw new SimulationError("shape " + s.ascii() + ": simulate builds tensors of rank 2 or "
          + "more");
    }
    int[] d = new int[s.rank()];
    for (int k = 0; k < d.length; k++) {
      d[k] = env.of(s.dims().get(k), "dimension");
    }
    return d;
  }
}
