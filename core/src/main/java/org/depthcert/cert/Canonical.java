package org.depthcert.cert;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Canonical JSON (DESIGN.md section 6): object keys sorted at every level, two-space indent, "\n"
 * line ends, a final newline. Numbers are only ever integers; rationals are strings. The same
 * tree always gives the same bytes, on every JDK and platform.
 */
public final class Canonical {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Canonical() {}

  /** A copy of {@code node} with every object's keys in sorted order. */
  public static JsonNode sorted(JsonNode node) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    if (node.isObject()) {
      List<Map.Entry<String, JsonNode>> entries = new ArrayList<>(node.properties());
      entries.sort(Map.Entry.comparingByKey());
      ObjectNode out = f.objectNode();
      for (Map.Entry<String, JsonNode> e : entries) {
        out.set(e.getKey(), sorted(e.getValue()));
      }
      return out;
    }
    if (node.isArray()) {
      ArrayNode out = f.arrayNode();
      node.forEach(n -> out.add(sorted(n)));
      return out;
    }
    if (node.isFloatingPointNumber()) {
      throw new IllegalArgumentException("canonical JSON has no floats: " + node);
    }
    return node;
  }

  /**
   * A certificate file: the canonical tree in the compact layout of {@link CompactLayout}
   * (arrays and objects of scalars on one line). Every other output keeps {@link #write}.
   */
  public static String certificate(JsonNode node) {
    return CompactLayout.write(sorted(node));
  }

  public static String write(JsonNode node) {
    DefaultIndenter indent = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
        .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
        .withObjectIndenter(indent).withArrayIndenter(indent);
    try {
      return MAPPER.writer(printer).writeValueAsString(sorted(node)) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serialises", e);
    }
  }
}
