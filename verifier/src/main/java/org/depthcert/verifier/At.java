package org.depthcert.verifier;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * A JSON value together with its JSON path ({@code $.blocks[0].nodes[7].arrival}), so that every
 * check can say exactly where a certificate goes wrong. Every accessor rejects a value of the
 * wrong type at its own path.
 */
final class At {
  private final JsonNode node;
  private final At parent;
  /** ".name" or "[i]"; "$" at the root. Paths are only spelled out for a rejection. */
  private final String step;

  private At(JsonNode node, At parent, String step) {
    this.node = node;
    this.parent = parent;
    this.step = step;
  }

  static At root(JsonNode node) {
    return new At(node, null, "$");
  }

  JsonNode node() {
    return node;
  }

  String path() {
    return parent == null ? step : parent.path() + step;
  }

  Rejected reject(String reason) {
    return new Rejected(path(), reason);
  }

  At field(String name) {
    JsonNode v = object().get(name);
    if (v == null || v.isNull()) {
      throw new Rejected(path() + "." + name, "missing");
    }
    return new At(v, this, "." + name);
  }

  Optional<At> optional(String name) {
    JsonNode v = object().get(name);
    return v == null || v.isNull() ? Optional.empty() : Optional.of(new At(v, this, "." + name));
  }

  boolean has(String name) {
    return optional(name).isPresent();
  }

  JsonNode object() {
    if (!node.isObject()) {
      throw reject("expected an object");
    }
    return node;
  }

  List<At> elements() {
    if (!node.isArray()) {
      throw reject("expected an array");
    }
    List<At> out = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      out.add(new At(node.get(i), this, "[" + i + "]"));
    }
    return out;
  }

  /** The i-th element of an array (0 <= i < its size). */
  At element(int i) {
    return new At(node.get(i), this, "[" + i + "]");
  }

  /** The members of an object, in their (sorted) order. */
  Map<String, At> members() {
    Map<String, At> out = new TreeMap<>();
    for (Map.Entry<String, JsonNode> e : object().properties()) {
      out.put(e.getKey(), new At(e.getValue(), this, "." + e.getKey()));
    }
    return out;
  }

  String text() {
    if (!node.isTextual()) {
      throw reject("expected a string");
    }
    return node.textValue();
  }

  boolean bool() {
    if (!node.isBoolean()) {
      throw reject("expected true or false");
    }
    return node.booleanValue();
  }

  BigInteger integer() {
    if (!node.isIntegralNumber()) {
      throw reject("expected an integer");
    }
    return node.bigIntegerValue();
  }

  int smallInt() {
    BigInteger v = integer();
    if (v.bitLength() > 31) {
      throw reject("integer out of range: " + v);
    }
    return v.intValue();
  }

  BigFraction rational() {
    return Rationals.parse(text()).orElseThrow(() -> reject("not a canonical exact rational "
        + "(a or a/b in lowest terms): '" + abbreviate(node.textValue()) + "'"));
  }

  static String abbreviate(String s) {
    return s.length() > 60 ? s.substring(0, 60) + "..." : s;
  }
}
