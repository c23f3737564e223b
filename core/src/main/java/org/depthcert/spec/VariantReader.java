package org.depthcert.spec;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a spec's {@code reading:} line and its {@code variants:} (docs/audit.md, "Readings and
 * variants"). Checks what needs no catalog: every named node exists in a block with nodes, is not
 * the block's output when given, and is not both given and re-op'd. The ops themselves are checked
 * against the catalog when the variant is applied ({@code org.depthcert.fold.Variants}).
 */
final class VariantReader {
  private static final Set<String> VARIANT_FIELDS = Set.of("reason", "given", "ops");
  private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");

  private VariantReader() {}

  static SpecReadings read(Fields f, JsonNode root, Map<String, BlockSpec> blocks) {
    Optional<String> reading = f.optionalText(root, "", "reading");
    reading.ifPresent(r -> oneLine(f, r, "reading"));
    JsonNode node = f.object(root, "", "variants", false);
    if (node == null) {
      return new SpecReadings(reading, List.of(), Optional.empty());
    }
    if (reading.isEmpty()) {
      throw f.error("variants", "variants need 'reading:', one line saying which reading of the "
          + "paper the spec's blocks write (the base reading the variants differ from)");
    }
    List<VariantSpec> variants = new ArrayList<>();
    for (Map.Entry<String, JsonNode> e : f.entries(node)) {
      variants.add(variant(f, e.getKey(), e.getValue(), Fields.child("variants", e.getKey()),
          blocks));
    }
    if (variants.isEmpty()) {
      throw f.error("variants", "empty 'variants': declare at least one or leave it out");
    }
    return new SpecReadings(reading, List.copyOf(variants), Optional.empty());
  }

  private static VariantSpec variant(Fields f, String name, JsonNode v, String path,
      Map<String, BlockSpec> blocks) {
    if (!NAME.matcher(name).matches()) {
      throw f.error(path, "'" + name + "' is not a valid variant name (letters, digits, _ and -;"
          + " starting with a letter)");
    }
    if (v == null || !v.isObject()) {
      throw f.error(path, "a variant is a mapping {reason: ..., given: [...], ops: {...}}");
    }
    f.onlyFields(v, path, VARIANT_FIELDS);
    String reason = f.text(v, path, "reason", true);
    oneLine(f, reason, Fields.child(path, "reason"));
    List<String> given = new ArrayList<>();
    JsonNode g = f.array(v, path, "given", false);
    if (g != null) {
      for (int i = 0; i < g.size(); i++) {
        String p = Fields.index(Fields.child(path, "given"), i);
        String ref = f.scalar(g.get(i), p);
        BlockSpec b = node(f, ref, p, blocks);
        if (b.output().equals(ref.substring(ref.indexOf('.') + 1))) {
          throw f.error(p, "'" + ref + "' is the output of block '" + b.name() + "': a reading "
              + "cannot take a block's result as given");
        }
        if (given.contains(ref)) {
          throw f.error(p, "'" + ref + "' is given twice");
        }
        given.add(ref);
      }
    }
    LinkedHashMap<String, String> ops = new LinkedHashMap<>();
    JsonNode o = f.object(v, path, "ops", false);
    if (o != null) {
      for (Map.Entry<String, JsonNode> e : f.entries(o)) {
        String p = Fields.child(Fields.child(path, "ops"), e.getKey());
        node(f, e.getKey(), p, blocks);
        if (given.contains(e.getKey())) {
          throw f.error(p, "'" + e.getKey() + "' is both given and computed with another op");
        }
        ops.put(e.getKey(), f.scalar(e.getValue(), p));
      }
    }
    if (given.isEmpty() && ops.isEmpty()) {
      throw f.error(path, "variant '" + name + "' changes nothing: give 'given' (nodes that "
          + "become inputs) or 'ops' (nodes computed with another op)");
    }
    return new VariantSpec(name, reason, List.copyOf(given), ops, path);
  }

  /** The block of a {@code block.node} reference, or a located error. */
  private static BlockSpec node(Fields f, String ref, String path, Map<String, BlockSpec> blocks) {
    int dot = ref.indexOf('.');
    BlockSpec b = dot < 0 ? null : blocks.get(ref.substring(0, dot));
    String node = dot < 0 ? "" : ref.substring(dot + 1);
    if (b == null || b.isOpaque()
        || b.nodes().stream().noneMatch(n -> n.name().equals(node))) {
      throw f.error(path, "unknown node '" + ref + "': a variant names nodes as block.node, "
          + "e.g. " + example(blocks));
    }
    return b;
  }

  private static String example(Map<String, BlockSpec> blocks) {
    for (BlockSpec b : blocks.values()) {
      if (!b.isOpaque()) {
        return b.name() + "." + b.nodes().get(0).name();
      }
    }
    return "block.node";
  }

  private static void oneLine(Fields f, String text, String path) {
    if (text.isBlank() || text.contains("\n")) {
      throw f.error(path, "expected one non-empty line");
    }
  }
}
