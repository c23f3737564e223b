package org.depthcert.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.numbers.fraction.BigFraction;
import org.depthcert.algebra.Monomial;
import org.depthcert.algebra.Polynomial;
import org.depthcert.algebra.Rationals;
import org.depthcert.cert.Json;

/**
 * The slack of a holding claim whose computed depth is a max: the certificate has one slack only
 * when both sides are single terms, so for {@code max(t_1, ..., t_k) <= S} the report shows
 * {@code S - t_i} for each term, in exact arithmetic from the certificate's monomials. Each is
 * non-negative on the domain (that is what HOLDS certifies), though a coefficient may be
 * negative.
 */
final class TermSlacks {
  private TermSlacks() {}

  /**
   * {@code [{term, slack}]} (JSON polynomials) for a TIGHT or HOLDS claim with a single stated
   * term and a computed max; empty otherwise.
   */
  static List<Map<String, JsonNode>> of(JsonNode claim) {
    String verdict = claim.path("depthVerdict").asText(claim.path("verdict").asText());
    JsonNode stated = claim.has("stated") ? Markup.expandedTerm(claim.path("stated")).path("max")
        : claim.path("stated");
    JsonNode computed = Markup.expandedTerm(claim.path("computed")).path("max");
    List<Map<String, JsonNode>> out = new ArrayList<>();
    if (!(verdict.equals("HOLDS") || verdict.equals("TIGHT")) || stated.size() != 1
        || computed.size() < 2) {
      return out;
    }
    Polynomial s = polynomial(stated.get(0));
    for (JsonNode t : computed) {
      Map<String, JsonNode> m = new LinkedHashMap<>();
      m.put("term", t);
      m.put("slack", Json.polynomial(s.minus(polynomial(t))));
      out.add(m);
    }
    return out;
  }

  static Polynomial polynomial(JsonNode p) {
    Map<Monomial, BigFraction> coefficients = new LinkedHashMap<>();
    for (JsonNode m : p.path("monomials")) {
      Map<String, Integer> exponents = new LinkedHashMap<>();
      m.path("exponents").properties().forEach(e -> exponents.put(e.getKey(),
          e.getValue().asInt()));
      coefficients.merge(Monomial.of(exponents), Rationals.parse(m.path("coefficient").asText()),
          BigFraction::add);
    }
    return Polynomial.of(coefficients);
  }
}
