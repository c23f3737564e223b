package org.depthcert.verifier;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;

/**
 * The canonical serialisation's structural rules, checked on the whole tree: no floating-point
 * number anywhere and every object's keys in sorted order.
 */
final class CanonicalForm {
  private CanonicalForm() {}

  /**
   * Breadth first, as before issue #13, so that of several faults the same one is named. Walks the JSON values themselves; the {@link At} that names a value's path is made only for
   * containers (a certificate is mostly strings and numbers) and for the value rejected.
   */
  static void check(At root) {
    Deque<At> todo = new ArrayDeque<>();
    todo.push(root);
    while (!todo.isEmpty()) {
      At at = todo.pop();
      JsonNode n = at.node();
      if (n.isArray()) {
        for (int i = 0; i < n.size(); i++) {
          JsonNode v = n.get(i);
          if (v.isContainerNode() || isFloat(v)) {
            todo.addLast(at.element(i));
          }
        }
      } else if (n.isObject()) {
        String previous = null;
        for (Map.Entry<String, JsonNode> e : n.properties()) {
          if (previous != null && previous.compareTo(e.getKey()) >= 0) {
            throw at.reject("keys not in sorted order: '" + At.abbreviate(e.getKey())
                + "' after '" + At.abbreviate(previous) + "'");
          }
          previous = e.getKey();
          if (e.getValue().isContainerNode() || isFloat(e.getValue())) {
            todo.addLast(at.field(e.getKey()));
          }
        }
      } else if (isFloat(n)) {
        throw at.reject("a floating-point number: exact values are written as rational strings");
      }
    }
  }

  private static boolean isFloat(JsonNode n) {
    return n.isNumber() && !n.isIntegralNumber();
  }
}
