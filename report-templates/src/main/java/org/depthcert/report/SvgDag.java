package org.depthcert.report;

import java.util.List;
import java.util.Map;

/**
 * A block's DAG as inline SVG: inputs as grey dashed boxes, nodes as white boxes with their name
 * and "op shape", edges as ELK routed them. Critical paths are drawn over the grey edges as thick
 * coloured lines; where several paths share an edge or a node, they are nested stripes (first
 * path outermost), so every path stays visible. Each box has a tooltip with lemma and depths.
 */
final class SvgDag {
  /** Screen metrics for 12px monospace text. */
  static final BlockGraph.Metrics METRICS = new BlockGraph.Metrics(7.3, 15, 9, 5);
  private static final double STRIPE = 3.5;

  private SvgDag() {}

  static String draw(BlockGraph g, String idPrefix) {
    DagLayout.Layout l = g.layout(METRICS, 22, 34);
    Map<String, BlockGraph.Vertex> byId = g.byId();
    StringBuilder sb = new StringBuilder();
    sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"dag\" role=\"img\" width=\"")
        .append(Num.f(l.width())).append("\" height=\"").append(Num.f(l.height()))
        .append("\" viewBox=\"0 0 ").append(Num.f(l.width())).append(' ')
        .append(Num.f(l.height())).append("\" font-family=\"monospace\" font-size=\"12\">\n");
    sb.append("<title>").append(Xml.escape("data flow of block " + g.name
        + (g.paths.isEmpty() ? "" : ", critical paths in colour"))).append("</title>\n");
    sb.append("<defs>\n");
    marker(sb, idPrefix + "a-grey", "9AA0A6");
    for (BlockGraph.Path p : g.paths) {
      marker(sb, idPrefix + "a-" + p.colour(), p.colour());
    }
    sb.append("</defs>\n");
    // plain edges first, critical stripes over them
    for (DagLayout.Route r : l.routes()) {
      if (g.pathsAlong(r.from(), r.to()).isEmpty()) {
        polyline(sb, r.points(), "9AA0A6", 1.3, idPrefix + "a-grey");
      }
    }
    for (DagLayout.Route r : l.routes()) {
      List<BlockGraph.Path> ps = g.pathsAlong(r.from(), r.to());
      for (int i = 0; i < ps.size(); i++) {
        double width = STRIPE * (ps.size() - i);
        boolean last = i == ps.size() - 1;
        polyline(sb, r.points(), ps.get(i).colour(), width,
            last ? idPrefix + "a-" + ps.get(i).colour() : null);
      }
    }
    for (DagLayout.Placed b : l.boxes()) {
      BlockGraph.Vertex v = byId.get(b.id());
      List<BlockGraph.Path> ps = g.pathsThrough(b.id());
      sb.append("<g class=\"node").append(ps.isEmpty() ? "" : " critical").append("\">");
      sb.append("<title>").append(Xml.escape(v.tooltip())).append("</title>");
      for (int i = 0; i < ps.size(); i++) {
        double grow = STRIPE * (ps.size() - 1 - i);
        rect(sb, b.x() - grow, b.y() - grow, b.width() + 2 * grow, b.height() + 2 * grow,
            i == ps.size() - 1 ? "FFF8E1" : "FFFFFF", ps.get(i).colour(), STRIPE, false);
      }
      if (ps.isEmpty()) {
        rect(sb, b.x(), b.y(), b.width(), b.height(), v.input() ? "F1F3F4" : "FFFFFF",
            v.input() ? "80868B" : "5F6368", 1.2, v.input());
      }
      double cx = b.x() + b.width() / 2;
      sb.append("<text x=\"").append(Num.f(cx)).append("\" y=\"")
          .append(Num.f(b.y() + METRICS.padY() + METRICS.lineHeight() - 3))
          .append("\" text-anchor=\"middle\" font-weight=\"bold\">")
          .append(Xml.escape(v.title())).append("</text>");
      sb.append("<text x=\"").append(Num.f(cx)).append("\" y=\"")
          .append(Num.f(b.y() + METRICS.padY() + 2 * METRICS.lineHeight() - 3))
          .append("\" text-anchor=\"middle\" fill=\"#3C4043\">")
          .append(Xml.escape(v.subtitle())).append("</text>");
      sb.append("</g>\n");
    }
    sb.append("</svg>");
    return sb.toString();
  }

  private static void marker(StringBuilder sb, String id, String colour) {
    sb.append("<marker id=\"").append(id).append("\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" ")
        .append("markerWidth=\"7\" markerHeight=\"7\" markerUnits=\"userSpaceOnUse\" ")
        .append("orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#").append(colour)
        .append("\"/></marker>\n");
  }

  private static void polyline(StringBuilder sb, List<double[]> pts, String colour, double width,
      String marker) {
    sb.append("<polyline fill=\"none\" stroke=\"#").append(colour).append("\" stroke-width=\"")
        .append(Num.f(width)).append("\" stroke-linejoin=\"round\" points=\"");
    for (int i = 0; i < pts.size(); i++) {
      if (i > 0) {
        sb.append(' ');
      }
      sb.append(Num.f(pts.get(i)[0])).append(',').append(Num.f(pts.get(i)[1]));
    }
    sb.append('"');
    if (marker != null) {
      sb.append(" marker-end=\"url(#").append(marker).append(")\"");
    }
    sb.append("/>\n");
  }

  private static void rect(StringBuilder sb, double x, double y, double w, double h, String fill,
      String stroke, double width, boolean dashed) {
    sb.append("<rect x=\"").append(Num.f(x)).append("\" y=\"").append(Num.f(y))
        .append("\" width=\"").append(Num.f(w)).append("\" height=\"").append(Num.f(h))
        .append("\" rx=\"4\" fill=\"#").append(fill).append("\" stroke=\"#").append(stroke)
        .append("\" stroke-width=\"").append(Num.f(width)).append('"')
        .append(dashed ? " stroke-dasharray=\"4 3\"" : "").append("/>");
  }
}
