package org.depthcert.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One non-opaque block of a certificate as a picture to draw: its inputs and nodes as labelled
 * boxes, its data edges, and its critical paths (one per maximal term of the block's depth),
 * laid out once for given text metrics. SVG and TikZ draw the same object.
 */
final class BlockGraph {
  /** Colours of the critical paths, in path order; chosen to stay apart for colour-blind readers. */
  static final List<String> PATH_COLOURS =
      List.of("D62728", "1F77B4", "FF7F0E", "2CA02C", "9467BD", "8C564B");

  /** How big text is in the target medium: width of one monospace character, box paddings. */
  record Metrics(double charWidth, double lineHeight, double padX, double padY) {}

  /** A box: an input of the block or a node, with its two label lines. */
  record Vertex(String id, boolean input, String title, String subtitle, String tooltip) {}

  /** A critical path: its index (colour), its term in ASCII, the ids along it. */
  record Path(int index, String colour, String ascii, JsonNode term, List<String> ids) {}

  final String name;
  final List<Vertex> vertices;
  final List<DagLayout.Arc> arcs;
  final List<Path> paths;
  /** Every id on some critical path: the report asks once per node, so a set, not a scan. */
  private final Set<String> critical = new HashSet<>();

  BlockGraph(String name, List<Vertex> vertices, List<DagLayout.Arc> arcs,
      List<Path> paths) {
    this.name = name;
    this.vertices = vertices;
    this.arcs = arcs;
    this.paths = paths;
    paths.forEach(p -> critical.addAll(p.ids()));
  }

  /** True when a critical path goes through vertex {@code id}. */
  boolean isCritical(String id) {
    return critical.contains(id);
  }

  static BlockGraph of(JsonNode block) {
    List<Vertex> vertices = new ArrayList<>();
    for (JsonNode in : block.path("inputs")) {
      String id = in.path("name").asText();
      vertices.add(new Vertex(id, true, id, "input " + Shapes.text(in.path("shape")),
          id + ": input " + Shapes.text(in.path("shape"))));
    }
    List<DagLayout.Arc> arcs = new ArrayList<>();
    for (JsonNode n : block.path("nodes")) {
      String id = n.path("name").asText();
      String sub = n.path("op").asText() + " " + Shapes.text(n.path("shape"));
      String tip = id + " = " + n.path("op").asText() + " (" + n.path("lemma").asText()
          + "), local depth " + Markup.ascii(n.path("local")) + ", arrival depth "
          + Markup.ascii(n.path("arrival"));
      vertices.add(new Vertex(id, false, id, sub, tip));
      Set<String> distinct = new LinkedHashSet<>();
      n.path("inputs").forEach(i -> distinct.add(i.asText()));
      distinct.forEach(i -> arcs.add(new DagLayout.Arc(i, id)));
    }
    List<Path> paths = new ArrayList<>();
    JsonNode cps = block.path("criticalPaths");
    for (int i = 0; i < cps.size(); i++) {
      JsonNode p = cps.get(i);
      List<String> ids = new ArrayList<>();
      p.path("nodes").forEach(x -> ids.add(x.asText()));
      paths.add(new Path(i, PATH_COLOURS.get(i % PATH_COLOURS.size()),
          Markup.ascii(p.path("term")), p.path("term"), List.copyOf(ids)));
    }
    return new BlockGraph(block.path("name").asText(), List.copyOf(vertices), List.copyOf(arcs),
        List.copyOf(paths));
  }

  /** The paths through vertex {@code id}, in path order. */
  List<Path> pathsThrough(String id) {
    return paths.stream().filter(p -> p.ids().contains(id)).toList();
  }

  /** The paths that use the edge {@code from -> to} (consecutive on the path), in path order. */
  List<Path> pathsAlong(String from, String to) {
    List<Path> out = new ArrayList<>();
    for (Path p : paths) {
      for (int i = 0; i + 1 < p.ids().size(); i++) {
        if (p.ids().get(i).equals(from) && p.ids().get(i + 1).equals(to)) {
          out.add(p);
          break;
        }
      }
    }
    return out;
  }

  /** Lays the graph out for the given text metrics (node sizes follow their labels). */
  DagLayout.Layout layout(Metrics m, double nodeGap, double layerGap) {
    List<DagLayout.Box> boxes = new ArrayList<>();
    for (Vertex v : vertices) {
      int chars = Math.max(v.title().length(), v.subtitle().length());
      boxes.add(new DagLayout.Box(v.id(), Math.ceil(chars * m.charWidth() + 2 * m.padX()),
          Math.ceil(2 * m.lineHeight() + 2 * m.padY())));
    }
    return DagLayout.layout(boxes, arcs, nodeGap, layerGap);
  }

  Map<String, Vertex> byId() {
    Map<String, Vertex> out = new LinkedHashMap<>();
    vertices.forEach(v -> out.put(v.id(), v));
    return out;
  }
}
