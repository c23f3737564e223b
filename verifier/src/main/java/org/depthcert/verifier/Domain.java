package org.depthcert.verifier;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Where the variables live: every variable an integer >= 1 and every declared assumption
 * {@code lhs <= rhs} true; plus the growth bounds and parameter names the class conclusion uses.
 */
record Domain(List<Assumption> assumptions, List<Growth> growth, Set<String> parameters,
    Map<String, BigInteger> witness) {

  record Assumption(Poly lhs, Poly rhs) {
    Poly gap() {
      return rhs.minus(lhs);
    }
  }

  record Growth(String variable, String kind, int logPower) {}

  static List<Assumption> readAssumptions(At at) {
    List<Assumption> out = new ArrayList<>();
    for (At a : at.elements()) {
      out.add(new Assumption(Terms.polynomial(a.field("lhs")), Terms.polynomial(a.field("rhs"))));
    }
    return out;
  }

  static List<Growth> readGrowth(At at) {
    List<Growth> out = new ArrayList<>();
    for (At g : at.elements()) {
      String kind = g.field("kind").text();
      if (!List.of("constant", "polylog", "linear", "polynomial").contains(kind)) {
        throw g.field("kind").reject("unknown growth kind '" + kind + "'");
      }
      int logPower = g.field("logPower").smallInt();
      if (kind.equals("polylog") ? logPower < 0 : logPower != 0) {
        throw g.field("logPower").reject(kind.equals("polylog") ? "a log power is >= 0"
            : "only a polylog bound has a log power (0 here)");
      }
      out.add(new Growth(g.field("variable").text(), kind, logPower));
    }
    return out;
  }

  /** The first growth bound on a variable, as the classification uses it. */
  Optional<Growth> growthOf(String v) {
    return growth.stream().filter(g -> g.variable().equals(v)).findFirst();
  }

  /**
   * Every variable a full point assigns (issue #9 class 3): the parameters, the certificate's
   * constants and every variable of an assumption.
   */
  static Set<String> universe(Set<String> parameters, At constants, List<Assumption> as) {
    Set<String> all = new TreeSet<>(parameters);
    constants.elements().forEach(c -> all.add(c.text()));
    for (Assumption a : as) {
      all.addAll(a.lhs().variables());
      all.addAll(a.rhs().variables());
    }
    return all;
  }

  /**
   * The domain witness: integers >= 1 for every variable of the universe, every assumption
   * true. It shows the assumptions are not contradictory, so no HOLDS is vacuous.
   */
  static Map<String, BigInteger> readWitness(At at, Set<String> universe,
      List<Assumption> assumptions) {
    Map<String, BigInteger> point = Terms.point(at);
    checkFullPoint(at, point, universe, assumptions);
    return point;
  }

  /** A full admissible point: every universe variable an integer >= 1, every assumption true. */
  static void checkFullPoint(At at, Map<String, BigInteger> point, Set<String> universe,
      List<Assumption> assumptions) {
    for (Map.Entry<String, At> e : at.members().entrySet()) {
      if (e.getValue().integer().signum() <= 0) {
        throw e.getValue().reject("every variable is an integer >= 1");
      }
    }
    for (String v : universe) {
      if (!point.containsKey(v)) {
        throw at.reject("the point assigns no value to " + v);
      }
    }
    String why = new Domain(assumptions, List.of(), Set.of(), Map.of()).violated(point);
    if (!why.isEmpty()) {
      throw at.reject(why);
    }
  }

  /**
   * Why the point is not admissible, or "" when it is: it must assign every variable of every
   * assumption, and every assumption must hold there.
   */
  String violated(Map<String, BigInteger> point) {
    for (int k = 0; k < assumptions.size(); k++) {
      Assumption a = assumptions.get(k);
      Set<String> vars = new TreeSet<>(a.lhs().variables());
      vars.addAll(a.rhs().variables());
      if (!point.keySet().containsAll(vars)) {
        return "assumption " + k + " mentions a variable the point does not assign";
      }
      if (a.lhs().evaluate(point).compareTo(a.rhs().evaluate(point)) > 0) {
        return "assumption " + k + " is false at the point";
      }
    }
    return "";
  }
}
