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
record Domain(List<Assumption> assumptions, List<Growth> growth, Set<String> parameters) {

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
   * Why the point is not admissible, or "" when it is: every assumption touching the point's
   * variables must mention only variables the point assigns, and hold there. (Assumptions over
   * other variables only constrain variables the claim does not mention.)
   */
  String violated(Map<String, BigInteger> point) {
    for (int k = 0; k < assumptions.size(); k++) {
      Assumption a = assumptions.get(k);
      Set<String> vars = new TreeSet<>(a.lhs().variables());
      vars.addAll(a.rhs().variables());
      boolean touches = vars.stream().anyMatch(point::containsKey);
      if (!touches) {
        continue;
      }
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
