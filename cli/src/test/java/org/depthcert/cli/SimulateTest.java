package org.depthcert.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.depthcert.fold.Folded;
import org.depthcert.fold.Folder;
import org.depthcert.lemmas.LemmaCatalog;
import org.depthcert.rules.Catalog;
import org.depthcert.rules.CatalogReader;
import org.depthcert.simulate.Difference;
import org.depthcert.simulate.Simulation;
import org.depthcert.simulate.Simulator;
import org.depthcert.spec.LocatedTree;
import org.depthcert.spec.Parameter;
import org.depthcert.spec.Spec;
import org.depthcert.spec.SpecReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code depthcert simulate}: the explicit circuit of every sample agrees with the fold; planted
 * wrong rules and a planted wrong view are caught at the node they first change; bad input is
 * one line and exit 2.
 */
class SimulateTest {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private static Spec spec(Path file) {
    return SpecReader.read(file);
  }

  private static Simulation simulate(Folded folded, Map<String, BigInteger> params, long seed) {
    return Simulator.run(folded, new Simulator.Request(params, Map.of(), seed,
        Simulator.DEFAULT_LIMIT, g -> { }));
  }

  /**
   * n, d, m as given; any other parameter of the spec set to d. A spec that defines d by two
   * others (the Llama sample: d equals h*e) gets 2 heads of width d/2 (d is even wherever this
   * is used) and no d: simulate computes it from the relation, and the callers check it is d.
   */
  private static Map<String, BigInteger> point(Spec spec, int n, int d, int m) {
    Map<String, BigInteger> p = new LinkedHashMap<>();
    spec.parameters().forEach(x -> p.put(x.name(), BigInteger.valueOf(d)));
    p.put("n", BigInteger.valueOf(n));
    p.put("d", BigInteger.valueOf(d));
    p.put("m", BigInteger.valueOf(m));
    Parameter dp = spec.parameters().stream().filter(x -> x.name().equals("d")).findFirst()
        .orElseThrow();
    if (dp.equals().isPresent()) {
      List<String> factors = spec.parameters().stream().map(Parameter::name)
          .filter(dp.equals().get().variables()::contains).toList();
      assertThat(factors).as("d's relation").hasSize(2);
      p.put(factors.get(0), BigInteger.TWO);
      p.put(factors.get(1), BigInteger.valueOf(d / 2));
      p.remove("d");
    }
    return p;
  }

  @Test
  void everySampleAgreesWithTheFoldAtThreeSizesAndSeeds() throws IOException {
    List<Path> samples;
    try (Stream<Path> files = Files.list(CliRun.SAMPLES)) {
      samples = files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
    }
    assertThat(samples).hasSizeGreaterThanOrEqualTo(3);
    // d even (RoPE's d/2 frequencies) and d <= n, as the samples assume
    int[][] sizes = {{2, 2, 1}, {4, 2, 2}, {6, 4, 3}};
    assertThat(samples).contains(CliRun.SAMPLES.resolve("llama-block.yaml")); // rank-3 heads
    for (Path sample : samples) {
      Spec spec = spec(sample);
      Folded folded = Folder.fold(spec, LemmaCatalog.standard());
      for (int i = 0; i < sizes.length; i++) {
        Simulation s = simulate(folded, point(spec, sizes[i][0], sizes[i][1], sizes[i][2]),
            i + 1);
        String at = sample.getFileName() + " at " + s.parameters() + " seed " + (i + 1) + ": "
            + s.firstDifference();
        assertThat(s.parameters().get("d")).as(at).isEqualTo(BigInteger.valueOf(sizes[i][1]));
        assertThat(s.agree()).as(at).isTrue();
        assertThat(BigInteger.valueOf(s.explicitDepth().orElseThrow()))
            .as(at).isEqualTo(s.symbolicDepthValue());
        assertThat(s.explicitGadgets()).as(at).isEqualTo(s.symbolicGadgets()).isNotEmpty();
      }
    }
  }

