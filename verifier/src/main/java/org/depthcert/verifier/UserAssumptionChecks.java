package org.depthcert.verifier;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Checks what a certificate assumes beyond the seed paper's lemmas. Every depth constant the
 * certificate's depths use is built in (Lemmas 3.4, 3.6, 3.7, 5.1), declared by the spec
 * ({@code spec.constants}, like d_g), or a user assumption from a lemma file
 * ({@code userAssumptions}, like d_log, with its text and the file's SHA-256); likewise every
 * gadget kind a size counts. Each user assumption is used, stated once, and is among the class
 * conclusion's premises, so no reader can miss it.
 */
final class UserAssumptionChecks {
  /** The seed paper's depth constants and gadget kinds, which need no declaration. */
  private static final Set<String> BUILT_IN_CONSTANTS =
      Set.of("d_std", "d_sum", "d_prod", "d_exp", "d_trig", "d_sqrt");
  private static final Set<String> BUILT_IN_KINDS =
      Set.of("std", "sum", "prod", "exp", "trig", "sqrt");
  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

  private UserAssumptionChecks() {}

  static void check(At root) {
    Set<String> specConstants = new TreeSet<>();
    for (At c : root.field("spec").field("constants").elements()) {
      specConstants.add(c.text());
    }
    Map<String, At> constants = new TreeMap<>();
    Map<String, At> kinds = new TreeMap<>();
    List<String> premises = root.field("class").field("premises").elements().stream()
        .map(At::text).toList();
    for (At a : root.field("userAssumptions").elements()) {
      String kind = a.field("kind").text();
      String name = a.field("name").text();
      Map<String, At> into;
      if (kind.equals("constant")) {
        if (BUILT_IN_CONSTANTS.contains(name) || specConstants.contains(name)
            || !Names.isDepthConstant(name)) {
          throw a.field("name").reject("not a new depth constant");
        }
        into = constants;
      } else if (kind.equals("gadget")) {
        if (BUILT_IN_KINDS.contains(name)) {
          throw a.field("name").reject("a built-in gadget kind is not an assumption");
        }
        into = kinds;
      } else {
        throw a.field("kind").reject("a user assumption is a 'constant' or a 'gadget'");
      }
      if (into.put(name, a) != null) {
        throw a.field("name").reject("assumed twice");
      }
      if (!SHA256.matcher(a.field("sha256").text()).matches()) {
        throw a.field("sha256").reject("not a SHA-256 in lowercase hex");
      }
      String premise = "assumed in " + a.field("file").text() + ":" + a.field("line").smallInt()
          + ": " + a.field("text").text();
      if (!premises.contains(premise)) {
        throw a.field("text").reject("the class conclusion does not list this assumption");
      }
    }
    Set<String> usedConstants = new TreeSet<>();
    Set<String> usedKinds = new TreeSet<>();
    for (At b : root.field("blocks").elements()) {
      if (b.field("opaque").bool()) {
        continue;
      }
      for (At n : b.field("nodes").elements()) {
        At local = n.field("local");
        for (Poly t : Terms.depth(local)) {
          for (String v : t.variables()) {
            if (Names.isDepthConstant(v) && !BUILT_IN_CONSTANTS.contains(v)
                && !specConstants.contains(v)) {
              if (!constants.containsKey(v)) {
                throw local.reject("depth constant " + v + " is neither built in, declared by "
                    + "the spec, nor a user assumption");
              }
              usedConstants.add(v);
            }
          }
        }
        for (String k : n.field("size").members().keySet()) {
          if (!BUILT_IN_KINDS.contains(k)) {
            if (!kinds.containsKey(k)) {
              throw n.field("size").reject("gadget kind " + k + " is neither built in nor a "
                  + "user assumption");
            }
            usedKinds.add(k);
          }
        }
      }
    }
    unused(constants, usedConstants);
    unused(kinds, usedKinds);
  }

  private static void unused(Map<String, At> assumed, Set<String> used) {
    for (Map.Entry<String, At> e : assumed.entrySet()) {
      if (!used.contains(e.getKey())) {
        throw e.getValue().field("name").reject("assumed but used by no node");
      }
    }
  }
}
