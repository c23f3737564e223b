package org.depthcert.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.depthcert.algebra.Assumption;
import org.depthcert.algebra.Polynomial;
import org.depthcert.algebra.Symbols;
import org.depthcert.fold.Folded;
import org.depthcert.spec.Bounds;
import org.depthcert.spec.GrowthBound;
import org.depthcert.spec.Parameter;
import org.depthcert.spec.Spec;

/**
 * Draws the class conclusion (DESIGN.md section 3, "classify"): the depth of the model is a
 * polynomial in structural parameters times constants; if each structural parameter is O(1) the
 * depth is constant, if one is O(log^k n) the depth is O(log^(k*deg) n). Every gadget is a
 * poly(n)-size DLOGTIME-uniform threshold circuit by the catalog's lemmas when p <= poly(n), so a
 * poly(n) gadget count gives poly(n) size. Constant depth and poly size give uniform TC^0.
 */
public final class Classifier {
  private Classifier() {}

  public static ClassConclusion classify(Folded folded) {
    Spec spec = folded.spec();
    List<String> premises = new ArrayList<>();
    Polynomial gadgets = Polynomial.ZERO;
    for (Polynomial p : folded.model().size().values()) {
      gadgets = gadgets.plus(p);
    }
    // Depth: which structural parameters does it grow with, and how fast?
    int logPower = 0;
    boolean depthKnown = true;
    for (String v : folded.model().depth().variables()) {
      if (Symbols.isDepthConstant(v)) {
        continue;
      }
      Optional<GrowthBound> g = growth(spec, v);
      int degree = 0;
      for (Polynomial t : folded.model().depth().terms()) {
        degree = Math.max(degree, t.degreeIn(v));
      }
      if (g.isEmpty()) {
        premises.add("depth grows with " + v + ", which has no declared growth");
        depthKnown = false;
      } else if (g.get().kind() == GrowthBound.Kind.CONSTANT) {
        premises.add("depth is constant in " + v + " because " + g.get().text());
      } else if (g.get().kind() == GrowthBound.Kind.POLYLOG) {
        logPower += g.get().logPower() * degree;
        premises.add("depth is O(log^" + g.get().logPower() * degree + " n) in " + v
            + " because " + g.get().text());
      } else {
        premises.add("depth grows polynomially with " + v + " (" + g.get().text()
            + "): no constant or polylog depth");
        depthKnown = false;
      }
    }
    premises.add(0, "every depth constant (d_std, d_sum, ...) is a constant by its lemma");
    int at = 1;
    for (org.depthcert.rules.Declaration d : UserAssumptions.used(folded)) {
      premises.add(at++, "assumed in " + d.file() + ":" + d.line() + ": " + d.text());
    }
    boolean constantDepth = depthKnown && logPower == 0;
    List<String> why = new ArrayList<>();
    Bounds bounds = new Bounds(spec.assumptions(), spec.growthBounds());
    Polynomial sizeVars = Polynomial.ZERO;
    for (Polynomial p : folded.model().size().values()) {
      sizeVars = sizeVars.plus(p);
    }
    boolean polySize = bounds.polynomial(sizeVars, why);
    boolean precision = spec.parameters().stream().noneMatch(p -> p.name().equals("p"))
        || bounds.polynomial(Polynomial.variable("p"), why);
    int degree = sizeDegree(spec, gadgets);
    if (polySize && precision) {
      premises.add("size: " + gadgets.ascii() + " gadgets, O(n^" + degree + ") under "
          + String.join(", ", why) + "; each gadget is a poly(n)-size uniform threshold circuit "
          + "(Lemmas 3.4, 3.6, 3.7, 5.1 for p <= poly(n))");
    } else {
      premises.add("size: " + gadgets.ascii() + " gadgets, not shown to be poly(n)"
          + (precision ? "" : " (no assumption p <= poly(n))"));
    }
    Optional<ComplexityClass> cls = depthKnown && polySize && precision
        ? Optional.of(new ComplexityClass("TC", logPower)) : Optional.empty();
    String statement = cls.map(c -> "uniform " + c.display() + " under "
        + String.join(", ", assumptionTexts(spec)))
        .orElse("no class follows: " + (depthKnown ? "size not shown poly(n)"
            : "depth not shown constant or polylog"));
    return new ClassConclusion(cls, constantDepth, polySize && precision, gadgets, degree,
        List.copyOf(premises), statement);
  }