  @Test
  void countsAreTheDefinitionsEntryByEntry() {
    // layer-norm-mlp at n = 3, d = 2, one run of [layer_norm, mlp]:
    // layer_norm: row sums of X (3 rows of 2 summands: 6), mu (3 div), centred (6 sub),
    //   squared (6 mul), sq_total (6 summands), variance (3 div), deviation (3 sqrt), Out (6 div)
    //   -> std 3 + 6 + 6 + 3 + 6 = 24, sum 12, sqrt 3.
    // mlp: X Wt (Lemma 4.1: 3*2*2 = 12 products, 6 sums of 2 summands = 12), Out (6 add)
    //   -> std 12 + 6 = 18, sum 12.
    Spec spec = spec(CliRun.SAMPLES.resolve("layer-norm-mlp.yaml"));
    Simulation s = simulate(Folder.fold(spec, LemmaCatalog.standard()), point(spec, 3, 2, 1), 1);
    assertThat(s.explicitGadgets()).containsExactlyInAnyOrderEntriesOf(Map.of(
        "std", BigInteger.valueOf(42), "sum", BigInteger.valueOf(24),
        "sqrt", BigInteger.valueOf(3)));
    // gadget nodes: layer_norm 3 + 3 + 6 + 6 + 3 + 3 + 3 + 6 = 33; mlp 12 + 6 + 6 = 24
    assertThat(s.gadgets()).isEqualTo(57);
    // depth: layer_norm 5 std + 2 sum + sqrt (Lemma 5.5), mlp 2 std + sum (Lemma 5.4)
    BigInteger std = s.profile().get("d_std");
    BigInteger sum = s.profile().get("d_sum");
    BigInteger sqrt = s.profile().get("d_sqrt");
    assertThat(BigInteger.valueOf(s.explicitDepth().orElseThrow())).isEqualTo(
        std.multiply(BigInteger.valueOf(7)).add(sum.multiply(BigInteger.valueOf(3))).add(sqrt));
  }

