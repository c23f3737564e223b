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
 * one at a time, and the mutant is handed to the verifier. In format "2" a polynomial is a text
 * ({@code 9*d_std + 2*d_exp}): its numbers are the coefficients (an unwritten 1 included: the
 * mutant writes 2) and the exponents (an unwritten 1 becomes {@code ^2}), read and re-written by
 * this class's own small reader ({@link Text}), not the verifier's; the witnesses' term
 * positions ({@code attainedBy[].inputTerm}, {@code localTerm}) are numbers too.
 *
 * <p>Some numbers state the problem rather than a step of its solution, and only the spec can
 * refute a change to them: a claim's or a derived lemma's stated bound raised (the certificates
 * still prove the weaker claim), an assumption weakened ({@code d <= 2*n}), a binding the local
 * depth does not use. Format "1" rejected these mutants only because the mutant's monomial list
 * then disagreed with its ASCII rendering (a check of spelling, not of meaning); format "2"
 * writes each value once. Such a mutant, accepted without the spec, must be rejected with
 * {@code --spec}; it is counted apart, by field.
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
  public record Tally(String name, int tried, int rejected, Map<String, Integer> onlyWithSpec,
      int equivalent, List<String> missed) {
    @Override
    public String toString() {
      int withSpec = onlyWithSpec.values().stream().mapToInt(Integer::intValue).sum();
      return name + ": " + tried + " mutants tried, " + rejected + " rejected (" + withSpec
          + " of them only with --spec: " + onlyWithSpec + "), " + equivalent
          + " equivalent (still-valid counterexamples), " + missed.size() + " missed";
    }
  }

  /** One mutant: the value at {@code pointer} replaced by {@code value}. */
  private record Site(JsonPointer pointer, JsonNode value, boolean counterexample) {
    /** The field a mutant changes, for the tally: {@code stated}, {@code rhs}, {@code bindings}. */
    String field() {
      String p = pointer.toString();
      return p.contains("/bindings/") ? "bindings" : p.replaceAll(".*/([^/0-9][^/]*)(/[0-9]+)*$",
          "$1");
    }
  }

  /** Polynomial and depth-term fields (texts), by name. */
  private static final java.util.Set<String> TERMS = java.util.Set.of("arrival", "local",
      "depth", "stated", "computed", "lhs", "rhs", "equals", "cofactor", "slack", "excess",
      "repeat", "gadgets", "term");

  private Tamper() {}

  /** {@code spec}: the spec the certificate is about, for the mutants only it can reject. */
  public static Tally run(String name, byte[] certificate,
      Optional<Verifier.SpecInput> spec) {
    JsonNode original = read(certificate);
    List<Site> sites = new ArrayList<>();
    collect(original, JsonPointer.empty(), "", sites);
    int rejected = 0;
    Map<String, Integer> onlyWithSpec = new TreeMap<>();
    int equivalent = 0;
    List<String> missed = new ArrayList<>();
    for (Site s : sites) {
      // Mutate in place and restore afterwards: copying the whole tree per mutant costs more
      // than verifying it.
      JsonNode before = original.at(s.pointer());
      String label = set(original, s, s.value());
      Outcome o = verify(original, Optional.empty());
      if (!o.accepted()) {
        rejected++;
      } else if (spec.isPresent() && !verify(original, spec).accepted()) {
        rejected++;
        onlyWithSpec.merge(s.field(), 1, Integer::sum);
      } else if (s.counterexample() && stillACounterexample(original, s.pointer())) {
        equivalent++;
      } else {
        missed.add(label);
      }
      set(original, s, before);
    }
    return new Tally(name, sites.size(), rejected, onlyWithSpec, equivalent,
        List.copyOf(missed));
  }

  private static Outcome verify(JsonNode certificate, Optional<Verifier.SpecInput> spec) {
    try {
      return Verifier.verify(certificate, spec);
    } catch (UnreadableCertificate e) {
      return Outcome.reject("$", e.getMessage(), false);
    }
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
    var f = JSON.getNodeFactory();
    if (n.isObject()) {
      for (Map.Entry<String, JsonNode> e : n.properties()) {
        String k = e.getKey();
        JsonPointer p = at.appendProperty(k);
        JsonNode v = e.getValue();
        boolean sizes = k.equals("size") && at.toString().contains("/blocks/")
            || k.equals("byKind");
        if (v.isTextual() && TERMS.contains(k)) {
          Text.mutants(v.textValue()).forEach(m -> sites.add(new Site(p, f.textNode(m), false)));
        } else if (sizes || k.equals("bindings")) {
          v.properties().forEach(x -> Text.mutants(x.getValue().textValue()).forEach(m -> sites
              .add(new Site(p.appendProperty(x.getKey()), f.textNode(m), false))));
        } else if (k.equals("value")) {
          sites.add(new Site(p, plusOne(v), false));
        } else if (k.equals("assumption") || k.equals("degreeInN") || k.equals("logPower")
            || k.equals("inputTerm") || k.equals("localTerm")) {
          sites.add(new Site(p, f.numberNode(v.bigIntegerValue().add(BigInteger.ONE)), false));
        } else if (key.equals("counterexample")) {
          sites.add(new Site(p, f.numberNode(v.bigIntegerValue().add(BigInteger.ONE)), true));
        } else if (k.equals("lambdas")) {
          for (int i = 0; i < v.size(); i++) {
            sites.add(new Site(p.appendIndex(i), plusOne(v.get(i)), false));
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

  /** {@code c + 1} for a rational string. */
  private static JsonNode plusOne(JsonNode old) {
    BigFraction c = Rationals.parse(old.textValue()).orElseThrow().add(BigFraction.ONE);
    return JSON.getNodeFactory().textNode(Rationals.text(c));
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
      Optional<BigFraction> lhs = evaluate(Text.read(a.get("lhs").textValue()), point);
      Optional<BigFraction> rhs = evaluate(Text.read(a.get("rhs").textValue()), point);
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
    for (String p : Text.parts(term.textValue())) {
      Optional<BigFraction> v = evaluate(Text.read(p), point);
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
  private static Optional<BigFraction> evaluate(List<Text.Summand> polynomial,
      Map<String, BigInteger> point) {
    BigFraction sum = BigFraction.ZERO;
    for (Text.Summand m : polynomial) {
      BigFraction term = m.coefficient();
      for (Text.Factor x : m.factors()) {
        BigInteger value = point.get(x.variable());
        if (value == null) {
          return Optional.empty();
        }
        term = term.multiply(BigFraction.of(value.pow(x.exponent())));
      }
      sum = sum.add(term);
    }
    return Optional.of(sum);
  }

  /**
   * The test's own reading of a polynomial text, summand by summand in written order, and the
   * texts with one number changed by +1: a summand's signed coefficient, or one exponent.
   */
  static final class Text {
    record Factor(String variable, int exponent) {}

    record Summand(BigFraction coefficient, List<Factor> factors) {}

    private Text() {}

    static List<String> parts(String term) {
      return term.startsWith("max(") ? List.of(term.substring(4, term.length() - 1)
          .split(", ")) : List.of(term);
    }

    static List<Summand> read(String text) {
      List<Summand> out = new ArrayList<>();
      if (text.equals("0")) {
        return out;
      }
      String s = text.startsWith("-") ? text.substring(1) : text;
      boolean negative = text.startsWith("-");
      for (String piece : s.split("(?= [-+] )")) {
        String summand = piece;
        if (piece.startsWith(" - ") || piece.startsWith(" + ")) {
          negative = piece.startsWith(" - ");
          summand = piece.substring(3);
        }
        BigFraction c = BigFraction.ONE;
        List<Factor> factors = new ArrayList<>();
        for (String f : summand.split("\\*")) {
          if (Character.isDigit(f.charAt(0))) {
            c = Rationals.parse(f).orElseThrow();
          } else {
            int hat = f.indexOf('^');
            factors.add(hat < 0 ? new Factor(f, 1)
                : new Factor(f.substring(0, hat), Integer.parseInt(f.substring(hat + 1))));
          }
        }
        out.add(new Summand(negative ? c.negate() : c, factors));
      }
      return out;
    }

    static String write(List<Summand> summands) {
      StringBuilder sb = new StringBuilder();
      for (Summand m : summands) {
        BigFraction c = m.coefficient();
        sb.append(sb.length() == 0 ? (c.signum() < 0 ? "-" : "")
            : (c.signum() < 0 ? " - " : " + "));
        List<String> factors = new ArrayList<>();
        m.factors().forEach(x -> factors.add(x.variable()
            + (x.exponent() == 1 ? "" : "^" + x.exponent())));
        if (factors.isEmpty() || !c.abs().equals(BigFraction.ONE)) {
          factors.add(0, Rationals.text(c.abs()));
        }
        sb.append(String.join("*", factors));
      }
      return sb.length() == 0 ? "0" : sb.toString();
    }

    /** Every single +1 change of a polynomial or depth term text, in written order. */
    static List<String> mutants(String term) {
      List<String> parts = parts(term);
      List<String> out = new ArrayList<>();
      for (int i = 0; i < parts.size(); i++) {
        for (String m : polynomialMutants(parts.get(i))) {
          List<String> changed = new ArrayList<>(parts);
          changed.set(i, m);
          out.add(changed.size() == 1 ? m : "max(" + String.join(", ", changed) + ")");
        }
      }
      return out;
    }

    private static List<String> polynomialMutants(String text) {
      List<Summand> p = read(text);
      List<String> out = new ArrayList<>();
      for (int i = 0; i < p.size(); i++) {
        Summand m = p.get(i);
        List<Summand> c = new ArrayList<>(p);
        c.set(i, new Summand(m.coefficient().add(BigFraction.ONE), m.factors()));
        out.add(write(c));
        for (int j = 0; j < m.factors().size(); j++) {
          List<Factor> fs = new ArrayList<>(m.factors());
          fs.set(j, new Factor(fs.get(j).variable(), fs.get(j).exponent() + 1));
          List<Summand> e = new ArrayList<>(p);
          e.set(i, new Summand(m.coefficient(), fs));
          out.add(write(e));
        }
      }
      return out;
    }
  }
}
