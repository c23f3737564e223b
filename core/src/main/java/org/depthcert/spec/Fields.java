package org.depthcert.spec;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Typed, located access to the fields of a {@link LocatedTree}, with errors users can act on. */
public final class Fields {
  private final LocatedTree tree;

  public Fields(LocatedTree tree) {
    this.tree = tree;
  }

  public LocatedTree tree() {
    return tree;
  }

  public SpecError error(String path, String message) {
    return tree.error(path, message);
  }

  public static String child(String path, String field) {
    return path.isEmpty() ? field : path + "." + field;
  }

  public static String index(String path, int i) {
    return path + "[" + i + "]";
  }

  /** Rejects fields outside {@code allowed}, which catches typos such as {@code inptus}. */
  public void onlyFields(JsonNode object, String path, Set<String> allowed) {
    Iterator<String> names = object.fieldNames();
    while (names.hasNext()) {
      String n = names.next();
      if (!allowed.contains(n)) {
        throw error(child(path, n), "unknown field '" + n + "'; expected one of "
            + String.join(", ", new java.util.TreeSet<>(allowed)));
      }
    }
  }

  public JsonNode object(JsonNode parent, String path, String field, boolean required) {
    return container(parent, path, field, required, true);
  }

  public JsonNode array(JsonNode parent, String path, String field, boolean required) {
    return container(parent, path, field, required, false);
  }

  /** A mapping or list field; null when absent and optional. */
  private JsonNode container(JsonNode parent, String path, String field, boolean required,
      boolean mapping) {
    JsonNode n = parent.get(field);
    if (n == null || n.isNull()) {
      if (required) {
        throw error(path, "missing field '" + field + "'");
      }
      return null;
    }
    if (mapping ? !n.isObject() : !n.isArray()) {
      throw error(child(path, field), mapping ? "expected a mapping of names to values"
          : "expected a list");
    }
    return n;
  }

  public String text(JsonNode parent, String path, String field, boolean required) {
    return optionalText(parent, path, field).orElseGet(() -> {
      if (required) {
        throw error(path, "missing field '" + field + "'");
      }
      return "";
    });
  }

  public Optional<String> optionalText(JsonNode parent, String path, String field) {
    JsonNode n = parent.get(field);
    if (n == null || n.isNull()) {
      return Optional.empty();
    }
    return Optional.of(scalar(n, child(path, field)));
  }

  /** A scalar as text; numbers are accepted where a formula is expected. */
  public String scalar(JsonNode n, String path) {
    if (n.isTextual()) {
      return n.asText();
    }
    if (n.isIntegralNumber()) {
      return n.bigIntegerValue().toString();
    }
    throw error(path, "expected a text or a whole number, found " + describe(n));
  }

  /**
   * The scalar {@code n} found at {@code path.field} (or at {@code path.field[i]} when
   * {@code i >= 0}): the path is built only for an error, not for each of 10^5 node inputs.
   */
  public String scalar(JsonNode n, String path, String field, int i) {
    if (n.isTextual()) {
      return n.asText();
    }
    return scalar(n, i < 0 ? child(path, field) : index(child(path, field), i));
  }

  static String describe(JsonNode n) {
    if (n.isObject()) {
      return "a mapping";
    }
    if (n.isArray()) {
      return "a list";
    }
    if (n.isBoolean()) {
      return "a boolean";
    }
    return n.isNull() ? "nothing" : "'" + n.asText() + "'";
  }

  public List<Map.Entry<String, JsonNode>> entries(JsonNode object) {
    List<Map.Entry<String, JsonNode>> list = new ArrayList<>();
    object.properties().forEach(list::add);
    return list;
  }
}
