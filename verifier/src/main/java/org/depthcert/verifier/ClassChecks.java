package org.depthcert.verifier;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * Re-derives the class conclusion from its premises: the depth is constant when every variable
 * of the model depth that is not a depth constant has growth {@code constant} (polylog growth
 * gives TC^k with k the log power times the degree); the size is polynomial when every variable
 * of the gadget count is n, has a growth bound, or is bounded through an assumption
 * {@code v <= rhs} by such variables, and so is the precision p when there is one.
 */
final class ClassChecks {
  private static final Pattern CLASS = Pattern.compile("(NC|AC|TC)(\\d{1,6})");

  private ClassChecks() {}

  /** Position in the chain NC^i ⊆ AC^i ⊆ TC^i ⊆ NC^(i+1) (Fact 3.15 of the seed paper). */
  static Optional<Integer> position(String name) {
    Matcher m = CLASS.matcher(name.replace("^", "").replace("{", "").replace("}", "").trim());
    if (!m.matches()) {
      return Optional.empty();
    }
    int family = m.group(1).equals("NC") ? 0 : m.group(1).equals("AC") ? 1 : 2;
    return Optional.of(3 * Integer.parseInt(m.group(2)) + family);
  }

  static String check(At klass, Domain domain, Set<Poly> modelDepth, Poly gadgets) {
    boolean depthKnown = true;
    int logPower = 0;
    Set<String> vars = new TreeSet<>();
    modelDepth.forEach(t -> vars.addAll(t.variables()));
    for (String v : vars) {
      if (Names.isDepthConstant(v)) {
        continue;
      }
      int degree = 0;
      for (Poly t : modelDepth) {
        degree = Math.max(degree, t.degreeIn(v));
      }
      Optional<Domain.Growth> g = domain.growthOf(v);
      if (g.isPresent() && g.get().kind().equals("constant")) {
        continue;
      }
      if (g.isPresent() && g.get().kind().equals("polylog")) {
        logPower += g.get().logPower() * degree;
      } else {
        depthKnown = false;
      }
    }
    boolean polySize = true;
    for (String v : gadgets.variables()) {
      polySize &= polynomial(v, domain, 0);
    }
    if (domain.parameters().contains("p")) {
      polySize &= polynomial("p", domain, 0);
    }
    expect(klass.field("constantDepth"), depthKnown && logPower == 0);
    expect(klass.field("polynomialSize"), polySize);
    String id = depthKnown && polySize ? "TC" + logPower : "none";
    if (!klass.field("id").text().equals(id)) {
      throw klass.field("id").reject("the premises give class " + id + ", not "
          + klass.field("id").text());
    }
    return id;
  }

  private static void expect(At at, boolean value) {
    if (at.bool() != value) {
      throw at.reject("the premises give " + value);
    }
  }

  /** Is variable v at most polynomial in n? Chains of assumptions are followed 8 deep. */
  private static boolean polynomial(String v, Domain domain, int depth) {
    if (v.equals("n") || domain.growthOf(v).isPresent()) {
      return true;
    }
    if (depth > 8) {
      return false;
    }
    for (Domain.Assumption a : domain.assumptions()) {
      if (a.lhs().equals(Poly.monomial(Mono.of(v, 1), BigFraction.ONE))) {
        boolean all = true;
        for (String w : a.rhs().variables()) {
          all &= polynomial(w, domain, depth + 1);
        }
        if (all) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The degree in n of the gadget count: a variable v with an assumption v <= n becomes n,
   * every other variable (structural, O(1) or polylog) counts as a constant. A relation
   * d = h*e (one monomial, coefficient 1) first reads each h*e inside a monomial as d.
   */
  static int sizeDegree(Poly gadgets, List<Domain.Assumption> assumptions,
      Map<String, Poly> relations) {
    Poly p = gadgets;
    for (Map.Entry<String, Poly> r : relations.entrySet()) {
      p = foldRelation(p, r.getKey(), r.getValue());
    }
    return sizeDegree(p, assumptions);
  }

  /** Each product {@code rhs} inside a monomial of {@code p} becomes {@code name}. */
  private static Poly foldRelation(Poly p, String name, Poly rhs) {
    if (rhs.terms().size() != 1 || !rhs.terms().values().iterator().next()
        .equals(BigFraction.ONE) || rhs.terms().firstKey().exponents().isEmpty()) {
      return p;
    }
    Map<String, Integer> m = rhs.terms().firstKey().exponents();
    Poly out = Poly.ZERO;
    for (Map.Entry<Mono, BigFraction> t : p.terms().entrySet()) {
      int times = Integer.MAX_VALUE;
      for (Map.Entry<String, Integer> v : m.entrySet()) {
        times = Math.min(times, t.getKey().exponent(v.getKey()) / v.getValue());
      }
      java.util.TreeMap<String, Integer> e = new java.util.TreeMap<>(t.getKey().exponents());
      for (Map.Entry<String, Integer> v : m.entrySet()) {
        int left = t.getKey().exponent(v.getKey()) - times * v.getValue();
        if (left == 0) {
          e.remove(v.getKey());
        } else {
          e.put(v.getKey(), left);
        }
      }
      if (times > 0) {
        e.merge(name, times, Integer::sum);
      }
      out = out.plus(Poly.monomial(new Mono(e), t.getValue()));
    }
    return out;
  }

  static int sizeDegree(Poly gadgets, List<Domain.Assumption> assumptions) {
    Poly p = gadgets;
    Poly n = Poly.monomial(Mono.of("n", 1), BigFraction.ONE);
    for (String v : gadgets.variables()) {
      if (v.equals("n")) {
        continue;
      }
      boolean boundedByN = false;
      for (Domain.Assumption a : assumptions) {
        boundedByN |= a.lhs().equals(Poly.monomial(Mono.of(v, 1),
            BigFraction.ONE)) && a.rhs().equals(n);
      }
      p = p.substitute(v, boundedByN ? n : Poly.ONE);
    }
    return p.degreeIn("n");
  }
}
