package org.depthcert.verifier.spec;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * A YAML or JSON file (JSON is YAML) read with Jackson under limits a hostile file cannot get
 * round (nesting, aliases, size, duplicate keys), and typed access to its fields that names the
 * file and the path of whatever is wrong.
 */
final class Tree {
  private static final ObjectMapper YAML = yamlMapper();

  final String file;
  final JsonNode root;

  private Tree(String file, JsonNode root) {
    this.file = file;
    this.root = root;
  }

  private static ObjectMapper yamlMapper() {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    options.setMaxAliasesForCollections(50);
    options.setNestingDepthLimit(64);
    options.setCodePointLimit(64 * 1024 * 1024);
    YAMLFactory factory = YAMLFactory.builder().loaderOptions(options)
        .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build())
        .build();
    return new YAMLMapper(factory);
  }

  static Tree read(String file, byte[] bytes) {
    JsonNode root;
    try {
      root = YAML.readTree(bytes);
    } catch (IOException | RuntimeException e) {
      String msg = String.valueOf(e.getMessage());
      int cut = msg.indexOf('\n');
      throw new SpecUnreadable(file, "", "not readable YAML or JSON: "
          + (cut < 0 ? msg : msg.substring(0, cut)));
    }
    if (root == null || root.isMissingNode() || !root.isObject()) {
      throw new SpecUnreadable(file, "", "expected a mapping at the top");
    }
    return new Tree(file, root);
  }

  SpecUnreadable error(String path, String message) {
    return new SpecUnreadable(file, path, message);
  }

  static String child(String path, String field) {
    return path.isEmpty() ? field : path + "." + field;
  }

  static String index(String path, int i) {
    return path + "[" + i + "]";
  }

  /** Refuses fields the verifier does not know: it will not accept what it did not read. */
  void only(JsonNode object, String path, Set<String> allowed) {
    Iterator<String> names = object.fieldNames();
    while (names.hasNext()) {
      String n = names.next();
      if (!allowed.contains(n)) {
        throw error(child(path, n), "field '" + n + "' is unknown to the verifier's spec reader; "
            + "it reads " + String.join(", ", new TreeSet<>(allowed)));
      }
    }
  }

  /** A scalar as text: a string or a whole number (formulas such as {@code 2} may be numbers). */
  String scalar(JsonNode n, String path) {
    if (n.isTextual()) {
      return n.textValue();
    }
    if (n.isIntegralNumber()) {
      return n.bigIntegerValue().toString();
    }
    throw error(path, "expected a text or a whole number");
  }

  Optional<String> text(JsonNode parent, String path, String field) {
    JsonNode n = parent.get(field);
    return n == null || n.isNull() ? Optional.empty()
        : Optional.of(scalar(n, child(path, field)));
  }

  String required(JsonNode parent, String path, String field) {
    return text(parent, path, field).orElseThrow(() -> error(path, "missing field '" + field
        + "'"));
  }

  /** A mapping field; empty when absent. */
  Optional<JsonNode> mapping(JsonNode parent, String path, String field) {
    return container(parent, path, field, true);
  }

  /** A list field; empty when absent. */
  Optional<JsonNode> list(JsonNode parent, String path, String field) {
    return container(parent, path, field, false);
  }

  private Optional<JsonNode> container(JsonNode parent, String path, String field,
      boolean mapping) {
    JsonNode n = parent.get(field);
    if (n == null || n.isNull()) {
      return Optional.empty();
    }
    if (mapping ? !n.isObject() : !n.isArray()) {
      throw error(child(path, field), mapping ? "expected a mapping" : "expected a list");
    }
    return Optional.of(n);
  }

  List<Map.Entry<String, JsonNode>> entries(JsonNode object) {
    List<Map.Entry<String, JsonNode>> out = new ArrayList<>();
    object.properties().forEach(out::add);
    return out;
  }

  /** Text of each element of a list (or of a single scalar written in its place). */
  List<String> texts(JsonNode n, String path) {
    List<String> out = new ArrayList<>();
    if (n == null || n.isNull()) {
      return out;
    }
    if (n.isArray()) {
      for (int i = 0; i < n.size(); i++) {
        out.add(scalar(n.get(i), index(path, i)));
      }
    } else {
      out.add(scalar(n, path));
    }
    return out;
  }
}