  /** The bundled catalog with the rules of the given ids replaced by the given YAML rules. */
  private static Catalog planted(Map<String, String> replacements) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    for (Map.Entry<String, byte[]> f : LemmaCatalog.bundledFiles().entrySet()) {
      JsonNode root = YAML.readTree(f.getValue());
      if (root != null && root.has("rules")) {
        ArrayNode kept = JSON.createArrayNode();
        for (JsonNode r : root.get("rules")) {
          String id = r.get("id").asText();
          kept.add(replacements.containsKey(id) ? YAML.readTree(replacements.get(id)) : r);
        }
        ((ObjectNode) root).set("rules", kept);
      }
      files.put(f.getKey(), YAML.writeValueAsBytes(root));
    }
    return CatalogReader.read(files);
  }

  /** A Kronecker-style lemma planted as an axiom of the given depth and size. */
  private static String plantedKron(String id, String number, String op, String signature,
      String explicit, String depth, String size) {
    return String.join("\n", "id: " + id, "number: " + number, "title: planted", "ops: [" + op
        + "]", "signature: " + signature, "explicit: " + explicit, "depth: " + depth,
        "size: " + size);
  }

  @Test
  void aRuleWhoseDepthIsOffByDstdIsCaughtAtItsFirstUse() throws IOException {
    // Lemma 4.4 (row-wise Kronecker) planted as an axiom of depth 2 d_std; its explicit
    // expansion is one product per entry, of depth d_std (Lemma 3.4 Part 1).
    Catalog wrong = planted(Map.of("2412.18040/L4.4", plantedKron("2412.18040/L4.4",
        "Lemma 4.4", "rowwise_kron", "{inputs: {A: [k, a], B: [k, b]}, output: [k, a*b]}",
        "{kron: mul, rows: shared, cols: pair}", "2*d_std", "{std: k*a*b}")));
    Spec spec = spec(CliRun.SAMPLES.resolve("rope-tensor-attention.yaml"));
    Simulation s = simulate(Folder.fold(spec, wrong), point(spec, 2, 2, 1), 1);
    assertThat(s.agree()).isFalse();
    Difference d = s.firstDifference().orElseThrow();
    // g runs first (instance 1); in attention (instance 2) R is the first node after
    // angle (d_std) and Rrel (cos/sin, d_trig): explicit arrival d_g + d_std + d_trig + d_std,
    // symbolic one d_std more.
    Map<String, BigInteger> p = s.profile();
    long explicit = p.get("d_g").longValue() + 2 * p.get("d_std").longValue()
        + p.get("d_trig").longValue();
    assertThat(d.what()).isEqualTo("arrival");
    assertThat(d.block()).isEqualTo("attention");
    assertThat(d.instance()).isEqualTo(2);
    assertThat(d.node()).isEqualTo("R");
    assertThat(d.explicit().arrival()).isEqualTo(explicit);
    assertThat(d.symbolic().arrival()).isEqualTo(explicit + p.get("d_std").longValue());
  }

  @Test
  void aRuleWhoseSizeIsOffByAFactorNIsCaughtAtItsFirstUse() throws IOException {
    // Lemma 4.3 (column-wise Kronecker) planted as an axiom counting a*b*k*a products: on
    // K1, K2 of n x d (a = b = n, k = d) that is n^3 d, where the circuit has n^2 d.
    Catalog wrong = planted(Map.of("2412.18040/L4.3", plantedKron("2412.18040/L4.3",
        "Lemma 4.3", "colwise_kron", "{inputs: {A: [a, k], B: [b, k]}, output: [a*b, k]}",
        "{kron: mul, rows: pair, cols: shared}", "d_std", "{std: a*b*k*a}")));
    Spec spec = spec(CliRun.SAMPLES.resolve("tensor-attention.yaml"));
    Simulation s = simulate(Folder.fold(spec, wrong), point(spec, 3, 2, 1), 4);
    Difference d = s.firstDifference().orElseThrow();
    assertThat(d.what()).isEqualTo("gadgets");
    assertThat(d.node()).isEqualTo("K"); // K := K1 ⊘ K2 comes before V in the block
    assertThat(d.explicit().gadgets()).isEqualTo(Map.of("std", BigInteger.valueOf(3 * 3 * 2)));
    assertThat(d.symbolic().gadgets()).isEqualTo(Map.of("std",
        BigInteger.valueOf(3 * 3 * 3 * 2)));
    assertThat(s.agree()).isFalse();
    // the depths still agree: only the count is wrong
    assertThat(BigInteger.valueOf(s.explicitDepth().orElseThrow()))
        .isEqualTo(s.symbolicDepthValue());
  }

  @Test
  void aViewThatLeavesEntriesUnreadIsCaughtAtItsNode() throws IOException {
    // D sums each row of A (n x n^2); the planted view [1, n] makes the fold count n sums of
    // n summands, but cut into blocks of n entries A has n^2 of them, and every entry is read.
    String text = Files.readString(CliRun.SAMPLES.resolve("rope-tensor-attention.yaml"),
        StandardCharsets.UTF_8);
    String wrong = text.replace("each: [[1, n^2]]", "each: [[1, n]]");
    assertThat(wrong).isNotEqualTo(text);
    byte[] bytes = wrong.getBytes(StandardCharsets.UTF_8);
    Spec spec = SpecReader.read(LocatedTree.parse("planted.yaml", bytes),
        SpecReader.sha256(bytes));
    Simulation s = simulate(Folder.fold(spec, LemmaCatalog.standard()), point(spec, 4, 2, 1), 1);
    Difference d = s.firstDifference().orElseThrow();
    assertThat(d.node()).isEqualTo("D");
    assertThat(d.what()).isEqualTo("shape");
    assertThat(d.explicit().shape()).isEqualTo("[16, 1]"); // n^2 instances
    assertThat(d.symbolic().shape()).isEqualTo("[4, 1]");
    // explicit n^2 sums of n summands = 64; the fold n * n = 16
    assertThat(d.explicit().gadgets()).isEqualTo(Map.of("sum", BigInteger.valueOf(64)));
    assertThat(d.symbolic().gadgets()).isEqualTo(Map.of("sum", BigInteger.valueOf(16)));
    assertThat(s.explicitDepth()).isEmpty();
    assertThat(s.agree()).isFalse();
  }

  /** {@code simulate SAMPLE ARGS --format json}, which must exit 0; its JSON. */
  private static JsonNode agreeingJson(String sample, String... args) throws IOException {
    List<String> all = new ArrayList<>(List.of("simulate",
        CliRun.SAMPLES.resolve(sample).toString()));
    all.addAll(List.of(args));
    all.addAll(List.of("--format", "json"));
    CliRun r = CliRun.of(all.toArray(String[]::new));
    assertThat(r.exit()).as(r.toString()).isZero();
    return JSON.readTree(r.out());
  }

  @Test
  void jsonHasTheKeysInOrderAndExitZeroWhenAgreeing() throws IOException {
    JsonNode o = agreeingJson("tensor-attention.yaml", "--n", "3", "--d", "2", "--m", "2",
        "--profile", "d_std=3,d_sum=5", "--seed", "9");
    List<String> keys = new ArrayList<>();
    o.fieldNames().forEachRemaining(keys::add);
    // p (precision) has no value: no shape needs it, and it is shown as null
    assertThat(o.get("p").isNull()).isTrue();
    assertThat(keys).containsExactly("n", "d", "m", "p", "profile", "seed", "symbolicDepth",
        "symbolicDepthValue", "explicitDepth", "symbolicGadgets", "explicitGadgets", "agree",
        "gadgets", "seconds");
    assertThat(o.get("profile").get("d_std").asInt()).isEqualTo(3);
    assertThat(o.get("profile").get("d_sum").asInt()).isEqualTo(5);
    assertThat(o.get("explicitDepth").asLong()).isEqualTo(o.get("symbolicDepthValue").asLong());
    assertThat(o.get("agree").asBoolean()).isTrue();
  }

  @Test
  void aDisagreementExitsOneWithTheFirstDifference() throws IOException {
    Path spec = dir.resolve("planted.yaml");
    Files.writeString(spec, Files.readString(CliRun.SAMPLES.resolve("rope-tensor-attention.yaml"),
        StandardCharsets.UTF_8).replace("each: [[1, n^2]]", "each: [[1, n]]"),
        StandardCharsets.UTF_8);
    CliRun r = CliRun.of("simulate", spec.toString(), "--n", "2", "--d", "2", "--format", "json");
    assertThat(r.exit()).as(r.toString()).isEqualTo(1);
    JsonNode o = JSON.readTree(r.out());
    assertThat(o.get("agree").asBoolean()).isFalse();
    assertThat(o.get("explicitDepth").isNull()).isTrue();
    assertThat(o.get("firstDifference").get("node").asText()).isEqualTo("D");
  }

  private void badInput(String expected, String... args) {
    CliRun r = CliRun.of(args);
    assertThat(r.exit()).as(r.toString()).isEqualTo(2);
    assertThat(r.out()).as(r.toString()).isEmpty();
    assertThat(r.err().strip()).as(r.toString()).doesNotContain("\n").contains(expected)
        .doesNotContain("Exception");
  }

  @Test
  void badInputIsOneLineAndExitTwo() throws IOException {
    String rope = CliRun.SAMPLES.resolve("rope-tensor-attention.yaml").toString();
    badInput("--n must be at least 1, not 0", "simulate", rope, "--n", "0", "--d", "2");
    badInput("--d must be at least 1, not -1", "simulate", rope, "--n", "2", "--d", "-1");
    badInput("parameter m must be at least 1", "simulate", rope, "--n", "2", "--d", "2", "--m",
        "0");
    badInput("unknown profile constant 'd_foo'", "simulate", rope, "--n", "2", "--d", "2",
        "--profile", "d_foo=3");
    // the limit is checked before building, against the count the explicit circuit has too
    Spec spec = spec(CliRun.SAMPLES.resolve("rope-tensor-attention.yaml"));
    Simulation small = simulate(Folder.fold(spec, LemmaCatalog.standard()),
        point(spec, 4, 2, 1), 1);
    assertThat(small.agree()).isTrue();
    BigInteger total = small.explicitGadgets().values().stream().reduce(BigInteger.ZERO,
        BigInteger::add);
    badInput("would have " + total + " gadgets", "simulate", rope, "--n", "4", "--d", "2",
        "--param", "p=2", "--limit", total.subtract(BigInteger.ONE).toString());
    badInput("no such parameter", "simulate", rope, "--n", "2", "--d", "2", "--param", "q=3");
    // the Llama sample defines d = h*e: a --d that disagrees is bad input at the relation
    String llama = CliRun.SAMPLES.resolve("llama-block.yaml").toString();
    badInput("llama-block.yaml:11: parameters.d.equals: simulate: d is given as 6 but the spec "
        + "defines d = e*h at e=2, h=2, which is 4; give 4 or leave d out", "simulate", llama,
        "--n", "4", "--d", "6", "--param", "h=2", "--param", "e=2", "--param", "f=4",
        "--param", "v=4");
  }

  @Test
  void aParameterDefinedByOthersIsComputedWhenLeftOut() throws IOException {
    // llama-block: d equals h*e, so without --d it is 2*2 = 4; the circuit then agrees
    JsonNode o = agreeingJson("llama-block.yaml", "--n", "4", "--param", "h=2", "--param", "e=2",
        "--param", "f=8", "--param", "v=5");
    assertThat(o.get("d").asInt()).isEqualTo(4);
    assertThat(o.get("agree").asBoolean()).isTrue();
  }

  @Test
  void aRuleWithoutAnExplicitExpansionIsNamedNotSkipped() throws IOException {
    Path catalog = dir.resolve("gelu.yaml");
    Files.writeString(catalog, String.join("\n", "source: test", "rules:", "  - id: user/gelu",
        "    number: GELU", "    title: GELU", "    ops: [gelu]", "    signature: elementwise",
        "    depth: d_std", "    size: {std: 1}", ""), StandardCharsets.UTF_8);
    Path spec = dir.resolve("gelu-spec.yaml");
    Files.writeString(spec, String.join("\n", "title: gelu", "parameters:",
        "  n: {meaning: length}", "  d: {meaning: width}", "blocks:", "  b:",
        "    inputs: {X: [n, d]}", "    nodes:", "      Y: {op: gelu, in: [X]}", "    output: Y",
        "model: [b]", ""), StandardCharsets.UTF_8);
    badInput("rule user/gelu (GELU) has no explicit expansion", "simulate", spec.toString(),
        "--catalog", catalog.toString(), "--n", "2", "--d", "2");
  }
}
