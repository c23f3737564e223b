package org.depthcert.onnx;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.depthcert.onnx.proto.OnnxProto.ModelProto;
import org.depthcert.rules.Catalog;
import org.depthcert.spec.SpecError;

/**
 * {@code depthcert import}: an ONNX model to a spec. The public entry point of this module; the
 * spec it returns is read, folded and checked like a hand-written one.
 */
public final class OnnxImporter {
  private OnnxImporter() {}

  /**
   * @param dims the {@code --dim VALUE=NAME} options
   * @param title the spec's title, or null for the graph's name
   * @param seq the dim_param that is the sequence length n, or null: {@code n} if a dim_param is
   *     called so, else the only dim_param
   */
  public static Imported importModel(Path file, List<String> dims, String title, String seq,
      Catalog catalog) {
    DimNames names;
    try {
      names = DimNames.parse(dims);
    } catch (IllegalArgumentException e) {
      throw new SpecError(file.toString(), 0, "", e.getMessage());
    }
    OnnxFile.Model model = OnnxFile.read(file);
    String seqParam = seq != null ? seq : sequenceParam(model);
    GraphImporter g = new GraphImporter(model, names, catalog, seqParam);
    String output = g.run();
    ModelProto m = model.proto();
    String graphName = m.getGraph().getName().isEmpty() ? "graph" : m.getGraph().getName();
    String block = GraphImporter.sanitize(graphName);
    String fileName = file.getFileName().toString();
    String producer = m.getProducerName().isEmpty() ? "" : ", producer " + m.getProducerName()
        + (m.getProducerVersion().isEmpty() ? "" : " " + m.getProducerVersion());
    Map<String, String> params = new LinkedHashMap<>();
    Map<String, String> assume = new LinkedHashMap<>();
    if (!g.parameters.containsKey("n")) {
      params.put("n", "the input length n of the catalog's lemmas (the model has no dynamic "
          + "sequence axis)");
    }
    params.putAll(g.parameters);
    for (Map.Entry<String, Long> e : names.names().entrySet()) {
      params.put(e.getKey(), "the size " + e.getValue() + " of the model, named with --dim "
          + e.getValue() + "=" + e.getKey());
    }
    for (String p : params.keySet()) {
      if (!p.equals("n")) {
        assume.put(p, p + " <= n");
      }
    }
    params.put("p", "precision in bits");
    assume.put("p", "p <= poly(n)");
    String description = "The ONNX graph " + graphName + " (" + m.getGraph().getNodeCount()
        + " nodes), read op by op through the table of docs/onnx.md. Tensors are read as "
        + "matrices: [d0, ..., dk] is [d0*...*d(k-1), dk], rows in parallel. Every size other "
        + "than n is assumed at most n, the hypothesis k <= n of the catalog's sums. "
        + g.depthZero.size() + " nodes are wiring or shape plumbing, depth 0, each saying why in "
        + "its note.";
    Imported.Header h = new Imported.Header(fileName, title != null ? title
        : "ONNX model " + fileName, "ONNX model " + fileName + " (IR version "
        + m.getIrVersion() + ", opset " + model.opset() + producer + ")", description, params,
        assume, "imported model in TC0");
    String yaml = new SpecWriter().write(h, g, block, output);
    List<String> warnings = new ArrayList<>(names.sharedValues());
    return new Imported(yaml, warnings, g.depthZero, m.getGraph().getNodeCount(),
        g.nodes.size());
  }

  private static String sequenceParam(OnnxFile.Model model) {
    TreeSet<String> params = new TreeSet<>();
    model.proto().getGraph().getInputList().forEach(v -> v.getType().getTensorType().getShape()
        .getDimList().forEach(d -> {
          if (d.hasDimParam() && !d.getDimParam().isEmpty()) {
            params.add(d.getDimParam());
          }
        }));
    if (params.contains("n") || params.size() != 1) {
      return "n";
    }
    return params.first();
  }
}
