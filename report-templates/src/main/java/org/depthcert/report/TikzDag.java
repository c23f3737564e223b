package org.depthcert.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A block's DAG as a TikZ picture, from the same graph and ELK layout as the SVG but with TeX
 * text metrics ({@code \scriptsize\ttfamily}), scaled down to fit a 470pt text width. Uses only
 * core TikZ (no libraries) and inline colours, so it also works as a fragment inside a paper.
 * All labels go through {@link Latex#escape}.
 */
final class TikzDag {
  /** cmtt at 7pt: 0.525em per character. */
  static final BlockGraph.Metrics METRICS = new BlockGraph.Metrics(3.7, 8, 3, 2);
  private static final double MAX_WIDTH = 470;
  private static final double STRIPE = 1.4;

  private TikzDag() {}

  static String draw(BlockGraph g) {
    DagLayout.Layout l = g.layout(METRICS, 9, 16);
    double scale = Math.min(1, MAX_WIDTH / l.width());
    Map<String, BlockGraph.Vertex> byId = g.byId();
    StringBuilder sb = new StringBuilder();
    sb.append("\\begin{tikzpicture}[x=1pt,y=-1pt,scale=")
        .append(String.format(Locale.ROOT, "%.3f", scale))
        .append(",transform shape,every node/.style={font=\\ttfamily\\scriptsize,inner sep=0pt}]\n");
    for (DagLayout.Route r : l.routes()) {
      if (g.pathsAlong(r.from(), r.to()).isEmpty()) {
        line(sb, r.points(), "{rgb,255:red,154;green,160;blue,166}", 0.5, true);
      }
    }
    for (DagLayout.Route r : l.routes()) {
      List<BlockGraph.Path> ps = g.pathsAlong(r.from(), r.to());
      for (int i = 0; i < ps.size(); i++) {
        line(sb, r.points(), colour(ps.get(i).colour()), STRIPE * (ps.size() - i),
            i == ps.size() - 1);
      }
    }
    for (DagLayout.Placed b : l.boxes()) {
      BlockGraph.Vertex v = byId.get(b.id());
      List<BlockGraph.Path> ps = g.pathsThrough(b.id());
      for (int i = 0; i < ps.size(); i++) {
        double grow = STRIPE * (ps.size() - 1 - i);
        box(sb, b.x() - grow, b.y() - grow, b.width() + 2 * grow, b.height() + 2 * grow,
            i == ps.size() - 1 ? "{rgb,255:red,255;green,248;blue,225}" : "white",
            colour(ps.get(i).colour()), STRIPE, false);
      }
      if (ps.isEmpty()) {
        box(sb, b.x(), b.y(), b.width(), b.height(),
            v.input() ? "{rgb,255:red,241;green,243;blue,244}" : "white",
            v.input() ? "{rgb,255:red,128;green,134;blue,139}" : "{rgb,255:red,95;green,99;blue,104}",
            0.5, v.input());
      }
      double cx = b.x() + b.width() / 2;
      sb.append("\\node[anchor=base] at (").append(Num.f(cx)).append(',')
          .append(Num.f(b.y() + METRICS.padY() + METRICS.lineHeight() - 1.5)).append(") {\\bfseries ")
          .append(Latex.escape(v.title())).append("};\n");
      sb.append("\\node[anchor=base] at (").append(Num.f(cx)).append(',')
          .append(Num.f(b.y() + METRICS.padY() + 2 * METRICS.lineHeight() - 1.5)).append(") {")
          .append(Latex.escape(v.subtitle())).append("};\n");
    }
    sb.append("\\end{tikzpicture}");
    return sb.toString();
  }

  /** An xcolor colour expression for hex {@code RRGGBB}, so no colour needs defining. */
  static String colour(String hex) {
    int rgb = Integer.parseInt(hex, 16);
    return "{rgb,255:red," + (rgb >> 16) + ";green," + ((rgb >> 8) & 0xFF) + ";blue,"
        + (rgb & 0xFF) + "}";
  }

  private static void line(StringBuilder sb, List<double[]> pts, String colour, double width,
      boolean arrow) {
    sb.append("\\draw[color=").append(colour).append(",line width=").append(Num.f(width))
        .append("pt,line join=round").append(arrow ? ",-stealth" : "").append("] ");
    for (int i = 0; i < pts.size(); i++) {
      if (i > 0) {
        sb.append(" -- ");
      }
      sb.append('(').append(Num.f(pts.get(i)[0])).append(',').append(Num.f(pts.get(i)[1]))
          .append(')');
    }
    sb.append(";\n");
  }

  private static void box(StringBuilder sb, double x, double y, double w, double h, String fill,
      String stroke, double width, boolean dashed) {
    sb.append("\\filldraw[fill=").append(fill).append(",draw=").append(stroke)
        .append(",line width=").append(Num.f(width)).append("pt,rounded corners=1.5pt")
        .append(dashed ? ",dashed" : "").append("] (").append(Num.f(x)).append(',')
        .append(Num.f(y)).append(") rectangle (").append(Num.f(x + w)).append(',')
        .append(Num.f(y + h)).append(");\n");
  }
}
