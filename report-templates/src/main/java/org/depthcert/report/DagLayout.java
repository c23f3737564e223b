package org.depthcert.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Lays out one block's DAG with Eclipse ELK's layered algorithm (top to bottom, orthogonal
 * edges). ELK's only randomness is its seeded random generator: the seed is fixed, and nodes and
 * edges are added in the certificate's order, so the same DAG always gets the same coordinates.
 */
final class DagLayout {
  private static final double MARGIN = 12;

  private DagLayout() {}

  /** A box to place: its id and size. */
  record Box(String id, double width, double height) {}

  /** A directed edge between two box ids. */
  record Arc(String from, String to) {}

  /** A placed box: top-left corner and size. */
  record Placed(String id, double x, double y, double width, double height) {}

  /** A routed edge: the polyline ELK chose, start to end. */
  record Route(String from, String to, List<double[]> points) {}

  /** The whole drawing area. */
  record Layout(List<Placed> boxes, List<Route> routes, double width, double height) {}

  static Layout layout(List<Box> boxes, List<Arc> arcs, double nodeGap, double layerGap) {
    ensureLayeredRegistered();
    ElkNode root = ElkGraphUtil.createGraph();
    root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
    root.setProperty(CoreOptions.DIRECTION, Direction.DOWN);
    root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
    root.setProperty(CoreOptions.RANDOM_SEED, 1);
    root.setProperty(LayeredOptions.SPACING_NODE_NODE, nodeGap);
    root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, layerGap);
    root.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, layerGap / 3);
    root.setProperty(LayeredOptions.SPACING_EDGE_EDGE_BETWEEN_LAYERS, layerGap / 5);
    Map<String, ElkNode> nodes = new LinkedHashMap<>();
    for (Box b : boxes) {
      ElkNode n = ElkGraphUtil.createNode(root);
      n.setIdentifier(b.id());
      n.setDimensions(b.width(), b.height());
      nodes.put(b.id(), n);
    }
    List<ElkEdge> edges = new ArrayList<>();
    for (Arc a : arcs) {
      edges.add(ElkGraphUtil.createSimpleEdge(nodes.get(a.from()), nodes.get(a.to())));
    }
    new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());

    List<Placed> placed = new ArrayList<>();
    double w = 0;
    double h = 0;
    for (Box b : boxes) {
      ElkNode n = nodes.get(b.id());
      placed.add(new Placed(b.id(), n.getX() + MARGIN, n.getY() + MARGIN, b.width(),
          b.height()));
      w = Math.max(w, n.getX() + b.width());
      h = Math.max(h, n.getY() + b.height());
    }
    List<Route> routes = new ArrayList<>();
    for (int i = 0; i < arcs.size(); i++) {
      List<double[]> pts = new ArrayList<>();
      for (ElkEdgeSection s : edges.get(i).getSections()) {
        pts.add(new double[] {s.getStartX() + MARGIN, s.getStartY() + MARGIN});
        for (ElkBendPoint p : s.getBendPoints()) {
          pts.add(new double[] {p.getX() + MARGIN, p.getY() + MARGIN});
        }
        pts.add(new double[] {s.getEndX() + MARGIN, s.getEndY() + MARGIN});
      }
      for (double[] p : pts) {
        w = Math.max(w, p[0] - MARGIN);
        h = Math.max(h, p[1] - MARGIN);
      }
      routes.add(new Route(arcs.get(i).from(), arcs.get(i).to(), List.copyOf(pts)));
    }
    return new Layout(List.copyOf(placed), List.copyOf(routes), w + 2 * MARGIN, h + 2 * MARGIN);
  }

  /**
   * ELK finds its algorithms through a service file; a repackaged jar may lose it, so register
   * the layered algorithm directly when the service lookup did not.
   */
  private static synchronized void ensureLayeredRegistered() {
    LayoutMetaDataService svc = LayoutMetaDataService.getInstance();
    if (svc.getAlgorithmData(LayeredOptions.ALGORITHM_ID) == null) {
      svc.registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
    }
  }
}
