package org.depthcert.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which part of a block to draw (issue #13 goal 3). A layered layout of thousands of boxes costs
 * minutes and gigabytes and reads as a smear, so above {@link #MAX_BOXES} boxes the picture shows
 * the critical paths (their first and last nodes, the middle folded into one box that says how
 * many nodes it stands for), the direct neighbours of the drawn path nodes and the inputs they
 * read, and the report says what was left out. The tables of the report still list every node
 * and every critical path in full; only the picture is cut. Everything here is linear in the
 * block's size and iterative, so no graph depth can exhaust the stack.
 */
final class DrawingSelection {
  /** Largest block drawn whole; also the budget of boxes for the cut drawing. */
  static final int MAX_BOXES = 120;

  /** The picture to draw and, when it is cut, one sentence on what it leaves out ("" if whole). */
  record Drawing(BlockGraph graph, String omitted) {}

  private DrawingSelection() {}

  static Drawing of(BlockGraph g) {
    if (g.vertices.size() <= MAX_BOXES) {
      return new Drawing(g, "");
    }
    List<BlockGraph.Path> drawnPaths = g.paths.subList(0,
        Math.min(g.paths.size(), BlockGraph.PATH_COLOURS.size()));
    // nodes kept at each end of a long path: the boxes shared fairly between the drawn paths
    int ends = Math.max(2, Math.min(15, MAX_BOXES / (4 * Math.max(1, drawnPaths.size()))));
    Set<String> kept = new LinkedHashSet<>();
    List<BlockGraph.Vertex> elisions = new ArrayList<>();
    List<DagLayout.Arc> elisionArcs = new ArrayList<>();
    List<BlockGraph.Path> paths = new ArrayList<>();
    for (BlockGraph.Path p : drawnPaths) {
      List<String> ids = p.ids();
      if (ids.size() <= 2 * ends + 1) {
        kept.addAll(ids);
        paths.add(p);
        continue;
      }
      List<String> head = ids.subList(0, ends);
      List<String> tail = ids.subList(ids.size() - ends, ids.size());
      int hidden = ids.size() - 2 * ends;
      String gap = "elided-" + (p.index() + 1);
      elisions.add(new BlockGraph.Vertex(gap, false, "... " + hidden + " nodes",
          "of path " + (p.index() + 1), hidden + " nodes of critical path " + (p.index() + 1)
              + " not drawn; the derivation below lists them all"));
      elisionArcs.add(new DagLayout.Arc(head.get(head.size() - 1), gap));
      elisionArcs.add(new DagLayout.Arc(gap, tail.get(0)));
      kept.addAll(head);
      kept.addAll(tail);
      List<String> drawnIds = new ArrayList<>(head);
      drawnIds.add(gap);
      drawnIds.addAll(tail);
      paths.add(new BlockGraph.Path(p.index(), p.colour(), p.ascii(), p.term(),
          List.copyOf(drawnIds)));
    }
    addNeighbours(g, kept, MAX_BOXES - elisions.size());
    List<BlockGraph.Vertex> vertices = new ArrayList<>();
    for (BlockGraph.Vertex v : g.vertices) { // certificate order keeps the layout deterministic
      if (kept.contains(v.id())) {
        vertices.add(v);
      }
    }
    vertices.addAll(elisions);
    List<DagLayout.Arc> arcs = new ArrayList<>();
    for (DagLayout.Arc a : g.arcs) {
      if (kept.contains(a.from()) && kept.contains(a.to())) {
        arcs.add(a);
      }
    }
    arcs.addAll(elisionArcs);
    int nodesLeft = g.vertices.size() - (vertices.size() - elisions.size());
    String omitted = "The picture shows " + (vertices.size() - elisions.size()) + " of "
        + g.vertices.size() + " boxes (above " + MAX_BOXES + " only the critical paths' first and"
        + " last nodes, their direct neighbours and inputs are drawn): " + nodesLeft
        + " nodes and " + (g.arcs.size() - (arcs.size() - elisionArcs.size()))
        + " edges are left out"
        + (g.paths.size() > drawnPaths.size() ? ", and " + (g.paths.size() - drawnPaths.size())
            + " of " + g.paths.size() + " critical paths are listed but not drawn" : "")
        + ". The tables list every node.";
    return new Drawing(new BlockGraph(g.name, List.copyOf(vertices), List.copyOf(arcs),
        List.copyOf(paths)), omitted);
  }

  /** Adds the direct inputs and consumers of kept nodes, breadth first, up to the budget. */
  private static void addNeighbours(BlockGraph g, Set<String> kept, int budget) {
    Map<String, List<String>> next = new HashMap<>();
    for (DagLayout.Arc a : g.arcs) {
      next.computeIfAbsent(a.to(), k -> new ArrayList<>()).add(a.from());
      next.computeIfAbsent(a.from(), k -> new ArrayList<>()).add(a.to());
    }
    Set<String> inputs = new HashSet<>();
    g.vertices.forEach(v -> {
      if (v.input()) {
        inputs.add(v.id());
      }
    });
    List<String> frontier = new ArrayList<>(kept);
    for (String id : frontier) {
      if (inputs.contains(id)) {
        continue; // an input feeding every node would fill the budget with arbitrary nodes
      }
      for (String n : next.getOrDefault(id, List.of())) {
        if (kept.size() >= budget) {
          return;
        }
        kept.add(n);
      }
    }
  }
}
