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

  static void check(At root) {
    Deque<At> todo = new ArrayDeque<>();
    todo.push(root);
    while (!todo.isEmpty()) {
      At at = todo.pop();
      JsonNode n = at.node();
      if (n.isNumber() && !n.isIntegralNumber()) {
        throw at.reject("a floating-point number: exact values are written as rational strings");
      }
      if (n.isArray()) {
        todo.addAll(at.elements());
      } else if (n.isObject()) {
        String previous = null;
        for (Map.Entry<String, JsonNode> e : n.properties()) {
          if (previous != null && previous.compareTo(e.getKey()) >= 0) {
            throw at.reject("keys not in sorted order: '" + At.abbreviate(e.getKey())
                + "' after '" + At.abbreviate(previous) + "'");
          }
          previous = e.getKey();
        }
        todo.addAll(at.members().values());
      }
    }
  }
}
