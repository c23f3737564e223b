package org.depthcert.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.depthcert.verifier.Verifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One regression test per class of wrong answers of issue #9 (class 4, verify --spec, is tested
 * in the verifier's spec package): each reproduces the reported input end to end and checks the
 * engine's answer and, where a certificate is written, the verifier's agreement.
 */
class SoundnessRegressionTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  private static MainTest.Run run(String... args) {
    return MainTest.run(args);
  }

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text);
    return p;
  }

  private JsonNode certify(Path spec, String... extra) throws IOException {
    String[] args = new String[extra.length + 4];
    args[0] = "certify";
    args[1] = spec.toString();
    args[2] = "-o";
    args[3] = dir.resolve("out").toString();
    System.arraycopy(extra, 0, args, 4, extra.length);
    MainTest.Run r = run(args);
    assertThat(r.err()).isEmpty();
    Path cert = dir.resolve("out").resolve("certificate.json");
    assertThat(run("verify", cert.toString()).out()).startsWith("ACCEPTED");
    return JSON.readTree(cert.toFile());
  }

  private static final String SCALED_LEMMA = """
      source: "test catalog"
      rules:
        - id: test/scaled
          number: Lemma T1
          title: depth proportional to the row length
          ops: [scaled]
          signature: {inputs: {A: [a, k]}, output: [a, k]}
          depth: k*d_std
          size: {std: a*k}
      """;

  @Test
  void class1RuleDepthIsInstantiatedWithTheBindings() throws IOException {
    Path cat = write("scaled.yaml", SCALED_LEMMA);
    Path spec = write("c1.yaml", """
        title: class 1
        parameters:
          n: {meaning: size}
          k: {meaning: the spec's own k, assume: "k <= 2"}
        blocks:
          b:
            inputs: {X: [n, n]}
            nodes: {Y: {op: scaled, in: [X]}}
        claims:
          - {id: two, subject: b, stated: "2*d_std"}
          - {id: exact, subject: b, stated: "n*d_std"}
          - {id: tc0, subject: model, class: TC0}
        """);
    // Lemma T1 on X = n x n binds a = n, k = n: depth n*d_std (not the spec's k). The claim
    // 2*d_std fails at n = 3, d_std = 1 (3 > 2); n*d_std is tight; n has no growth, so the
    // depth is not constant and no class follows (the TC0 claim is UNDECIDED).
    MainTest.Run r = run("check", spec.toString(), "--catalog", cat.toString(), "--format",
        "json");
    assertThat(r.code()).isEqualTo(1);
    JsonNode j = JSON.readTree(r.out());
    assertThat(j.get("depth").asText()).isEqualTo("n*d_std");
    assertThat(j.get("claims").get(0).get("verdict").asText()).isEqualTo("FAILS");
    assertThat(j.get("claims").get(0).get("counterexample").get("n").asInt()).isEqualTo(3);
    assertThat(j.get("claims").get(1).get("verdict").asText()).isEqualTo("TIGHT");
    assertThat(j.get("class").asText()).isEqualTo("none");
    assertThat(j.get("claims").get(2).get("verdict").asText()).isEqualTo("UNDECIDED");
    JsonNode cert = certify(spec, "--catalog", cat.toString());
    assertThat(cert.get("class").get("premises").toString())
        .contains("depth grows with n, which has no declared growth (a size parameter)");
    assertThat(cert.get("blocks").get(0).get("nodes").get(0).get("bindings").has("k"))
        .isTrue();
  }

  @Test
  void class2ModularUseNeedsItsStatementProvedByTheBody() throws IOException {
    Path cat = write("liar.yaml", """
        source: "test catalog"
        rules:
          - id: test/liar
            number: Lemma T2
            title: states less than its body folds to
            ops: [liar]
            signature: {inputs: {A: [a, b]}, output: [a, b]}
            stated: d_std
            body:
              nodes:
                E: {op: exp, in: [A]}
                F: {op: floor, in: [E]}
              output: F
        """);
    Path spec = write("c2.yaml", """
        title: class 2
        parameters: {n: {meaning: size}}
        blocks:
          b:
            inputs: {X: [n, n]}
            nodes: {Y: {op: liar, in: [X], mode: modular}}
        claims:
          - {id: c, subject: b, stated: "d_std"}
        """);
    // The body folds to d_exp (exp) + d_std (floor) = d_std + d_exp > d_std at every point
    // (d_exp >= 1), so the statement d_std is not proved: bad catalog, exit 2.
    MainTest.Run r = run("check", spec.toString(), "--catalog", cat.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().trim()).contains("Lemma T2").contains("d_std + d_exp")
        .contains("statement d_std").doesNotContain("\n");
  }

  @Test
  void class3ContradictoryAssumptionsAreBadInput() throws IOException {
    // d_exp >= 1 (every constant), so d_exp <= 0 has no solution.
    Path a = write("c3a.yaml", """
        title: class 3a
        parameters: {n: {meaning: size}}
        assumptions: ["d_exp <= 0"]
        blocks:
          b:
            inputs: {X: [n, n]}
            nodes: {Y: {op: exp, in: [X]}}
        claims:
          - {id: c, subject: b, stated: "d_std"}
        """);
    MainTest.Run r = run("check", a.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("assumptions[0]").contains("'d_exp <= 0'");
    // 2*d_a <= 3 and 3 <= 2*d_a: rationally d_a = 3/2, but no integer (d_a = 1 gives 3 <= 2,
    // d_a = 2 gives 4 <= 3).
    Path b = write("c3b.yaml", """
        title: class 3b
        parameters: {n: {meaning: size}}
        constants: [d_a]
        assumptions: ["2*d_a <= 3", "3 <= 2*d_a"]
        blocks:
          b:
            inputs: {X: [n, n]}
            nodes: {Y: {op: exp, in: [X]}}
        claims:
          - {id: c, subject: b, stated: "d_std"}
        """);
    r = run("check", b.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("'2*d_a <= 3'").contains("'3 <= 2*d_a'");
  }

  @Test
  void class3CounterexamplesAreFullAdmissiblePoints() throws IOException {
    Path spec = write("c3c.yaml", """
        title: class 3c
        parameters:
          n: {meaning: size}
          q: {meaning: unrelated to the claim}
        assumptions: ["10 <= q"]
        blocks:
          b:
            inputs: {X: [n, n]}
            nodes: {Y: {op: exp, in: [X]}}
        claims:
          - {id: c, subject: b, stated: "d_std"}
        """);
    // exp has depth d_exp; d_exp <= d_std fails at d_exp = 2, d_std = 1. The point must also
    // give q a value >= 10 and n a value, though the claim mentions neither.
    JsonNode cert = certify(spec);
    JsonNode x = cert.get("claims").get(0).get("counterexample");
    assertThat(x.get("q").asInt()).isGreaterThanOrEqualTo(10);
    assertThat(x.has("n")).isTrue();
    assertThat(x.get("d_exp").asInt()).isGreaterThan(x.get("d_std").asInt());
    assertThat(cert.get("domainWitness").get("q").asInt()).isGreaterThanOrEqualTo(10);
  }

  @Test
  void class5RelabelledVerdictsAreRejected() throws IOException {
    JsonNode cert = certify(Path.of("../samples/tensor-attention.yaml"));
    // Lemma 4.5 FAILS: 6*d_std + 3*d_sum + d_exp > 5*d_std + 5*d_sum + d_exp at d_std = 3,
    // d_sum = d_exp = 1 (22 > 21). Relabelled UNDECIDED without its counterexample: the
    // re-run search finds it again.
    com.fasterxml.jackson.databind.node.ObjectNode tampered = cert.deepCopy();
    com.fasterxml.jackson.databind.node.ObjectNode l45 =
        (com.fasterxml.jackson.databind.node.ObjectNode) tampered.get("claims").get(4);
    assertThat(l45.get("depthVerdict").asText()).isEqualTo("FAILS");
    l45.put("depthVerdict", "UNDECIDED");
    l45.put("verdict", "UNDECIDED");
    l45.remove("counterexample");
    tampered.put("verdict", "UNDECIDED");
    assertThat(verify(tampered)).contains("REJECTED").contains("claims[4].depthVerdict")
        .contains("counterexample");
    // A false holdsIf: the true condition is d_std <= 2*d_sum (stated - computed =
    // 2*d_sum - d_std); claiming d_std <= 3*d_sum instead has no certificate.
    tampered = cert.deepCopy();
    l45 = (com.fasterxml.jackson.databind.node.ObjectNode) tampered.get("claims").get(4);
    assertThat(l45.get("holdsIf").asText()).isEqualTo("d_std <= 2*d_sum");
    l45.remove("holdsIfCheck");
    l45.put("holdsIf", "d_std <= 3*d_sum");
    assertThat(verify(tampered)).contains("REJECTED").contains("holdsIfCheck");
  }

  private static String verify(JsonNode cert) throws IOException {
    byte[] bytes = JSON.writeValueAsBytes(cert);
    return Verifier.verify(bytes, Optional.empty()).line();
  }

  @Test
  void class6FractionalRepeatCountsAreBadInput() throws IOException {
    for (String count : new String[] {"1/2", "m/2"}) {
      Path spec = write("c6.yaml", """
          title: class 6
          parameters:
            n: {meaning: size}
            m: {meaning: layers, growth: "O(1)"}
          blocks:
            b:
              inputs: {X: [n, n]}
              nodes: {Y: {op: exp, in: [X]}}
          model: [{repeat: "%s", body: [b]}]
          """.formatted(count));
      // half a layer is no layer: 1/2*m*d_exp is not a depth
      MainTest.Run r = run("check", spec.toString());
      assertThat(r.code()).isEqualTo(2);
      assertThat(r.err()).contains("model[0].repeat").contains("integer");
    }
  }

  @Test
  void class7SizeDegreeFollowsEveryPolynomialBound() throws IOException {
    Path spec = write("c7.yaml", """
        title: class 7
        parameters:
          n: {meaning: size}
          d: {meaning: width, assume: "d <= n^2"}
        blocks:
          b:
            inputs: {X: [d, d], W: [d, d]}
            nodes: {Y: {op: matmul, in: [X, W]}}
        """);
    // matmul of d x d by d x d: d^3 products and d^2 sums of d, 2*d^3 gadgets; d <= n^2 makes
    // that O(n^6) (it was printed O(n^1) when only v <= n counted).
    MainTest.Run r = run("check", spec.toString(), "--format", "json");
    JsonNode j = JSON.readTree(r.out());
    assertThat(j.get("sizeBound").asText()).isEqualTo("O(n^6)");
    assertThat(j.get("sizeDegree").asInt()).isEqualTo(6);
    Path poly = write("c7b.yaml", """
        title: class 7b
        parameters:
          n: {meaning: size}
          N: {meaning: other size, assume: "N <= poly(n)"}
        blocks:
          b:
            inputs: {X: [N, N]}
            nodes: {Y: {op: exp, in: [X]}}
        """);
    // N^2 gadgets with N <= poly(n): polynomial, but no exponent follows
    j = JSON.readTree(run("check", poly.toString(), "--format", "json").out());
    assertThat(j.get("sizeBound").asText()).isEqualTo("poly(n)");
    assertThat(j.has("sizeDegree")).isFalse();
    JsonNode cert = certify(poly);
    assertThat(cert.get("size").get("bound").asText()).isEqualTo("poly(n)");
  }

  @Test
  void class9HugeLogPowersAreBadInputNotWrappedLevels() throws IOException {
    Path spec = write("c9.yaml", """
        title: class 9
        parameters:
          n: {meaning: size}
          m: {meaning: layers, growth: "O(log^2147483647 n)"}
        blocks:
          b:
            inputs: {X: [n, n]}
            nodes: {Y: {op: exp, in: [X]}}
        model: [{repeat: m, body: [b]}]
        claims:
          - {id: c, subject: model, class: TC0}
        """);
    // 2147483647 * 1 is fine for an int, but any second term would wrap to TC^-2: refused.
    MainTest.Run r = run("check", spec.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("log power 2147483647 is too large");
    Path ok = write("c9b.yaml", Files.readString(spec).replace("2147483647", "1000")
        .replace("repeat: m", "repeat: m^2"));
    // depth m^2*d_exp with m = O(log^1000 n): log^2000 n, uniform TC^2000, not TC0
    JsonNode cert = certify(ok);
    assertThat(cert.get("class").get("id").asText()).isEqualTo("TC2000");
    assertThat(cert.get("claims").get(0).get("verdict").asText()).isEqualTo("UNDECIDED");
  }

  @Test
  void class10ShapesAreChecked() throws IOException {
    String base = """
        title: class 10
        parameters: {n: {meaning: size}}
        blocks:
          b:
            inputs: {X: [n, n]}
            nodes:
        %s
        """;
    // a row of n^2 entries does not fit in an n x n input (n^2 > n for n >= 2)
    Path views = write("c10a.yaml", base.formatted(
        "      Y: {op: row_sum, in: [X], each: [[1, n^2]], count: n}"));
    MainTest.Run r = run("check", views.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("does not fit inside input X");
    // n x n has n^2 entries, n x 2n has 2*n^2
    Path reshape = write("c10b.yaml", base.formatted(
        "      Y: {op: reshape, in: [X], shape: [n, 2*n]}"));
    r = run("check", reshape.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("a reshape keeps its number of entries");
    // place into 2n x 2n (4*n^2 entries) from n^2 entries: replication, the user's assumption
    Path place = write("c10c.yaml", base.formatted(
        "      Y: {op: place, in: [X], shape: [2*n, 2*n]}"));
    JsonNode cert = certify(place);
    assertThat(cert.get("blocks").get(0).get("nodes").get(0).get("modellingAssumption").asText())
        .contains("replicated");
    assertThat(cert.get("class").get("premises").toString())
        .contains("modelling assumption");
  }

  @Test
  void class11StrictFailsClaimsRestingOnViolatedHypotheses() throws IOException {
    // rope-tensor-attention applies Lemma 4.1 with inner dimension d^2 (QRK) and n^2 (AV)
    // against its hypothesis k <= n, and Lemma 3.4 Part 3 (row sums of n^2): 3 violations.
    MainTest.Run plain = run("check", "../samples/rope-tensor-attention.yaml");
    assertThat(plain.code()).isZero();
    assertThat(plain.out().lines().findFirst().orElseThrow())
        .startsWith("PASS (3 violated lemma hypotheses");
    assertThat(plain.out()).contains("rests on violated hypotheses of Lemma 4.1 at "
        + "attention.QRK");
    MainTest.Run strict = run("check", "../samples/rope-tensor-attention.yaml", "--strict");
    assertThat(strict.code()).isEqualTo(1);
    JsonNode cert = certify(Path.of("../samples/rope-tensor-attention.yaml"), "--strict");
    assertThat(cert.get("strict").asBoolean()).isTrue();
    assertThat(cert.get("verdict").asText()).isEqualTo("FAIL");
  }
}
