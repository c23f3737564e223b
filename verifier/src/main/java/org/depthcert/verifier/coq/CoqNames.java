package org.depthcert.verifier.coq;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Turns spec names (claim ids such as "Lemma 5.2", node names, variables) into Coq identifiers,
 * deterministically: every character outside {@code [A-Za-z0-9_]} becomes {@code _}, runs of
 * {@code _} collapse, a leading digit gets a prefix, and a name Coq already uses (or one taken
 * earlier in the file) gets a numeric suffix. The same spec always gives the same names.
 */
final class CoqNames {
  /** Names the generated file or the standard library it imports rely on. */
  private static final Set<String> RESERVED = Set.of("S", "O", "Z", "Q", "nat", "Prop", "Set",
      "Type", "max", "forall", "fun", "match", "with", "end", "as", "in", "let", "if", "then",
      "else", "return", "Definition", "Theorem", "Lemma", "Section", "End", "Fixpoint", "Proof",
      "Qed", "k", "IH", "H", "C", "_");

  private final Set<String> taken = new HashSet<>();
  private final Map<String, String> given = new HashMap<>();

  /** The identifier for {@code key}, created from {@code name} the first time it is asked for. */
  String of(String key, String name) {
    return given.computeIfAbsent(key, k -> fresh(sanitize(name)));
  }

  boolean has(String key) {
    return given.containsKey(key);
  }

  /** The identifier already given to {@code key}. */
  String get(String key) {
    String id = given.get(key);
    if (id == null) {
      throw new IllegalStateException("no Coq name for " + key);
    }
    return id;
  }

  private String fresh(String base) {
    String id = base;
    for (int i = 2; RESERVED.contains(id) || !taken.add(id); i++) {
      id = base + "_" + i;
    }
    return id;
  }

  static String sanitize(String name) {
    String s = name.replaceAll("[^A-Za-z0-9_]", "_").replaceAll("_+", "_");
    s = s.replaceAll("^_+|_+$", "");
    if (s.isEmpty() || Character.isDigit(s.charAt(0))) {
      s = "x_" + s;
    }
    return s;
  }
}
