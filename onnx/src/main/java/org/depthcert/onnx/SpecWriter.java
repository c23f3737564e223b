package org.depthcert.onnx;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.depthcert.algebra.Polynomial;

/**
 * Writes the imported spec as readable YAML: one flow mapping per node, in the graph's order,
 * each with its note; block inputs commented with their ONNX shapes. The text is a function of
 * the model and the options alone, so the same model gives the same bytes.
 */
final class SpecWriter {
  private final StringBuilder sb = new StringBuilder();

  String write(Imported.Header h, GraphImporter g, String block, String output) {
    line("# Imported by 'depthcert import' from " + h.file() + ". Each node is named after its");
    line("# ONNX node; its note gives the ONNX op and the attributes that matter. Nodes of depth 0");
    line("# (wiring and shape plumbing) say why in their note. Regenerate rather than edit.");
    line("title: " + quote(h.title()));
    line("source: " + quote(h.source()));
    line("description: " + quote(h.description()));
    line("parameters:");
    for (Map.Entry<String, String> p : h.parameters().entrySet()) {
      String assume = h.assumptions().get(p.getKey());
      line("  " + p.getKey() + ": {meaning: " + quote(p.getValue())
          + (assume == null ? "" : ", assume: " + quote(assume)) + "}");
    }
    line("blocks:");
    line("  " + block + ":");
    line("    title: " + quote(h.title()));
    line("    inputs:");
    for (Map.Entry<String, List<Polynomial>> in : g.inputs.entrySet()) {
      line("      " + in.getKey() + ": " + dims(in.getValue()) + "  # "
          + g.inputComments.get(in.getKey()).replaceAll("[\\r\\n]", " "));
    }
    line("    nodes:");
    for (SpecNode n : g.nodes) {
      List<String> f = new ArrayList<>();
      f.add("op: " + n.op());
      f.add("in: [" + String.join(", ", n.in()) + "]");
      if (n.each() != null) {
        List<String> views = new ArrayList<>();
        n.each().forEach(v -> views.add(dims(v)));
        f.add("each: [" + String.join(", ", views) + "]");
        f.add("count: " + quote(n.count().ascii()));
      }
      if (n.shape() != null) {
        f.add("shape: " + dims(n.shape()));
      }
      f.add("note: " + quote(n.note()));
      line("      " + n.name() + ": {" + String.join(", ", f) + "}");
    }
    line("    output: " + output);
    line("model: [" + block + "]");
    line("claims:");
    line("  - id: " + quote(h.claimId()));
    line("    subject: model");
    line("    class: TC0");
    line("    source: " + quote("what depthcert import asks of every model: constant depth and "
        + "polynomial size"));
    return sb.toString();
  }

  private void line(String s) {
    sb.append(s).append('\n');
  }

  private static String dims(List<Polynomial> ds) {
    List<String> s = new ArrayList<>();
    ds.forEach(d -> s.add(d.variables().isEmpty() ? d.ascii() : quote(d.ascii())));
    return "[" + String.join(", ", s) + "]";
  }

  /** A YAML double-quoted scalar; control characters become spaces. */
  static String quote(String s) {
    StringBuilder q = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        q.append('\\').append(c);
      } else if (c < 0x20 || c == 0x7f) {
        q.append(' ');
      } else {
        q.append(c);
      }
    }
    return q.append('"').toString();
  }
}
