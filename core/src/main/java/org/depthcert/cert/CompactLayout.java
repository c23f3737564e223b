package org.depthcert.cert;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;

/**
 * The layout of a certificate file (format "2"): canonical JSON (keys sorted, no floats) in
 * which an array or object holding only scalars is written on one line ({@code ["n", "d"]},
 * {@code {"input": "N9", "inputTerm": 0, "localTerm": 0}}) and every other container has one
 * member per line, two-space indent; {@code \n} line ends and a final newline. One tree has one
 * layout, so the bytes stay deterministic. Two-space indentation of every scalar on its own line
 * was most of a large certificate's bytes (issue #13).
 */
final class CompactLayout {
  private static final JsonStringEncoder STRINGS = JsonStringEncoder.getInstance();

  private CompactLayout() {}

  /** {@code sorted}: a tree whose objects already have their keys in sorted order. */
  static String write(JsonNode sorted) {
    StringBuilder sb = new StringBuilder();
    value(sb, sorted, 0);
    return sb.append('\n').toString();
  }

  private static void value(StringBuilder sb, JsonNode n, int depth) {
    if (!n.isContainerNode()) {
      scalar(sb, n);
    } else if (n.isEmpty()) {
      sb.append(n.isArray() ? "[]" : "{}");
    } else if (flat(n)) {
      sb.append(n.isArray() ? '[' : '{');
      members(sb, n, ", ", depth);
      sb.append(n.isArray() ? ']' : '}');
    } else {
      sb.append(n.isArray() ? '[' : '{');
      members(sb, n, ",", depth + 1);
      newline(sb, depth);
      sb.append(n.isArray() ? ']' : '}');
    }
  }

  /** The members, each after a line break (when {@code separator} is ",") or on one line. */
  private static void members(StringBuilder sb, JsonNode n, String separator, int depth) {
    boolean multiline = separator.equals(",");
    Iterator<Map.Entry<String, JsonNode>> fields = n.isObject() ? n.properties().iterator() : null;
    for (int i = 0; i < n.size(); i++) {
      if (i > 0) {
        sb.append(separator);
      }
      if (multiline) {
        newline(sb, depth);
      }
      JsonNode v;
      if (fields != null) {
        Map.Entry<String, JsonNode> e = fields.next();
        sb.append('"').append(STRINGS.quoteAsString(e.getKey())).append("\": ");
        v = e.getValue();
      } else {
        v = n.get(i);
      }
      value(sb, v, depth);
    }
  }

  private static boolean flat(JsonNode n) {
    for (JsonNode v : n) {
      if (v.isContainerNode()) {
        return false;
      }
    }
    return true;
  }

  private static void newline(StringBuilder sb, int depth) {
    sb.append('\n');
    for (int i = 0; i < depth; i++) {
      sb.append("  ");
    }
  }

  private static void scalar(StringBuilder sb, JsonNode n) {
    if (n.isTextual()) {
      sb.append('"').append(STRINGS.quoteAsString(n.textValue())).append('"');
    } else if (n.isFloatingPointNumber()) {
      throw new IllegalArgumentException("canonical JSON has no floats: " + n);
    } else {
      sb.append(n.toString()); // integers, booleans, null
    }
  }
}
