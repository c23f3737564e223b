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
import org.depthcert.verifier.Mono;
import org.depthcert.verifier.Poly;

/**
 * Reads a certificate the verifier has accepted: its witnesses, and (until the verifier's own
 * spec reader supplies it) the problem it records. Structure is not re-checked here: the
 * verifier has already refused anything malformed.
 */
final class CertificateReader {
  private CertificateReader() {}

  /** The problem as the certificate records it (the fallback when no spec reading is given). */
  static Problem problem(JsonNode root) {
    JsonNode spec = root.path("spec");
    List<Problem.Parameter> parameters = new ArrayList<>();
    for (JsonNode p : root.path("parameters")) {
      parameters.add(new Problem.Parameter(p.path("name").asText(), p.path("meaning").asText()));
    }
    List<String> constants = new ArrayList<>();
    root.path("constants").forEach(c -> constants.add(c.asText()));
    List<Problem.Assumption> assumptions = new ArrayList<>();
    for (JsonNode a : root.path("assumptions")) {
      assumptions.add(new Problem.Assumption(a.path("text").asText(), poly(a.path("lhs")),
          poly(a.path("rhs"))));
    }
    List<Problem.Block> blocks = new ArrayList<>();
    for (JsonNode b : root.path("blocks")) {
      String name = b.path("name").asText();
      if (b.path("opaque").asBoolean()) {
        blocks.add(new Problem.Block(name, b.path("title").asText(),
            Optional.of(depth(b.path("depth"))), List.of(), List.of(), ""));
        continue;
      }
      List<String> inputs = new ArrayList<>();
      b.path("inputs").forEach(i -> inputs.add(i.path("name").asText()));
      List<Problem.Node> nodes = new ArrayList<>();
      for (JsonNode n : b.path("nodes")) {
        List<String> ins = new ArrayList<>();
        n.path("inputs").forEach(i -> ins.add(i.asText()));
        Map<String, Poly> size = new TreeMap<>();
        n.path("size").properties().forEach(e -> size.put(e.getKey(), poly(e.getValue())));
        nodes.add(new Problem.Node(n.path("name").asText(), n.path("op").asText(),
            n.path("rule").asText(), n.path("lemma").asText(), n.path("note").asText(), ins,
            depth(n.path("local")), size));
      }
      blocks.add(new Problem.Block(name, b.path("title").asText(), Optional.empty(), inputs,
          nodes, b.path("output").asText()));
    }
    List<Problem.Rule> rules = new ArrayList<>();
    for (JsonNode r : root.path("rules")) {
      for (JsonNode op : r.path("ops")) {
        rules.add(new Problem.Rule(op.asText(), r.path("id").asText(), r.path("number").asText(),
            r.path("title").asText(), depth(r.path("depth"))));
      }
    }
    List<Problem.Claim> claims = new ArrayList<>();
    for (JsonNode c : root.path("claims")) {
      claims.add(new Problem.Claim(c.path("id").asText(), c.path("subject").asText(),
          c.has("stated") ? Optional.of(depth(c.path("stated"))) : Optional.empty(),
          c.path("source").asText(),
          c.has("claimedClass") ? Optional.of(c.path("claimedClass").asText())
              : Optional.empty()));
    }
    return new Problem(spec.path("title").asText(), spec.path("source").asText(),
        spec.path("file").asText(), parameters, constants, assumptions, blocks,
        items(root.path("model").path("items")), rules, claims);
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
        List<Witnesses.Attained> ways = new ArrayList<>();
        for (JsonNode a : n.path("attainedBy")) {
          ways.add(new Witnesses.Attained(poly(a.path("term")), a.path("input").asText(),
              poly(a.path("inputTerm")), poly(a.path("localTerm"))));
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
      claims.put(c.path("id").asText(), new Witnesses.ClaimWitness(verdict, bounds, point,
          c.has("holdsIf") ? Optional.of(c.path("holdsIf").asText()) : Optional.empty()));
    }
    return new Witnesses(arrivals, attained, depth(root.path("model").path("depth")),
        poly(root.path("size").path("gadgets")), claims);
  }

  private static List<Problem.Item> items(JsonNode items) {
    List<Problem.Item> out = new ArrayList<>();
    for (JsonNode item : items) {
      if (item.has("block")) {
        out.add(new Problem.BlockItem(item.path("block").asText()));
      } else {
        out.add(new Problem.Repeat(poly(item.path("repeat")), items(item.path("body"))));
      }
    }
    return out;
  }

  static List<Poly> depth(JsonNode term) {
    List<Poly> out = new ArrayList<>();
    term.path("max").forEach(p -> out.add(poly(p)));
    return out;
  }

  static Poly poly(JsonNode p) {
    Poly sum = Poly.ZERO;
    for (JsonNode m : p.path("monomials")) {
      TreeMap<String, Integer> exponents = new TreeMap<>();
      m.path("exponents").properties()
          .forEach(e -> exponents.put(e.getKey(), e.getValue().asInt()));
      sum = sum.plus(Poly.monomial(new Mono(exponents), rational(m.path("coefficient").asText())));
    }
    return sum;
  }

  private static BigFraction rational(String text) {
    int slash = text.indexOf('/');
    return slash < 0 ? BigFraction.of(new BigInteger(text))
        : BigFraction.of(new BigInteger(text.substring(0, slash)),
            new BigInteger(text.substring(slash + 1)));
  }
}
