package org.depthcert.report;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The model composition ({@code g + m*(attention + g)}) as a small left-to-right chain: one box
 * per block step, a repeated part drawn once inside a dashed frame labelled "× m".
 */
final class CompositionSvg {
  private static final double CHAR = 7.8;
  private static final double BOX_H = 30;
  private static final double GAP = 28;
  private static final double FRAME_PAD = 12;
  private static final double FRAME_TOP = 20;

  private CompositionSvg() {}

  private record Size(double w, double h) {}

  static String draw(JsonNode items) {
    Size s = measureChain(items);
    double w = s.w() + 20;
    double h = s.h() + 20;
    StringBuilder sb = new StringBuilder();
    sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"composition\" role=\"img\" ")
        .append("width=\"").append(Num.f(w)).append("\" height=\"").append(Num.f(h))
        .append("\" viewBox=\"0 0 ").append(Num.f(w)).append(' ').append(Num.f(h))
        .append("\" font-family=\"monospace\" font-size=\"13\">\n")
        .append("<title>model composition</title>\n<defs><marker id=\"comp-arrow\" ")
        .append("viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" ")
        .append("markerUnits=\"userSpaceOnUse\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" ")
        .append("fill=\"#5F6368\"/></marker></defs>\n");
    drawChain(sb, items, 10, 10, s.h());
    sb.append("</svg>");
    return sb.toString();
  }

  private static Size measureChain(JsonNode items) {
    double w = 0;
    double h = BOX_H;
    for (int i = 0; i < items.size(); i++) {
      Size s = measure(items.get(i));
      w += s.w() + (i > 0 ? GAP : 0);
      h = Math.max(h, s.h());
    }
    return new Size(w, h);
  }

  private static Size measure(JsonNode item) {
    if (item.has("block")) {
      return new Size(item.path("block").asText().length() * CHAR + 20, BOX_H);
    }
    Size body = measureChain(item.path("body"));
    double label = (label(item).length() + 1) * CHAR;
    return new Size(Math.max(body.w(), label) + 2 * FRAME_PAD,
        body.h() + FRAME_TOP + FRAME_PAD);
  }

  private static String label(JsonNode repeat) {
    return "\u00D7 " + Markup.ascii(repeat.path("repeat"));
  }

  /** Draws a chain with its items vertically centred in a band of height {@code bandH}. */
  private static void drawChain(StringBuilder sb, JsonNode items, double x, double y,
      double bandH) {
    double cx = x;
    for (int i = 0; i < items.size(); i++) {
      Size s = measure(items.get(i));
      double top = y + (bandH - s.h()) / 2;
      if (i > 0) {
        double mid = y + bandH / 2;
        sb.append("<line x1=\"").append(Num.f(cx - GAP)).append("\" y1=\"").append(Num.f(mid))
            .append("\" x2=\"").append(Num.f(cx - 2)).append("\" y2=\"").append(Num.f(mid))
            .append("\" stroke=\"#5F6368\" stroke-width=\"1.3\" ")
            .append("marker-end=\"url(#comp-arrow)\"/>\n");
      }
      JsonNode item = items.get(i);
      if (item.has("block")) {
        sb.append("<rect x=\"").append(Num.f(cx)).append("\" y=\"").append(Num.f(top))
            .append("\" width=\"").append(Num.f(s.w())).append("\" height=\"")
            .append(Num.f(BOX_H)).append("\" rx=\"4\" fill=\"#FFFFFF\" stroke=\"#5F6368\" ")
            .append("stroke-width=\"1.2\"/>")
            .append("<text x=\"").append(Num.f(cx + s.w() / 2)).append("\" y=\"")
            .append(Num.f(top + BOX_H / 2 + 4)).append("\" text-anchor=\"middle\">")
            .append(Xml.escape(item.path("block").asText())).append("</text>\n");
      } else {
        sb.append("<rect x=\"").append(Num.f(cx)).append("\" y=\"").append(Num.f(top))
            .append("\" width=\"").append(Num.f(s.w())).append("\" height=\"")
            .append(Num.f(s.h())).append("\" rx=\"6\" fill=\"#F8F9FA\" stroke=\"#1A73E8\" ")
            .append("stroke-width=\"1.5\" stroke-dasharray=\"6 4\"/>")
            .append("<text x=\"").append(Num.f(cx + s.w() - 8)).append("\" y=\"")
            .append(Num.f(top + 15)).append("\" text-anchor=\"end\" font-weight=\"bold\" ")
            .append("fill=\"#1A73E8\">").append(Xml.escape(label(item))).append("</text>\n");
        Size body = measureChain(item.path("body"));
        drawChain(sb, item.path("body"), cx + (s.w() - body.w()) / 2, top + FRAME_TOP,
            body.h());
      }
      cx += s.w() + GAP;
    }
  }
}
