package org.depthcert.rules;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The loaded lemma catalog: every rule, by the ops it defines, with the SHA-256 of its files. */
public final class Catalog {
  private final List<Rule> rules;
  private final Map<String, Rule> byOp;
  private final String sha256;

  Catalog(List<Rule> rules, String sha256) {
    this.rules = List.copyOf(rules);
    TreeMap<String, Rule> ops = new TreeMap<>();
    for (Rule r : rules) {
      for (String op : r.ops()) {
        ops.put(op, r);
      }
    }
    this.byOp = Collections.unmodifiableMap(ops);
    this.sha256 = sha256;
  }

  public List<Rule> rules() {
    return rules;
  }

  public Optional<Rule> forOp(String op) {
    return Optional.ofNullable(byOp.get(op));
  }

  public java.util.Set<String> ops() {
    return byOp.keySet();
  }

  public String sha256() {
    return sha256;
  }
}
