package org.depthcert.fold;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.depthcert.rules.Catalog;
import org.depthcert.rules.CatalogReader;
import org.depthcert.spec.LocatedTree;
import org.depthcert.spec.Spec;
import org.depthcert.spec.SpecReader;

/** A small catalog written inline (core cannot see the bundled one) and a spec-from-text helper. */
final class TinyCatalog {
  static final String YAML = String.join("\n",
      "source: test",
      "rules:",
      "  - id: t/std",
      "    number: Lemma 3.4 Part 1",
      "    title: float ops",
      "    ops: [add, mul, div]",
      "    signature: elementwise",
      "    depth: d_std",
      "    size: {std: 1}",
      "  - id: t/sum",
      "    number: Lemma 3.4 Part 3",
      "    title: row sums",
      "    ops: [row_sum]",
      "    signature: {inputs: {A: [a, k]}, output: [a, 1]}",
      "    hypotheses: [\"k <= n\"]",
      "    depth: d_sum",
      "    size: {sum: a*k}",
      "  - id: t/exp",
      "    number: Lemma 3.6",
      "    title: exp",
      "    ops: [exp]",
      "    signature: elementwise",
      "    depth: d_exp",
      "    size: {exp: 1}",
      "  - id: t/matmul",
      "    number: Lemma 4.1",
      "    title: matmul",
      "    ops: [matmul]",
      "    signature: {inputs: {A: [a, k], B: [k, b]}, output: [a, b]}",
      "    hypotheses: [\"k <= n\"]",
      "    stated: d_std + d_sum",
      "    body:",
      "      nodes:",
      "        P: {op: mul, in: [A, B], each: [[1, 1], [1, 1]], count: a*b*k}",
      "        S: {op: row_sum, in: [P], each: [[1, k]], count: a*b}",
      "      output: S",
      "");

  private TinyCatalog() {}

  static Catalog catalog() {
    return CatalogReader.read(Map.of("tiny.yaml", YAML.getBytes(StandardCharsets.UTF_8)));
  }

  static Spec spec(String yaml) {
    byte[] bytes = yaml.getBytes(StandardCharsets.UTF_8);
    return SpecReader.read(LocatedTree.parse("test.yaml", bytes), SpecReader.sha256(bytes));
  }

  static Folded fold(String yaml) {
    return Folder.fold(spec(yaml), catalog());
  }

  /** Standard header: parameters n, d (d <= n), m (O(1)). */
  static String header() {
    return String.join("\n",
        "title: test",
        "parameters:",
        "  n: {meaning: length}",
        "  d: {meaning: width, assume: \"d <= n\"}",
        "  m: {meaning: layers, growth: \"O(1)\"}",
        "");
  }
}
