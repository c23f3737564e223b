package org.depthcert.onnx;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The op mapping table: for every ONNX op the importer understands, what it becomes in a spec.
 * docs/onnx.md prints this table and OpTableDocTest keeps the two in sync. An op absent from the
 * table is never counted as depth 0: the import stops with exit 2 naming it and its node.
 */
final class OpTable {
  /** How an op is read. */
  enum Treatment {
    /** Gates: catalog rules with a depth. */
    COMPUTE,
    /** Re-indexing of data wires (transpose, reshape, slicing by constants): depth 0. */
    WIRING,
    /** Integer shape arithmetic from Shape and constants, evaluated by the importer: depth 0. */
    PLUMBING
  }

  /**
   * @param catalogOps the catalog ops the op maps to on data (empty when it is only wiring)
   * @param onData what the op becomes on data
   * @param onShapes what it is when all its inputs are shape plumbing (null: never plumbing)
   */
  record Entry(String onnxOp, Treatment treatment, List<String> catalogOps, String onData,
      String onShapes) {}

  private static final String SHAPES = "shape plumbing: evaluated on integer shapes, depth 0";
  private static final Map<String, Entry> TABLE = new LinkedHashMap<>();

  static {
    compute("Add", List.of("add"), "add (Lemma 3.4.1), numpy broadcasting as wire fan-out",
        SHAPES);
    compute("Sub", List.of("sub"), "sub (Lemma 3.4.1), broadcasting as for Add", SHAPES);
    compute("Mul", List.of("mul"), "mul (Lemma 3.4.1), broadcasting as for Add", SHAPES);
    compute("Div", List.of("div"), "div (Lemma 3.4.1), broadcasting as for Add; integer "
        + "division on shapes", SHAPES);
    compute("Pow", List.of("mul", "log", "exp"), "constant exponent 2: mul(x, x); exponent 1: "
        + "wiring; any other constant exponent e: exp(e * log x) (log, mul, exp)", null);
    compute("Sqrt", List.of("sqrt"), "sqrt (Lemma 3.7)", null);
    compute("Exp", List.of("exp"), "exp (Lemma 3.6)", null);
    compute("Log", List.of("log"), "log", null);
    compute("Reciprocal", List.of("div"), "div(1, x) (Lemma 3.4.1)", null);
    compute("Neg", List.of("neg"), "neg (catalog rule neg: one subtraction 0 - x)", null);
    compute("Sin", List.of("sin"), "sin (Lemma 5.1)", null);
    compute("Cos", List.of("cos"), "cos (Lemma 5.1)", null);
    compute("MatMul", List.of("matmul"), "matmul (Lemma 4.1) over the last two axes; leading "
        + "(batch) axes become count parallel instances, each: [[m, k], [k, p]]", null);
    compute("Gemm", List.of("matmul", "add"), "matmul (Lemma 4.1) then add of C (Lemma 3.4.1); "
        + "transA/transB are transposes (wiring); alpha = beta = 1 only", null);
    compute("ReduceMean", List.of("row_sum", "div"), "last axis only: row_sum (Lemma 3.4.3) "
        + "then div by the axis length wired in as a float (Lemma 3.4.1)", null);
    compute("ReduceSum", List.of("row_sum"), "last axis only: row_sum (Lemma 3.4.3)", null);
    compute("Softmax", List.of("softmax"), "softmax of each row (Definition 3.24) over the "
        + "last axis; another axis is refused", null);
    compute("Relu", List.of("relu"), "relu (catalog rule relu: max2(x, 0), a comparison and "
        + "a select, Lemma 3.4.1)", null);
    compute("Max", List.of("max2"), "max2 (Lemma 3.4.1), two inputs", null);
    compute("Where", List.of("where"), "where(cond, a, b): a select (catalog rule where); "
        + "every input fanned out to the output's shape", null);
    compute("Equal", List.of("compare"), "compare (Lemma 3.4.1)", SHAPES);
    compute("Less", List.of("compare"), "compare (Lemma 3.4.1)", null);
    compute("Greater", List.of("compare"), "compare (Lemma 3.4.1)", null);
    compute("Sigmoid", List.of("sigmoid"), "sigmoid (catalog rule sigmoid: 1 / (1 + exp(-x)))",
        null);
    compute("Tanh", List.of("tanh"), "tanh (catalog rule tanh)", null);
    compute("Erf", List.of("erf"), "erf: needs a catalog rule erf (none is bundled, so a bare "
        + "Erf stops the import; ONNX Gelu maps whole)", null);
    compute("Gelu", List.of("gelu_erf", "gelu_tanh"), "gelu_erf (approximate='none') or "
        + "gelu_tanh (approximate='tanh'), catalog rules", null);
    compute("LayerNormalization", List.of("layer_norm", "mul", "add"), "last axis only: "
        + "layer_norm (Lemma 5.5), then mul by Scale and add of B (Lemma 3.4.1)", null);
    wiring("Identity", "copy: the same wires", SHAPES);
    wiring("Dropout", "copy: inference mode, the same wires (training mode refused)", null);
    wiring("Cast", "copy when the element type does not change; a float precision change is "
        + "refused", SHAPES);
    wiring("Transpose", "transpose (rank 2) or reshape with the permuted shape", null);
    wiring("Reshape", "reshape to the shape the plumbing computed", SHAPES);
    wiring("Flatten", "reshape", null);
    wiring("Squeeze", "reshape", SHAPES);
    wiring("Unsqueeze", "reshape", SHAPES);
    wiring("Expand", "reshape: broadcasting copies wires", null);
    wiring("Slice", "reshape: a constant range of the entries", SHAPES);
    wiring("Split", "reshape: constant ranges, one node per output", null);
    wiring("Concat", "place: entries side by side", SHAPES);
    TABLE.put("Gather", new Entry("Gather", Treatment.WIRING, List.of("embedding"), "at "
        + "constant indices: reshape, picks wires; at indices from data, rows of a matrix: "
        + "embedding (catalog rule embedding: a one-hot comparison times the table)", SHAPES));
    plumbing("Shape", "the input's shape, known statically: no data flows");
    plumbing("Constant", "a value wired in");
    plumbing("ConstantOfShape", "a constant tensor of a static shape, wired in");
  }

