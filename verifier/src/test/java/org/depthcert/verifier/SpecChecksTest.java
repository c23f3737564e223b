package org.depthcert.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.depthcert.verifier.spec.Catalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * verify --spec binds a snapshot certificate to its spec. Each test edits the SPEC (one
 * structural change), and re-stamps the certificate with the edited spec's SHA-256, so that the
 * hash check passes and only the comparison with the verifier's own reading of the spec can
 * catch the change: the certificate is then about another problem than the spec states.
 */
class SpecChecksTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path LEMMAS = Path.of("..", "lemmas", "src", "main", "resources", "org",
      "depthcert", "lemmas");

  @ParameterizedTest
  @ValueSource(strings = {"tensor-attention", "rope-tensor-attention", "layer-norm-mlp",
      "assumed-constants"})
  void everySnapshotIsAcceptedWithItsSpec(String name) throws Exception {
    Outcome o = verify(Certificates.bytes(name), specText(name), catalogFiles());
    assertThat(o.line()).isEqualTo("ACCEPTED");
    assertThat(o.answer()).isEqualTo("ACCEPTED");
    Outcome alone = Verifier.verify(Certificates.bytes(name), Optional.empty());
    assertThat(alone.answer()).isEqualTo("ACCEPTED (arithmetic only: no --spec given, the "
        + "certificate was not compared with a spec)");
  }

  @Test
  void aChangedStatedBoundIsRejected() throws Exception {
    // Lemma 4.5 states 5 d_std + 5 d_sum + d_exp; the edited spec states 2 d_exp.
    assertThat(edited("tensor-attention", "+ d_{\\mathrm{exp}}'\n    source: \"Lemma 4.5",
        "+ 2d_{\\mathrm{exp}}'\n    source: \"Lemma 4.5").path()).isEqualTo("$.claims[4].stated");
  }

  @Test
  void aNodeComputedByAnotherRuleIsRejected() throws Exception {
    // A := exp(S) becomes sqrt(S): the op, and with it the rule (Lemma 3.7, not 3.6), differ.
    assertThat(edited("tensor-attention", "A: {op: exp,", "A: {op: sqrt,").path())
        .isEqualTo("$.blocks[0].nodes[10].op");
  }

  @Test
  void aRewiredEdgeIsRejected() throws Exception {
    assertThat(edited("tensor-attention", "AV: {op: matmul, in: [A, V]",
        "AV: {op: matmul, in: [S, V]").path()).isEqualTo("$.blocks[0].nodes[12].inputs");
  }

  @Test
  void aDroppedNodeIsRejected() throws Exception {
    String spec = specText("tensor-attention");
    String edited = spec.replaceFirst("      Out: \\{op: div, in: \\[AV, D\\][^\n]*\n", "")
        .replace("    output: Out\n", "    output: AV\n");
    assertThat(edited).isNotEqualTo(spec);
    Outcome o = verify(Certificates.bytes("tensor-attention"), edited, catalogFiles());
    assertThat(o.path()).isEqualTo("$.blocks[0].output");
  }

  @Test
  void aBlockMadeOpaqueIsRejected() throws Exception {
    String spec = specText("layer-norm-mlp");
    int from = spec.indexOf("  mlp:\n");
    int to = spec.indexOf("model:");
    String edited = spec.substring(0, from) + "  mlp: {op: opaque, depth: 2d_std + d_sum}\n"
        + spec.substring(to);
    Outcome o = verify(Certificates.bytes("layer-norm-mlp"), edited, catalogFiles());
    assertThat(o.path()).isEqualTo("$.blocks[1].opaque");
  }

  @Test
  void otherChangesToTheProblemAreRejectedWhereTheyAre() throws Exception {
    assertThat(edited("tensor-attention", "{repeat: m,", "{repeat: 2m,").path())
        .isEqualTo("$.model.items[1].repeat");
    assertThat(edited("tensor-attention", "assume: \"d <= n\"", "assume: \"d <= 2n\"").path())
        .isEqualTo("$.parameters[1].assume");
    assertThat(edited("tensor-attention", "growth: \"O(1)\"", "growth: \"O(log n)\"").path())
        .isEqualTo("$.parameters[3].growth");
    assertThat(edited("tensor-attention", "    depth: d_g\n", "    depth: 2d_g\n").path())
        .isEqualTo("$.blocks[1].depth");
    // mlp's bias b as a whole n x d matrix: WX + b still adds n x d entries, but the inputs differ.
    assertThat(edited("layer-norm-mlp", "b: [1, d]", "b: [n, d]").path())
        .isEqualTo("$.blocks[1].inputs");
    assertThat(edited("tensor-attention", "Q: {op: matmul, in: [X, W_Q],",
        "Q: {op: matmul, mode: modular, in: [X, W_Q],").path())
        .isEqualTo("$.blocks[0].nodes[0].mode");
    // R runs n^3 instances in the spec; n^2 in the edited one.
    assertThat(edited("rope-tensor-attention", "count: n^3\n        note: \"R_",
        "count: n^2\n        note: \"R_").path()).isEqualTo("$.blocks[0].nodes[7].count");
    // the spec's declared constants are recorded under spec.constants (and the domain's list
    // after it): the first place they differ is the spec's own record
    assertThat(edited("tensor-attention", "constants: [d_g]", "constants: [d_g, d_h]").path())
        .isEqualTo("$.spec.constants");
    assertThat(edited("tensor-attention", "class: TC0", "class: NC1").path())
        .isEqualTo("$.claims[6].claimedClass");
  }

  @Test
  void aChangedCatalogEntryIsRejected() throws Exception {
    // Lemma 3.6 (exp) made to cost 2 d_exp: the certificate's rule says d_exp.
    SortedMap<String, byte[]> files = catalogFiles();
    replace(files, "lemmas/arxiv-2412.18040/lemma-3.6.yaml", "    depth: d_exp\n", "    depth: 2*d_exp\n");
    Outcome o = verify(Certificates.bytes("tensor-attention"), specText("tensor-attention"),
        files);
    assertThat(o.path()).matches("\\$\\.rules\\[\\d+\\]\\.depth");
    assertThat(o.reason()).contains("2*d_exp");
  }

  @Test
  void aChangedDerivedLemmaBodyIsRejectedThroughTheVerifiersOwnFold() throws Exception {
    // Lemma 4.1's body multiplies (mul, d_std) then sums (row_sum, d_sum); with exp in place of
    // mul its fold is d_exp + d_sum, not the certificate's d_std + d_sum.
    SortedMap<String, byte[]> files = catalogFiles();
    replace(files, "lemmas/arxiv-2412.18040/lemma-4.1.yaml", "P: {op: mul, in: [A, B], each: [[1, 1], [1, 1]], "
        + "count: a*b*k}", "P: {op: exp, in: [A], each: [[1, 1]], count: a*b*k}");
    Outcome o = verify(Certificates.bytes("layer-norm-mlp"), specText("layer-norm-mlp"), files);
    assertThat(o.path()).matches("\\$\\.rules\\[\\d+\\]\\.depth");
    assertThat(o.reason()).contains("fold of the body of 2412.18040/L4.1")
        .contains("d_exp + d_sum");
  }

  @Test
  void theVariantTheCertificateNamesIsApplied() throws Exception {
    // one more reading beside the sample's own variants
    String spec = specText("tensor-attention").replace("\nvariants:\n", "\nvariants:\n"
        + "  sqrt-reading:\n    reason: \"a test reading\"\n    ops: {attention.A: sqrt}\n");
    byte[] base = Certificates.bytes("tensor-attention");
    assertThat(verify(base, spec, catalogFiles()).line()).isEqualTo("ACCEPTED");
    ObjectNode tree = (ObjectNode) JSON.readTree(base);
    ObjectNode withVariant = JSON.createObjectNode();
    tree.properties().forEach(e -> {
      if (e.getKey().equals("verdict")) {
        withVariant.put("variant", "sqrt-reading");
      }
      withVariant.set(e.getKey(), e.getValue());
    });
    Outcome o = verify(JSON.writeValueAsBytes(withVariant), spec, catalogFiles());
    assertThat(o.path()).isEqualTo("$.blocks[0].nodes[10].op");
  }

  // ---- helpers ---------------------------------------------------------------------------

  private static Outcome edited(String name, String from, String to) throws Exception {
    String spec = specText(name);
    assertThat(spec).contains(from);
    return verify(Certificates.bytes(name), spec.replace(from, to), catalogFiles());
  }

  /** Verifies {@code certificate} against {@code spec}, re-stamped with the spec's SHA-256. */
  private static Outcome verify(byte[] certificate, String spec, Map<String, byte[]> catalog)
      throws Exception {
    byte[] bytes = spec.getBytes(StandardCharsets.UTF_8);
    ObjectNode tree = (ObjectNode) JSON.readTree(certificate);
    ((ObjectNode) tree.get("spec")).put("sha256", Verifier.sha256(bytes));
    return Verifier.verify(JSON.writeValueAsBytes(tree), Optional.of(
        new Verifier.SpecInput("spec.yaml", bytes, Catalog.read(catalog))));
  }

  private static String specText(String name) throws Exception {
    String file = JSON.readTree(Certificates.bytes(name)).get("spec").get("file").asText();
    return Files.readString(Path.of("..").resolve(file), StandardCharsets.UTF_8);
  }

  private static SortedMap<String, byte[]> catalogFiles() throws Exception {
    SortedMap<String, byte[]> files = new TreeMap<>();
    for (String line : Files.readAllLines(LEMMAS.resolve("index.txt"))) {
      String name = line.trim();
      if (!name.isEmpty() && !name.startsWith("#")) {
        files.put("lemmas/" + name, Files.readAllBytes(LEMMAS.resolve(name)));
      }
    }
    return files;
  }

  private static void replace(Map<String, byte[]> files, String file, String from, String to) {
    String text = new String(files.get(file), StandardCharsets.UTF_8);
    assertThat(text).contains(from);
    files.put(file, text.replace(from, to).getBytes(StandardCharsets.UTF_8));
  }
}
