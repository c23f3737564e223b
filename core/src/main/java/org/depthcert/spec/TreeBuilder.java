package org.depthcert.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Builds a document's tree and its {@link LineTable} from a stream of start/field/value/end
 * events, as both readers ({@link JacksonTreeReader}, {@link PlainYamlReader}) produce them. No
 * path string is built per value: a path is computed only for an error ({@link #nextPath}).
 */
final class TreeBuilder {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** One open container: its node, its line, the pending field name and its children's lines. */
  private static final class Frame {
    JsonNode node;
    int line;
    String field;
    int[] lines = new int[8];
    int count;
    boolean mixed;
  }

  private Frame[] frames = new Frame[16];
  private int depth;
  private JsonNode root;
  private int rootLine;
  private final Map<JsonNode, int[]> childLines = new IdentityHashMap<>();

  int depth() {
    return depth;
  }

  /** The field name of the next value of the open mapping. */
  void field(String name) {
    frames[depth - 1].field = name;
  }

  /** Opens a mapping; false if it is a duplicate field of the open mapping. */
  boolean startObject(int line) {
    // small first tables: most mappings of a large spec are nodes with two or three fields
    return open(new ObjectNode(NODES, new LinkedHashMap<>(4)), line);
  }

  /** Opens a list; false if it is a duplicate field of the open mapping. */
  boolean startArray(int line) {
    return open(new ArrayNode(NODES, new ArrayList<>(2)), line);
  }

  /**
   * Adds a scalar (or a shared, immutable one such as an interned text node) at {@code line};
   * false if the open mapping already had the field (the value then replaced the first one).
   */
  boolean value(JsonNode value, int line) {
    if (depth == 0) {
      root = value;
      rootLine = line;
      return true;
    }
    Frame top = frames[depth - 1];
    boolean fresh = true;
    if (top.node instanceof ObjectNode) {
      fresh = ((ObjectNode) top.node).replace(top.field, value) == null;
    } else {
      ((ArrayNode) top.node).add(value);
    }
    if (top.count == top.lines.length) {
      top.lines = Arrays.copyOf(top.lines, top.count * 2);
    }
    top.lines[top.count++] = line;
    top.mixed |= line != top.line;
    return fresh;
  }

  void end() {
    Frame top = frames[--depth];
    if (top.mixed) {
      childLines.put(top.node, Arrays.copyOf(top.lines, top.count));
    }
    top.node = null;
    top.field = null;
  }

  JsonNode root() {
    return root;
  }

  LineTable lines() {
    return new LineTable(root, rootLine, childLines);
  }

  /** The path of the value that would be added next, e.g. {@code a1[0]}, for an error. */
  String nextPath() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < depth; i++) {
      Frame f = frames[i];
      if (f.node instanceof ObjectNode) {
        if (sb.length() > 0) {
          sb.append('.');
        }
        sb.append(f.field);
      } else {
        // below the top the open child is already counted; at the top the next one is not
        sb.append('[').append(i == depth - 1 ? f.count : f.count - 1).append(']');
      }
    }
    return sb.toString();
  }

  private boolean open(JsonNode node, int line) {
    boolean fresh = value(node, line);
    if (depth == frames.length) {
      frames = Arrays.copyOf(frames, depth * 2);
    }
    Frame f = frames[depth];
    if (f == null) {
      f = new Frame();
      frames[depth] = f;
    }
    f.node = node;
    f.line = line;
    f.count = 0;
    f.mixed = false;
    depth++;
    return fresh;
  }
}