  private OpTable() {}

  private static void compute(String op, List<String> catalogOps, String onData,
      String onShapes) {
    TABLE.put(op, new Entry(op, Treatment.COMPUTE, catalogOps, onData, onShapes));
  }

  private static void wiring(String op, String onData, String onShapes) {
    TABLE.put(op, new Entry(op, Treatment.WIRING, List.of(), onData, onShapes));
  }

  private static void plumbing(String op, String what) {
    TABLE.put(op, new Entry(op, Treatment.PLUMBING, List.of(), what, SHAPES));
  }

  static Optional<Entry> get(String onnxOp) {
    return Optional.ofNullable(TABLE.get(onnxOp));
  }

  /**
   * The table as docs/onnx.md prints it (Markdown), one row per op: OpTableDocTest checks that
   * the document holds exactly this text.
   */
  static String markdown() {
    StringBuilder sb = new StringBuilder();
    sb.append("| ONNX op | read as | catalog ops | on data | on integer shapes |\n");
    sb.append("| --- | --- | --- | --- | --- |\n");
    for (Entry e : TABLE.values()) {
      sb.append("| ").append(e.onnxOp()).append(" | ")
          .append(e.treatment().name().toLowerCase(java.util.Locale.ROOT)).append(" | ")
          .append(e.catalogOps().isEmpty() ? "-" : String.join(", ", e.catalogOps()))
          .append(" | ").append(e.onData()).append(" | ")
          .append(e.onShapes() == null ? "-" : e.onShapes()).append(" |\n");
    }
    return sb.toString();
  }

  /** Every entry, in the order docs/onnx.md lists them. */
  static Map<String, Entry> all() {
    return Collections.unmodifiableMap(TABLE);
  }
}
