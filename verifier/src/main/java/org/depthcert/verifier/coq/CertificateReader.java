package org.depthcert.verifier.coq;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.commons.numbers.fraction.BigFraction;
import org.depthcert.verifier.AsciiForm;
import org.depthcert.verifier.Poly;

/**
 * Reads a certificate the verifier has accepted: its witnesses (and the nodes' notes, for
 * comments). Structure is not re-checked here: the verifier has already refused anything
 * malformed.
 */
final class CertificateReader {
  private CertificateReader() {}

  /** The nodes' notes, {@code block.node} to text: comments for people, never statements. */
  static Map<String, String> notes(JsonNode root) {
    Map<String, String> notes = new LinkedHashMap<>();
    for (JsonNode b : root.path("blocks")) {
      for (JsonNode n : b.path("nodes")) {
        notes.put(b.path("name").asText() + "." + n.path("name").asText(),
            n.path("note").asText());
      }
    }
    return notes;
  }

  /** The certificate's witnesses: arrivals, attainment, closed forms, claim witnesses. */
  static Witnesses witnesses(JsonNode root) {
    Map<String, Map<String, List<Poly>>> arrivals = new LinkedHashMap<>();
    Map<String, Map<String, List<Witnesses.Attained>>> attained = new LinkedHashMap<>();
    for (JsonNode b : root.path("blocks")) {
      Map<String, List<Poly>> arr = new LinkedHashMap<>();
      Map<String, List<Witnesses.Attained>> att = new LinkedHashMap<>();
      for (JsonNode n : b.path("nodes")) {
        String name = n.path("name").asText();
        arr.put(name, depth(n.path("arrival")));
        List<Poly> local = depth(n.path("local"));
        List<Witnesses.Attained> ways = new ArrayList<>();
        // the i-th witness is of the i-th arrival term; its terms are positions (format "2")
        for (int i = 0; i < n.path("attainedBy").size(); i++) {
          JsonNode a = n.path("attainedBy").get(i);
          String input = a.path("input").asText();
          List<Poly> from = arr.getOrDefault(input, List.of(Poly.ZERO));
          ways.add(new Witnesses.Attained(arr.get(name).get(i), input,
              from.get(a.path("inputTerm").asInt()), local.get(a.path("localTerm").asInt())));
        }
        att.put(name, ways);
      }
      arrivals.put(b.path("name").asText(), arr);
      attained.put(b.path("name").asText(), att);
    }
    Map<String, Witnesses.ClaimWitness> claims = new LinkedHashMap<>();
    for (JsonNode c : root.path("claims")) {
      List<Witnesses.Bound> bounds = new ArrayList<>();
      for (JsonNode w : c.path("certificates")) {
        List<BigFraction> lambdas = new ArrayList<>();
        w.path("lambdas").forEach(l -> lambdas.add(rational(l.asText())));
        List<Witnesses.Multiplier> multipliers = new ArrayList<>();
        for (JsonNode m : w.path("multipliers")) {
          multipliers.add(new Witnesses.Multiplier(m.path("assumption").asInt(),
              poly(m.path("cofactor")).terms().firstKey(), rational(m.path("value").asText())));
        }
        bounds.add(new Witnesses.Bound(poly(w.path("term")), lambdas, multipliers));
      }
      Optional<Map<String, BigInteger>> point = Optional.empty();
      if (c.has("counterexample")) {
        Map<String, BigInteger> values = new TreeMap<>();
        c.path("counterexample").properties()
            .forEach(e -> values.put(e.getKey(), e.getValue().bigIntegerValue()));
        point = Optional.of(values);
      }
      String verdict = c.has("depthVerdict") ? c.path("depthVerdict").asText() : "";
      List<Poly> weighted = c.has("stated") ? depth(c.path("stated")) : List.of();
      claims.put(c.path("id").asText(), new Witnesses.ClaimWitness(verdict, weighted, bounds,
          point,
          c.has("holdsIf") ? Optional.of(c.path("holdsIf").asText()) : Optional.empty()));
    }
    return new Witnesses(arrivals, attained, depth(root.path("model").path("depth")),
        poly(root.path("size").path("gadgets")), claims);
  }

  /** A depth term's text, {@code p} or {@code max(p1, p2, ...)}: its terms in written order. */
  static List<Poly> depth(JsonNode term) {
    String text = term.asText();
    List<Poly> out = new ArrayList<>();
    for (String p : text.startsWith("max(") && text.endsWith(")")
        ? text.substring(4, text.length() - 1).split(", ", -1) : new String[] {text}) {
      out.add(poly(p));
    }
    return out;
  }

  static Poly poly(JsonNode p) {
    return poly(p.asText());
  }

  private static Poly poly(String text) {
    return AsciiForm.polynomial(text).orElseThrow(() -> new IllegalStateException(
        "an accepted certificate has only canonical polynomials: " + text));
  }

  private static BigFraction rational(String text) {
    int slash = text.indexOf('/');
    return slash < 0 ? BigFraction.of(new BigInteger(text))
        : BigFraction.of(new BigInteger(text.substring(0, slash)),
            new BigInteger(text.substring(slash + 1)));
  }
}
