package org.depthcert.verifier;

import java.math.BigInteger;
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
    // (a class id with more than 6 digits has no position: its claims are UNDECIDED)
  }

  static String check(At klass, Domain domain, Set<Poly> modelDepth, Poly gadgets) {
    boolean depthKnown = true;
    // exact: a log power times a degree, summed, can exceed any int (issue #9 class 9)
    BigInteger logPower = BigInteger.ZERO;
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
        logPower = logPower.add(BigInteger.valueOf(g.get().logPower())
            .multiply(BigInteger.valueOf(degree)));
      } else {
        depthKnown = false;
      }
    }
    boolean polySize = polynomial(gadgets, domain);
    if (domain.parameters().contains("p")) {
      polySize &= polynomial("p", domain, 0);
    }
    expect(klass.field("constantDepth"), depthKnown && logPower.signum() == 0);
    expect(klass.field("polynomialSize"), polySize);
    String id = depthKnown && polySize ? "TC" + logPower : "none";
    if (!klass.field("id").text().equals(id)) {
      throw klass.field("id").reject("the premises give class " + id + ", not "
          + klass.field("id").text());
    }
    return id;
  }

  private static boolean polynomial(Poly p, Domain domain) {
    boolean all = true;
    for (String v : p.variables()) {
      all &= polynomial(v, domain, 0);
    }
    return all;
  }

  /**
   * {@code size.degreeInN} and {@code size.bound} (issue #9 class 7): the degree in n from every
   * polynomial bound {@code v <= rhs} (v has the least degree of its bounds' right-hand sides),
   * n degree 1, growth O(1) degree 0 and O(n) degree 1; a variable known only as poly(n) or
   * polylog has no number, and then the bound is "poly(n)" with no degreeInN.
   */
  static void checkDegree(At size, Poly gadgets, Poly related, Domain domain) {
    boolean poly = polynomial(gadgets, domain);
    int d = degree(related, domain, 0);
    String bound = !poly ? "not shown poly(n)" : d >= 0 ? "O(n^" + d + ")" : "poly(n)";
    if (!size.field("bound").text().equals(bound)) {
      throw size.field("bound").reject("the gadget count is " + bound);
    }
    Optional<At> degreeInN = size.optional("degreeInN");
    if (poly && d >= 0) {
      if (degreeInN.isEmpty() || degreeInN.get().smallInt() != d) {
        throw new Rejected(size.path() + ".degreeInN", "the gadget count has degree " + d
            + " in n");
      }
    } else if (degreeInN.isPresent()) {
      throw degreeInN.get().reject("no exact degree follows: the size is " + bound);
    }
  }

  private static final int POLY = -1;
  private static final int NONE = -2;

  private static int degree(Poly p, Domain domain, int chain) {
    int best = 0;
    boolean poly = false;
    for (Mono m : p.terms().keySet()) {
      long d = 0;
      for (java.util.Map.Entry<String, Integer> e : m.exponents().entrySet()) {
        int v = variableDegree(e.getKey(), domain, chain);
        if (v == NONE) {
          return NONE;
        }
        if (v == POLY) {
          poly = true;
        } else {
          d += (long) v * e.getValue();
        }
      }
      best = (int) Math.min(Integer.MAX_VALUE, Math.max(best, d));
    }
    return poly ? POLY : best;
  }

  private static int variableDegree(String v, Domain domain, int chain) {
    if (v.equals("n")) {
      return 1;
    }
    int result = NONE;
    for (Domain.Growth g : domain.growth()) {
      if (g.variable().equals(v)) {
        int d = g.kind().equals("constant") ? 0 : g.kind().equals("linear") ? 1 : POLY;
        result = better(result, d);
      }
    }
    if (chain < 8) {
      Poly alone = Poly.monomial(Mono.of(v, 1), BigFraction.ONE);
      for (Domain.Assumption a : domain.assumptions()) {
        if (a.lhs().equals(alone) && !a.rhs().variables().contains(v)) {
          result = better(result, degree(a.rhs(), domain, chain + 1));
        }
      }
    }
    return result;
  }

  private static int better(int a, int b) {
    return a >= 0 && b >= 0 ? Math.min(a, b) : Math.max(a, b);
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
   * The gadget count with every relation d = h*e (one monomial, coefficient 1) applied: each
   * h*e inside a monomial reads as d, as the engine counts the size degree.
   */
  static Poly related(Poly gadgets, Map<String, Poly> relations) {
    Poly p = gadgets;
    for (Map.Entry<String, Poly> r : relations.entrySet()) {
      p = foldRelation(p, r.getKey(), r.getValue());
    }
    return p;
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
}
