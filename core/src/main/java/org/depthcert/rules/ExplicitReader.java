package org.depthcert.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.depthcert.spec.Fields;

/** Reads a rule's {@code explicit:} field (syntax in docs/simulate.md). */
final class ExplicitReader {
  private ExplicitReader() {}

  static Optional<Explicit> read(Fields f, JsonNode rule, String rulePath, boolean derived) {
    JsonNode node = rule.get("explicit");
    String path = Fields.child(rulePath, "explicit");
    if (node == null || node.isNull()) {
      return Optional.empty();
    }
    if (node.isTextual()) {
      switch (node.asText()) {
        case "elementwise":
          return Optional.of(new Explicit.Elementwise());
        case "body":
          if (!derived) {
            throw f.error(path, "explicit: body needs a derived lemma (a rule with a body)");
          }
          return Optional.of(new Explicit.Body());
        default:
          throw f.error(path, "unknown explicit form '" + node.asText() + "'; use elementwise, "
              + "body, {reduce: rows}, {matmul: {...}}, {kron: ...} or {wiring: ...}");
      }
    }
    if (!node.isObject()) {
      throw f.error(path, "explicit is elementwise, body, or a mapping such as {reduce: rows}");
    }
    if (node.has("reduce")) {
      f.onlyFields(node, path, Set.of("reduce", "counts"));
      String axis = f.text(node, path, "reduce", true);
      if (!axis.equals("rows") && !axis.equals("cols")) {
        throw f.error(Fields.child(path, "reduce"), "reduce along rows or cols, not '" + axis
            + "'");
      }
      String counts = f.optionalText(node, path, "counts").orElse("summands");
      if (!counts.equals("summands") && !counts.equals("gadgets")) {
        throw f.error(Fields.child(path, "counts"), "counts is summands or gadgets");
      }
      return Optional.of(new Explicit.Reduce(axis.equals("rows"), counts.equals("summands")));
    }
    if (node.has("matmul")) {
      f.onlyFields(node, path, Set.of("matmul"));
      JsonNode m = f.object(node, path, "matmul", true);
      String mp = Fields.child(path, "matmul");
      f.onlyFields(m, mp, Set.of("product", "sum"));
      return Optional.of(new Explicit.Matmul(f.text(m, mp, "product", true),
          f.text(m, mp, "sum", true)));
    }
    if (node.has("kron")) {
      f.onlyFields(node, path, Set.of("kron", "rows", "cols"));
      return Optional.of(new Explicit.Kron(f.text(node, path, "kron", true),
          pairing(f, node, path, "rows"), pairing(f, node, path, "cols")));
    }
    if (node.has("wiring")) {
      f.onlyFields(node, path, Set.of("wiring"));
      JsonNode w = node.get("wiring");
      String wp = Fields.child(path, "wiring");
      if (w.isTextual()) {
        return Optional.of(new Explicit.Wiring(Optional.of(wiringKind(f, w.asText(), wp)),
            Map.of()));
      }
      if (!w.isObject()) {
        throw f.error(wp, "wiring is a kind (transpose, flat, place, diag, rotate_half) or op -> kind");
      }
      TreeMap<String, Explicit.WiringKind> byOp = new TreeMap<>();
      for (Map.Entry<String, JsonNode> e : f.entries(w)) {
        String p = Fields.child(wp, e.getKey());
        byOp.put(e.getKey(), wiringKind(f, f.scalar(e.getValue(), p), p));
      }
      return Optional.of(new Explicit.Wiring(Optional.empty(), byOp));
    }
    throw f.error(path, "unknown explicit form; use elementwise, body, {reduce: rows}, "
        + "{matmul: {product, sum}}, {kron: OP, rows, cols} or {wiring: ...}");
  }

  /** The ops an explicit form names, which the catalog must define. */
  static List<String> namedOps(Explicit e) {
    if (e instanceof Explicit.Matmul) {
      return List.of(((Explicit.Matmul) e).product(), ((Explicit.Matmul) e).sum());
    }
    if (e instanceof Explicit.Kron) {
      return List.of(((Explicit.Kron) e).product());
    }
    return List.of();
  }

  private static boolean pairing(Fields f, JsonNode node, String path, String field) {
    String v = f.text(node, path, field, true);
    if (!v.equals("pair") && !v.equals("shared")) {
      throw f.error(Fields.child(path, field), field + " is pair or shared, not '" + v + "'");
    }
    return v.equals("pair");
  }

  private static Explicit.WiringKind wiringKind(Fields f, String name, String path) {
    return Explicit.WiringKind.named(name).orElseThrow(() -> f.error(path, "unknown wiring '"
        + name + "'; kinds are transpose, flat, place, diag, rotate_half"));
  }
}
