package org.depthcert.verifier;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * The tamper test of issue 5: every number a certificate asserts (each coefficient and exponent
 * of every polynomial, depth term and size, each lambda, each multiplier's value and assumption
 * index, each counterexample value, the size degree and the growth log powers) is changed by +1,
 * one at a time, and the mutant is handed to the verifier.
 *
 * <p>Classification. A mutant is <em>equivalent</em> (does not change what the certificate
 * asserts) only when it changes a witness and the witness still proves the same verdict:
 * a counterexample point that is still admissible and still violates the bound, checked here by
 * the test's own evaluation ({@link #stillACounterexample}), not by the verifier. Every other
 * mutant changes an asserted depth, size, verdict, premise or witness and must be rejected. A
 * witness mutant that the verifier accepts and the oracle does not confirm counts as missed.
 */
public final class Tamper {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** What one run found. {@code missed} lists accepted mutants that change meaning. */
  public record Tally(String name, int tried, int rejected, int equivalent, List<String> missed) {
    @Override
    public String toString() {
      return name + ": " + tried + " mutants tried, " + rejected + " rejected, " + equivalent
          + " equivalent (still-valid counterexamples), " + missed.size() + " missed";
    }
  }

  private record Site(JsonPointer pointer, boolean rational, boolean counterexample) {}

  private Tamper() {}

  public static Tally run(String name, byte[] certificate) {
    JsonNode original = read(certificate);
    List<Site> sites = new ArrayList<>();
    collect(original, JsonPointer.empty(), "", sites);
    int rejected = 0;
    int equivalent = 0;
    List<String> missed = new ArrayList<>();
    for (Site s : sites) {
      // Mutate in place and restore afterwards: copying the whole tree per mutant costs more
      // than verifying it.
      JsonNode before = original.at(s.pointer());
      String label = set(original, s, mutated(before, s));
      Outcome o;
      try {
        o = Verifier.verify(original, Optional.empty());
      } catch (UnreadableCertificate e) {
        o = Outcome.reject("$", e.getMessage(), false);
      }
      if (!o.accepted()) {
        rejected++;
      } else if (s.counterexample() && stillACounterexample(original, s.pointer())) {
        equivalent++;
      } else {
        missed.add(label);
      }
      set(original, s, before);
    }
    return new Tally(name, sites.size(), rejected, equivalent, List.copyOf(missed));
  }

  static JsonNode read(byte[] bytes) {
    try {
      return JSON.readTree(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every asserted number, found by field name. */
  private static void collect(JsonNode n, JsonPointer at, String key, List<Site> sites) {
    if (n.isObject()) {
      for (Map.Entry<String, JsonNode> e : n.properties()) {
        String k = e.getKey();
        JsonPointer p = at.appendProperty(k);
        JsonNode v = e.getValue();
        if (k.equals("coefficient") || k.equals("value")) {
          sites.add(new Site(p, true, false));
        } else if (key.equals("exponents") || k.equals("assumption") || k.equals("degreeInN")
            || k.equals("logPower")) {
          sites.add(new Site(p, false, false));
        } else if (key.equals("counterexample")) {
          sites.add(new Site(p, false, true));
        } else if (k.equals("lambdas")) {
          for (int i = 0; i < v.size(); i++) {
            sites.add(new Site(p.appendIndex(i), true, false));
          }
        } else {
          collect(v, p, k, sites);
        }
      }
    } else if (n.isArray()) {
      for (int i = 0; i < n.size(); i++) {
        collect(n.get(i), at.appendIndex(i), key, sites);
      }
    }
  }

  /** The number one larger: {@code c + 1} for a rational string, {@code v + 1} for an integer. */
  private static JsonNode mutated(JsonNode old, Site s) {
    if (s.rational()) {
      BigFraction c = Rationals.parse(old.textValue()).orElseThrow().add(BigFraction.ONE);
      return JSON.getNodeFactory().textNode(Rationals.text(c));
    }
    return JSON.getNodeFactory().numberNode(old.bigIntegerValue().add(BigInteger.ONE));
  }

  private static String set(JsonNode root, Site s, JsonNode value) {
    JsonNode parent = root.at(s.pointer().head());
    JsonNode old = root.at(s.pointer());
    if (parent.isArray()) {
      ((ArrayNode) parent).set(s.pointer().last().getMatchingIndex(), value);
    } else {
      ((ObjectNode) parent).set(s.pointer().last().getMatchingProperty(), value);
    }
    return s.pointer() + ": " + old + " -> " + value;
  }

  /**
   * The oracle for counterexample mutants, independent of the verifier's code: every value an
   * integer >= 1, every assumption over the point's variables true, computed > stated there.
   */
  static boolean stillACounterexample(JsonNode root, JsonPointer valuePointer) {
    JsonNode claim = root.at(valuePointer.head().head());
    Map<String, BigInteger> point = new TreeMap<>();
    for (Map.Entry<String, JsonNode> e : claim.get("counterexample").properties()) {
      point.put(e.getKey(), e.getValue().bigIntegerValue());
      if (e.getValue().bigIntegerValue().signum() <= 0) {
        return false;
      }
    }
    for (JsonNode a : root.get("assumptions")) {
      Optional<BigFraction> lhs = evaluate(a.get("lhs"), point);
      Optional<BigFraction> rhs = evaluate(a.get("rhs"), point);
      if (lhs.isPresent() && rhs.isPresent() && lhs.get().compareTo(rhs.get()) > 0) {
        return false;
      }
    }
    Optional<BigFraction> computed = max(claim.get("computed"), point);
    Optional<BigFraction> stated = max(claim.get("stated"), point);
    return computed.isPresent() && stated.isPresent()
        && computed.get().compareTo(stated.get()) > 0;
  }

  private static Optional<BigFraction> max(JsonNode term, Map<String, BigInteger> point) {
    Optional<BigFraction> best = Optional.empty();
    for (JsonNode p : term.get("max")) {
      Optional<BigFraction> v = evaluate(p, point);
      if (v.isEmpty()) {
        return v;
      }
      if (best.isEmpty() || v.get().compareTo(best.get()) > 0) {
        best = v;
      }
    }
    return best;
  }

  /** The value of a polynomial at the point, empty when the point misses one of its variables. */
  private static Optional<BigFraction> evaluate(JsonNode polynomial, Map<String, BigInteger> point) {
    BigFraction sum = BigFraction.ZERO;
    for (JsonNode m : polynomial.get("monomials")) {
      BigFraction term = Rationals.parse(m.get("coefficient").textValue()).orElseThrow();
      for (Map.Entry<String, JsonNode> e : m.get("exponents").properties()) {
        BigInteger x = point.get(e.getKey());
        if (x == null) {
          return Optional.empty();
        }
        term = term.multiply(BigFraction.of(x.pow(e.getValue().intValue())));
      }
      sum = sum.add(term);
    }
    return Optional.of(sum);
  }
}