  private static Optional<GrowthBound> growth(Spec spec, String v) {
    return spec.growthBounds().stream().filter(g -> g.variable().equals(v)).findFirst();
  }

  private static List<String> assumptionTexts(Spec spec) {
    List<String> t = new ArrayList<>();
    for (Parameter p : spec.parameters()) {
      p.assume().ifPresent(t::add);
      p.growth().ifPresent(g -> t.add(p.name() + " = " + g));
    }
    return t;
  }

  /**
   * Degree in n of the gadget count: size parameters assumed {@code <= n} become n, structural
   * parameters (O(1) or polylog) count as constants. A relation {@code d = h*e} first turns every
   * {@code h*e} back into {@code d}, so that {@code e*h*n^2} counts as {@code d n^2} (degree 3
   * with d <= n) rather than degree 4 through h <= n and e <= n; both are upper bounds.
   */
  static int sizeDegree(Spec spec, Polynomial gadgets) {
    Polynomial p = gadgets;
    for (java.util.Map.Entry<String, Polynomial> r : spec.relations().entrySet()) {
      p = foldRelation(p, r.getKey(), r.getValue());
    }
    for (String v : gadgets.variables()) {
      if (v.equals("n")) {
        continue;
      }
      boolean boundedByN = false;
      for (Assumption a : spec.assumptions()) {
        boundedByN |= a.lhs().equals(Polynomial.variable(v))
            && a.rhs().equals(Polynomial.variable("n"));
      }
      p = p.substitute(v, boundedByN ? Polynomial.variable("n") : Polynomial.ONE);
    }
    return p.degreeIn("n");
  }

  /**
   * Replaces each product {@code rhs} inside the monomials of {@code p} by {@code name}, where
   * {@code name = rhs} is a relation whose right side is one monomial with coefficient 1 (the
   * equality makes this exact); other relations leave {@code p} as it is.
   */
  static Polynomial foldRelation(Polynomial p, String name, Polynomial rhs) {
    if (rhs.terms().size() != 1
        || !rhs.terms().values().iterator().next().equals(
            org.apache.commons.numbers.fraction.BigFraction.ONE)) {
      return p;
    }
    java.util.Map<String, Integer> m = rhs.terms().firstKey().exponents();
    if (m.isEmpty()) {
      return p;
    }
    java.util.TreeMap<org.depthcert.algebra.Monomial,
        org.apache.commons.numbers.fraction.BigFraction> out = new java.util.TreeMap<>();
    p.terms().forEach((mono, coefficient) -> {
      int times = Integer.MAX_VALUE;
      for (java.util.Map.Entry<String, Integer> v : m.entrySet()) {
        times = Math.min(times, mono.exponent(v.getKey()) / v.getValue());
      }
      java.util.Map<String, Integer> e = new java.util.TreeMap<>(mono.exponents());
      for (java.util.Map.Entry<String, Integer> v : m.entrySet()) {
        int left = e.get(v.getKey()) == null ? 0 : e.get(v.getKey()) - times * v.getValue();
        if (left == 0) {
          e.remove(v.getKey());
        } else {
          e.put(v.getKey(), left);
        }
      }
      if (times > 0) {
        e.merge(name, times, Integer::sum);
      }
      out.merge(org.depthcert.algebra.Monomial.of(e), coefficient,
          org.apache.commons.numbers.fraction.BigFraction::add);
    });
    return Polynomial.of(out);
  }
}
