package org.depthcert.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * Shares the strings and text nodes of short scalars: a large spec repeats a few names
 * ({@code op}, {@code in}, {@code add}, {@code X}) 10^5 times. A small direct-mapped cache.
 */
final class ShortStrings {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final int SLOTS = 1 << 12;
  private static final int MAX_LENGTH = 12;
  private final String[] strings = new String[SLOTS];
  private final JsonNode[] texts = new JsonNode[SLOTS];

  /** The string of {@code c[start, start + length)}: the cached one if its slot holds it. */
  String string(char[] c, int start, int length) {
    if (length > MAX_LENGTH) {
      return new String(c, start, length);
    }
    int h = 0;
    for (int i = start; i < start + length; i++) {
      h = 31 * h + c[i];
    }
    int slot = (h ^ (h >>> 12)) & (SLOTS - 1);
    String s = strings[slot];
    if (s != null && s.length() == length) {
      boolean same = true;
      for (int i = 0; i < length && same; i++) {
        same = s.charAt(i) == c[start + i];
      }
      if (same) {
        return s;
      }
    }
    s = new String(c, start, length);
    strings[slot] = s;
    texts[slot] = null;
    return s;
  }

  /** The text node of {@code s}, shared if {@code s} is the cached string of its slot. */
  JsonNode text(String s) {
    if (s.length() > MAX_LENGTH) {
      return NODES.textNode(s);
    }
    int slot = (s.hashCode() ^ (s.hashCode() >>> 12)) & (SLOTS - 1);
    if (strings[slot] != s) {
      return NODES.textNode(s);
    }
    JsonNode t = texts[slot];
    if (t == null) {
      t = NODES.textNode(s);
      texts[slot] = t;
    }
    return t;
  }
}
