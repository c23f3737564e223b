package org.depthcert.spec;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * The line of every value of a parsed document, stored without a path string per value: each
 * container (mapping or list) that has a child on another line than its own keeps the lines of its
 * children in order; a container without an entry has every child on its own line (a one-line
 * flow collection such as {@code {op: add, in: [X, X]}}). Paths are resolved only when a line is
 * asked for, by walking the tree.
 */
final class LineTable {
  private final JsonNode root;
  private final int rootLine;
  private final Map<JsonNode, int[]> childLines;
  /** Field name to child index of the mappings looked up so far (built on first use). */
  private final Map<JsonNode, Map<String, Integer>> fieldIndex = new IdentityHashMap<>();

  LineTable(JsonNode root, int rootLine, Map<JsonNode, int[]> childLines) {
    this.root = root;
    this.rootLine = rootLine;
    this.childLines = childLines;
  }

  /**
   * Line of the value at {@code path} ({@code a.b[2].c}), or of its nearest ancestor that exists;
   * the root's line for a path that names nothing.
   */
  synchronized int line(String path) {
    return deepest(root, rootLine, path, 0)[1];
  }

  /**
   * {end, line} of the longest prefix of {@code path} from {@code at} that names a value below
   * {@code node}. A field name may itself contain '.' or '[', so every cut is tried (names almost
   * never do: then there is one).
   */
  private int[] deepest(JsonNode node, int nodeLine, String path, int at) {
    int[] best = {at, nodeLine};
    if (at == path.length()) {
      return best;
    }
    if (node.isArray() && path.charAt(at) == '[') {
      int close = path.indexOf(']', at);
      int index = close < 0 ? -1 : index(path, at + 1, close);
      if (index >= 0 && index < node.size()) {
        int[] r = deepest(node.get(index), childLine(node, index, nodeLine), path, close + 1);
        if (r[0] > best[0]) {
          best = r;
        }
      }
    } else if (node.isObject()) {
      int start = at;
      if (at > 0) {
        if (path.charAt(at) != '.') {
          return best;
        }
        start = at + 1;
      }
      for (int end = start; end <= path.length(); end++) {
        if (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
          continue;
        }
        String name = path.substring(start, end);
        JsonNode child = node.get(name);
        if (child != null) {
          int[] r = deepest(child, childLine(node, fieldIndex(node, name), nodeLine), path, end);
          if (r[0] > best[0]) {
            best = r;
          }
        }
      }
    }
    return best;
  }

  private static int index(String path, int from, int to) {
    if (from == to || to - from > 9) {
      return -1;
    }
    int v = 0;
    for (int i = from; i < to; i++) {
      char c = path.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  private int childLine(JsonNode container, int index, int containerLine) {
    int[] lines = childLines.get(container);
    return lines == null ? containerLine : lines[index];
  }

  private int fieldIndex(JsonNode object, String name) {
    if (!childLines.containsKey(object)) {
      return 0; // every child is on the mapping's own line: the index is not needed
    }
    return fieldIndex.computeIfAbsent(object, o -> {
      Map<String, Integer> m = new HashMap<>();
      Iterator<String> names = o.fieldNames();
      for (int i = 0; names.hasNext(); i++) {
        m.put(names.next(), i);
      }
      return m;
    }).get(name);
  }
}
