package org.depthcert.onnx;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.depthcert.algebra.Polynomial;
import org.depthcert.onnx.proto.OnnxProto.GraphProto;
import org.depthcert.onnx.proto.OnnxProto.NodeProto;
import org.depthcert.onnx.proto.OnnxProto.TensorProto;
import org.depthcert.onnx.proto.OnnxProto.TensorShapeProto;
import org.depthcert.onnx.proto.OnnxProto.ValueInfoProto;
import org.depthcert.rules.Catalog;
import org.depthcert.spec.SpecError;

/**
 * Walks one ONNX graph in order, propagating symbolic shapes through every node and building the
 * block of the spec: each node becomes spec nodes named after it (StaticEval for shape plumbing,
 * DataOps for everything on data). Holds the state both share.
 */
final class GraphImporter {
  final OnnxFile.Model model;
  final DimNames names;
  final Catalog catalog;
  final String seqParam;
  final Map<String, Tensor> values = new HashMap<>();
  final Map<String, Integer> elemTypes = new HashMap<>();
  final List<SpecNode> nodes = new ArrayList<>();
  /** Block inputs: spec name to its matrix shape, and the ONNX shape for the comment. */
  final LinkedHashMap<String, List<Polynomial>> inputs = new LinkedHashMap<>();
  final Map<String, String> inputComments = new HashMap<>();
  /** Size parameters from dim_params, with their meaning. */
  final LinkedHashMap<String, String> parameters = new LinkedHashMap<>();
  /** One line per node treated as wiring or shape plumbing (depth 0), with why. */
  final List<String> depthZero = new ArrayList<>();
  private final Map<String, TensorProto> initializers = new LinkedHashMap<>();
  private final Set<String> taken = new HashSet<>();
  /** Node names reserved for an ONNX node and not yet given to the spec node carrying it. */
  private final Set<String> pending = new HashSet<>();
  private final Map<String, String> dimParams = new HashMap<>();
  /** Where the node being read sits, for errors. */
  String at = "graph";

  GraphImporter(OnnxFile.Model model, DimNames names, Catalog catalog, String seqParam) {
    this.model = model;
    this.names = names;
    this.catalog = catalog;
    this.seqParam = seqParam;
  }

  SpecError error(String message) {
    return new SpecError(model.file(), 0, at, message);
  }

  /** Reads the graph; returns the spec name of the block's output. */
  String run() {
    GraphProto g = model.proto().getGraph();
    for (TensorProto t : g.getInitializerList()) {
      initializers.put(t.getName(), t);
      elemTypes.put(t.getName(), t.getDataType());
    }
    for (ValueInfoProto v : g.getValueInfoList()) {
      if (v.getType().hasTensorType()) {
        elemTypes.put(v.getName(), v.getType().getTensorType().getElemType());
      }
    }
    for (int i = 0; i < g.getInputCount(); i++) {
      ValueInfoProto in = g.getInput(i);
      if (!initializers.containsKey(in.getName())) {
        at = "graph.input[" + i + "] (" + in.getName() + ")";
        graphInput(in);
      }
    }
    for (Map.Entry<String, TensorProto> e : initializers.entrySet()) {
      TensorProto t = e.getValue();
      List<Dim> shape = new ArrayList<>();
      for (int k = 0; k < t.getDimsCount(); k++) {
        shape.add(names.read(t.getDims(k), e.getKey() + " axis " + k));
      }
      List<Polynomial> ints = TensorValues.ints(t);
      values.put(e.getKey(), Tensor.ofInts(e.getKey(), shape, null, ints,
          TensorValues.reals(t), ints != null));
    }
    StaticEval statics = new StaticEval(this);
    DataOps data = new DataOps(this);
    for (int i = 0; i < g.getNodeCount(); i++) {
      NodeProto n = g.getNode(i);
      at = "graph.node[" + i + "] (" + (n.getName().isEmpty() ? n.getOpType() : n.getName())
          + ")";
      read(n, i, statics, data);
    }
    at = "graph.output";
    return output(g);
  }

  private void read(NodeProto n, int index, StaticEval statics, DataOps data) {
    if (!n.getDomain().isEmpty() && !n.getDomain().equals("ai.onnx")) {
      throw error("op " + n.getDomain() + "." + n.getOpType() + " has no mapping (only the "
          + "default ONNX domain is read)");
    }
    OpTable.Entry entry = OpTable.get(n.getOpType()).orElseThrow(() -> error("op "
        + n.getOpType() + " has no mapping (see docs/onnx.md for the ops depthcert reads); "
        + "an unmapped op is never counted as depth 0"));
    if (new Attrs(n).hasSubgraph()) {
      throw error("op " + n.getOpType() + " carries a subgraph, which is not read");
    }
    List<Tensor> ins = new ArrayList<>();
    boolean allStatic = true;
    for (String name : n.getInputList()) {
      if (name.isEmpty()) {
        ins.add(null);
        continue;
      }
      Tensor t = values.get(name);
      if (t == null) {
        throw error("input '" + name + "' is not produced before this node (the graph must be "
            + "in topological order)");
      }
      allStatic &= t.isStatic();
      ins.add(t);
    }
    String base = unique(sanitize(n.getName().isEmpty() ? n.getOpType() + "_" + index
        : n.getName()));
    pending.add(base);
    if (entry.treatment() == OpTable.Treatment.PLUMBING
        || (entry.onShapes() != null && allStatic && !ins.isEmpty())) {
      if (statics.eval(n, ins, base)) {
        return;
      }
    }
    data.emit(n, entry, ins, base);
  }

