package org.depthcert.report;

/** Escapes text for XML and HTML content and attribute values (SVG and MathML built in Java). */
final class Xml {
  private Xml() {}

  static String escape(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(c < 0x20 && c != '\n' && c != '\t' ? ' ' : c);
      }
    }
    return sb.toString();
  }
}
