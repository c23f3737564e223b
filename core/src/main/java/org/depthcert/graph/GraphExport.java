package org.depthcert.graph;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.depthcert.cert.Canonical;
import org.depthcert.fold.BlockResult;
import org.depthcert.fold.CriticalPath;
import org.depthcert.fold.Folded;
import org.depthcert.fold.NodeResult;
import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedMultigraph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.dot.DOTExporter;
import org.jgrapht.nio.graphml.GraphMLExporter;
import org.jgrapht.nio.json.JSONExporter;

/**
 * Exports the folded DAG of a spec's blocks (or of one block) with jgrapht-io: DOT for Graphviz,
 * GraphML and JSON for other tools. Each node carries its op, lemma, local and arrival depth (ASCII
 * grammar) and whether it lies on a critical path; critical edges are marked too (red in DOT).
 * Vertices and edges keep the spec's order, so the output is deterministic.
 */
public final class GraphExport {
  public enum Format { DOT, GRAPHML, JSON }

  private GraphExport() {}

  /** The DAG of every folded block, or of {@code block} alone. */
  public static Graph<GraphVertex, GraphEdge> graph(Folded folded, Optional<String> block) {
    Graph<GraphVertex, GraphEdge> g = new DirectedMultigraph<>(null, null, false);
    for (BlockResult b : folded.blocks().values()) {
      if (block.isPresent() && !block.get().equals(b.name())) {
        continue;
      }
      Set<String> critical = new HashSet<>();
      Set<List<String>> criticalEdges = new HashSet<>();
      for (CriticalPath p : b.criticalPaths()) {
        critical.addAll(p.nodes());
        for (int i = 0; i + 1 < p.nodes().size(); i++) {
          criticalEdges.add(List.of(p.nodes().get(i), p.nodes().get(i + 1)));
        }
      }
      Map<String, GraphVertex> vertices = new LinkedHashMap<>();
      for (String in : b.spec().inputs().keySet()) {
        vertices.put(in, new GraphVertex(b.name(), in, Optional.empty(), critical.contains(in)));
      }
      for (NodeResult n : b.nodes()) {
        vertices.put(n.name(), new GraphVertex(b.name(), n.name(), Optional.of(n),
            critical.contains(n.name())));
      }
      vertices.values().forEach(g::addVertex);
      for (NodeResult n : b.nodes()) {
        for (String in : n.spec().inputs()) {
          g.addEdge(vertices.get(in), vertices.get(n.name()), new GraphEdge(b.name() + "." + in,
              b.name() + "." + n.name(), criticalEdges.contains(List.of(in, n.name()))));
        }
      }
    }
    return g;
  }

  public static String write(Folded folded, Optional<String> block, Format format) {
    Graph<GraphVertex, GraphEdge> g = graph(folded, block);
    StringWriter w = new StringWriter();
    switch (format) {
      case DOT: {
        // DOT identifiers: block and node names are [A-Za-z][A-Za-z0-9_]*, so quoting suffices
        DOTExporter<GraphVertex, GraphEdge> dot = new DOTExporter<>(v -> "\"" + v.id() + "\"");
        dot.setGraphIdProvider(() -> "depthcert");
        dot.setGraphAttributeProvider(() -> {
          Map<String, Attribute> a = new LinkedHashMap<>();
          // graph attributes are written unquoted by DOTExporter: quote (and escape) here
          a.put("label", DefaultAttribute.createAttribute(quoted(folded.spec().title()
              + block.map(x -> " - block " + x).orElse(""))));
          a.put("labelloc", DefaultAttribute.createAttribute("t"));
          return a;
        });
        dot.setVertexAttributeProvider(v -> {
          Map<String, Attribute> a = new LinkedHashMap<>();
          a.put("label", DefaultAttribute.createAttribute(dotLabel(v)));
          a.put("shape", DefaultAttribute.createAttribute(v.node().isEmpty() ? "ellipse"
              : "box"));
          if (v.critical()) {
            a.put("color", DefaultAttribute.createAttribute("red"));
            a.put("penwidth", DefaultAttribute.createAttribute("2"));
          }
          return a;
        });
        dot.setEdgeAttributeProvider(e -> {
          Map<String, Attribute> a = new LinkedHashMap<>();
          if (e.critical()) {
            a.put("color", DefaultAttribute.createAttribute("red"));
            a.put("penwidth", DefaultAttribute.createAttribute("2"));
          }
          return a;
        });
        dot.exportGraph(g, w);
        return w.toString();
      }
      case GRAPHML: {
        GraphMLExporter<GraphVertex, GraphEdge> gml = new GraphMLExporter<>(GraphVertex::id);
        gml.setExportVertexLabels(false);
        for (String key : List.of("block", "name", "kind", "op", "lemma", "rule", "local",
            "arrival", "critical")) {
          gml.registerAttribute(key, GraphMLExporter.AttributeCategory.NODE,
              key.equals("critical") ? AttributeType.BOOLEAN : AttributeType.STRING);
        }
        gml.registerAttribute("critical", GraphMLExporter.AttributeCategory.EDGE,
            AttributeType.BOOLEAN);
        gml.setVertexAttributeProvider(GraphExport::attributes);
        gml.setEdgeAttributeProvider(GraphExport::edgeAttributes);
        gml.exportGraph(g, w);
        return w.toString();
      }
      default: {
        JSONExporter<GraphVertex, GraphEdge> json = new JSONExporter<>(GraphVertex::id);
        json.setVertexAttributeProvider(GraphExport::attributes);
        json.setEdgeAttributeProvider(GraphExport::edgeAttributes);
        json.exportGraph(g, w);
        try {
          return Canonical.write(new ObjectMapper().readTree(w.toString()));
        } catch (JsonProcessingException e) {
          throw new IllegalStateException("jgrapht-io wrote invalid JSON", e);
        }
      }
    }
  }

  private static Map<String, Attribute> attributes(GraphVertex v) {
    Map<String, Attribute> a = new LinkedHashMap<>();
    a.put("block", DefaultAttribute.createAttribute(v.block()));
    a.put("name", DefaultAttribute.createAttribute(v.name()));
    a.put("kind", DefaultAttribute.createAttribute(v.node().isEmpty() ? "input" : "node"));
    v.node().ifPresent(n -> {
      a.put("op", DefaultAttribute.createAttribute(n.op()));
      a.put("lemma", DefaultAttribute.createAttribute(n.rule().number()));
      a.put("rule", DefaultAttribute.createAttribute(n.rule().id()));
      a.put("local", DefaultAttribute.createAttribute(n.local().ascii()));
      a.put("arrival", DefaultAttribute.createAttribute(n.arrival().ascii()));
    });
    a.put("critical", DefaultAttribute.createAttribute(v.critical()));
    return a;
  }

  private static Map<String, Attribute> edgeAttributes(GraphEdge e) {
    Map<String, Attribute> a = new LinkedHashMap<>();
    a.put("critical", DefaultAttribute.createAttribute(e.critical()));
    return a;
  }

  private static String dotLabel(GraphVertex v) {
    if (v.node().isEmpty()) {
      return v.id();
    }
    NodeResult n = v.node().get();
    // "\\n" is DOT's line break inside a quoted label (DOTExporter escapes only quotes)
    return v.id() + "\\n" + n.op() + " (" + n.rule().number() + ")\\nlocal "
        + n.local().ascii() + "\\narrival " + n.arrival().ascii();
  }

  private static String quoted(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