  private void graphInput(ValueInfoProto in) {
    if (!in.getType().hasTensorType() || !in.getType().getTensorType().hasShape()) {
      throw error("graph input without a tensor shape");
    }
    TensorShapeProto s = in.getType().getTensorType().getShape();
    List<Dim> shape = new ArrayList<>();
    for (int k = 0; k < s.getDimCount(); k++) {
      TensorShapeProto.Dimension d = s.getDim(k);
      if (d.hasDimValue()) {
        shape.add(names.read(d.getDimValue(), in.getName() + " axis " + k));
      } else if (d.hasDimParam() && !d.getDimParam().isEmpty()) {
        shape.add(new Dim(Polynomial.variable(parameter(d.getDimParam())), null));
      } else {
        throw error("axis " + k + " has neither a size nor a dim_param");
      }
    }
    String ref = unique(sanitize(in.getName()));
    values.put(in.getName(), new Tensor(in.getName(), shape, ref, null, null, false));
    elemTypes.put(in.getName(), in.getType().getTensorType().getElemType());
    inputs.put(ref, Shapes.matrix(shape));
    inputComments.put(ref, "ONNX input " + in.getName() + " " + Shapes.ascii(shape));
  }

  /** The spec parameter a dim_param becomes: n for the sequence length, else its own name. */
  private String parameter(String dimParam) {
    String known = dimParams.get(dimParam);
    if (known != null) {
      return known;
    }
    String name = dimParam.equals(seqParam) ? "n" : sanitize(dimParam);
    if (name.equals("p") || name.startsWith("d_") || names.isNamed(name)
        || (name.equals("n") && !dimParam.equals(seqParam))) {
      name = "dim_" + name;
    }
    dimParams.put(dimParam, name);
    parameters.put(name, name.equals("n") ? "sequence length (ONNX dim_param " + dimParam + ")"
        : "ONNX dim_param " + dimParam);
    return name;
  }

  /** The spec name carrying a value as data: a weight becomes a block input on first use. */
  String ref(Tensor t) {
    if (t.specRef() != null) {
      return t.specRef();
    }
    if (initializers.containsKey(t.onnxName())) {
      String ref = unique(sanitize(t.onnxName()));
      inputs.put(ref, Shapes.matrix(t.shape()));
      inputComments.put(ref, "ONNX weight " + t.onnxName() + " " + Shapes.ascii(t.shape()));
      values.put(t.onnxName(), t.withRef(ref));
      return ref;
    }
    throw error("value '" + t.onnxName() + "' is used as data but nothing computes it");
  }

  void add(SpecNode node) {
    nodes.add(node);
  }

  void define(String onnxName, Tensor t) {
    values.put(onnxName, t);
  }

  /** The name for a new spec node: the ONNX node's own reserved name, else a fresh one. */
  String claim(String name) {
    return pending.remove(name) ? name : unique(name);
  }

  String unique(String name) {
    String n = name;
    for (int k = 2; !taken.add(n); k++) {
      n = name + "_" + k;
    }
    return n;
  }

  /** A spec name for an ONNX name: letters, digits and single underscores, starting with a letter. */
  static String sanitize(String onnx) {
    String s = onnx.replaceAll("[^A-Za-z0-9]+", "_").replaceAll("^_+|_+$", "");
    if (s.isEmpty() || !Character.isLetter(s.charAt(0))) {
      s = "v" + (s.isEmpty() ? "" : "_" + s);
    }
    return s;
  }

  private String output(GraphProto g) {
    if (g.getOutputCount() == 0) {
      throw error("the graph has no output");
    }
    List<String> refs = new ArrayList<>();
    List<Polynomial> out = null;
    for (int i = 0; i < g.getOutputCount(); i++) {
      ValueInfoProto o = g.getOutput(i);
      Tensor t = values.get(o.getName());
      if (t == null) {
        throw error("output '" + o.getName() + "' is not computed by any node");
      }
      if (t.isStatic() || t.specRef() == null) {
        throw error("output '" + o.getName() + "' does not depend on the input data");
      }
      checkDeclared(o, t);
      refs.add(t.specRef());
      out = Shapes.matrix(t.shape());
    }
    if (refs.size() == 1) {
      return refs.get(0);
    }
    String name = unique("outputs");
    add(new SpecNode(name, "place", refs, null, null, out, "the graph's " + refs.size()
        + " outputs gathered (wiring, no gates): the block's depth is the largest of theirs",
        out));
    return name;
  }

  /** The shape the model declares for an output must be the one propagated. */
  private void checkDeclared(ValueInfoProto o, Tensor t) {
    if (!o.getType().hasTensorType() || !o.getType().getTensorType().hasShape()) {
      return;
    }
    TensorShapeProto s = o.getType().getTensorType().getShape();
    if (s.getDimCount() != t.rank()) {
      throw error("output '" + o.getName() + "' is declared of rank " + s.getDimCount()
          + " but the graph computes " + Shapes.ascii(t.shape()));
    }
    for (int k = 0; k < s.getDimCount(); k++) {
      TensorShapeProto.Dimension d = s.getDim(k);
      Polynomial declared = d.hasDimValue() ? Polynomial.constant(d.getDimValue())
          : d.hasDimParam() && !d.getDimParam().isEmpty()
              ? Polynomial.variable(parameter(d.getDimParam())) : null;
      if (declared != null && !names.same(declared, t.shape().get(k).size())) {
        throw error("output '" + o.getName() + "' axis " + k + " is declared " + declared.ascii()
            + " but the graph computes " + t.shape().get(k).ascii());
      }
    }
  }
}
