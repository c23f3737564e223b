package org.depthcert.fold;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.depthcert.algebra.Assumption;
import org.depthcert.algebra.Decider;
import org.depthcert.algebra.Decision;
import org.depthcert.algebra.Polynomial;
import org.depthcert.expr.FormulaException;
import org.depthcert.expr.FormulaParser;
import org.depthcert.spec.Bounds;
import org.depthcert.spec.GrowthBound;

/**
 * Checks a rule's hypotheses at one application under the spec's assumptions (DESIGN.md section
 * 5, check 5): {@code k <= n} is decided exactly; {@code a <= poly(n)} holds when every variable is
 * bounded by a polynomial in n through the spec's assumptions. A violated hypothesis is reported,
 * never hidden, and never changes the depth: the verdicts say what the lemma would give.
 */
final class SideConditions {
  private static final Pattern POLY = Pattern.compile("(.+)<=\\s*poly\\(n\\)\\s*");

  private final List<Assumption> assumptions;
  private final Bounds bounds;
  private final Set<String> parameters;
  private final Decider decider;

  SideConditions(List<Assumption> assumptions, List<GrowthBound> bounds, Set<String> parameters) {
    this.assumptions = assumptions;
    this.bounds = new Bounds(assumptions, bounds);
    this.parameters = parameters;
    this.decider = new Decider(assumptions);
  }

  /**
   * The outcome depends only on the hypotheses and the bindings (the assumptions are fixed per
   * spec), so each distinct pair is parsed and decided once: on a chain of thousands of nodes of
   * one shape that is once per rule, not once per node (issue #13).
   */
  private final Map<Key, List<SideCondition>> decided = new HashMap<>();

  private record Key(List<String> hypotheses, Map<String, Polynomial> bindings) {}

  List<SideCondition> check(List<String> hypotheses, Map<String, Polynomial> bindings) {
    Key key = new Key(List.copyOf(hypotheses), Map.copyOf(bindings));
    List<SideCondition> known = decided.get(key);
    if (known == null) {
      known = List.copyOf(decide(hypotheses, bindings));
      decided.put(key, known);
    }
    return known;
  }

  private List<SideCondition> decide(List<String> hypotheses, Map<String, Polynomial> bindings) {
    List<SideCondition> result = new ArrayList<>();
    Set<String> known = new TreeSet<>(parameters);
    known.addAll(bindings.keySet());
    known.add("n");
    FormulaParser parser = new FormulaParser(known);
    for (String h : hypotheses) {
      try {
        Matcher m = POLY.matcher(h);
        if (m.matches()) {
          Polynomial lhs = bind(parser.parsePolynomial(m.group(1).trim()), bindings);
          String inst = lhs.ascii() + " <= poly(n)";
          List<String> why = new ArrayList<>();
          boolean ok = bounds.polynomial(lhs, why);
          result.add(new SideCondition(h, inst,
              ok ? SideCondition.Status.DISCHARGED : SideCondition.Status.UNDECIDED,
              ok ? (why.isEmpty() ? "a polynomial in n" : "by " + String.join(", ", why))
                  : "no assumption bounds " + lhs.ascii() + " by a polynomial in n"));
          continue;
        }
        Assumption a = parser.parseAssumption(h);
        Polynomial lhs = bind(a.lhs(), bindings);
        Polynomial rhs = bind(a.rhs(), bindings);
        String inst = lhs.ascii() + " <= " + rhs.ascii();
        Decision d = decider.decide(lhs, rhs);
        switch (d.verdict()) {
          case TIGHT:
          case HOLDS:
            result.add(new SideCondition(h, inst, SideCondition.Status.DISCHARGED,
                assumptions.isEmpty() ? "holds for all values >= 1"
                    : "holds under " + assumptionsText()));
            break;
          case FAILS:
            result.add(new SideCondition(h, inst, SideCondition.Status.VIOLATED,
                "fails at " + d.counterexample().orElseThrow() + " under " + assumptionsText()));
            break;
          default:
            result.add(new SideCondition(h, inst, SideCondition.Status.UNDECIDED,
                "neither proved nor refuted under " + assumptionsText()));
        }
      } catch (FormulaException e) {
        result.add(new SideCondition(h, h, SideCondition.Status.UNDECIDED,
            "cannot be checked here: " + e.getMessage()));
      }
    }
    return result;
  }

  private String assumptionsText() {
    if (assumptions.isEmpty()) {
      return "no assumptions";
    }
    List<String> t = new ArrayList<>();
    assumptions.forEach(a -> t.add(a.text()));
    return String.join(", ", t);
  }

  private static Polynomial bind(Polynomial p, Map<String, Polynomial> bindings) {
    return p.substituteAll(bindings);
  }
}
