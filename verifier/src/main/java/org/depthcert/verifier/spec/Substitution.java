package org.depthcert.verifier.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.numbers.fraction.BigFraction;
import org.depthcert.verifier.MaxTerm;
import org.depthcert.verifier.Mono;
import org.depthcert.verifier.Poly;

/**
 * Simultaneous substitution of variables by polynomials. Simultaneous, not one variable after
 * another: with bindings {a -> k, k -> d}, {@code a*k} becomes {@code k*d}, never {@code d^2}.
 */
final class Substitution {
  private Substitution() {}

  static Poly apply(Poly p, Map<String, Poly> bindings) {
    Poly result = Poly.ZERO;
    for (Map.Entry<Mono, BigFraction> t : p.terms().entrySet()) {
      Poly term = Poly.constant(t.getValue());
      for (Map.Entry<String, Integer> e : t.getKey().exponents().entrySet()) {
        Poly value = bindings.getOrDefault(e.getKey(), Poly.variable(e.getKey()));
        for (int i = 0; i < e.getValue(); i++) {
          term = term.times(value);
        }
      }
      result = result.plus(term);
    }
    return result;
  }

  static Set<Poly> apply(Set<Poly> depth, Map<String, Poly> bindings) {
    List<Poly> terms = new ArrayList<>();
    depth.forEach(t -> terms.add(apply(t, bindings)));
    return MaxTerm.normalise(terms);
  }
}
