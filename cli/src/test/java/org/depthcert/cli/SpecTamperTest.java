package org.depthcert.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;
import org.depthcert.cert.Canonical;
import org.depthcert.cert.CertificateBuilder;
import org.depthcert.lemmas.LemmaCatalog;
import org.depthcert.rules.Catalog;
import org.depthcert.rules.CatalogReader;
import org.depthcert.spec.SpecError;
import org.depthcert.spec.SpecReader;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 9 class 4: a certificate is bound to the problem its spec states. For each sample, the
 * engine certifies an edited copy of the spec (or the spec under an edited catalog); the
 * certificate is then stamped with the original spec's SHA-256 and file name, so that it is
 * consistent in itself and names the original, and {@code verify --spec ORIGINAL} must reject
 * it. The unedited certificate is accepted. Each edit takes the first candidate the engine
 * certifies (an edit that makes the spec bad input proves nothing here).
 */
class SpecTamperTest {
  private static final ObjectMapper YAML = new YAMLMapper();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> STD_OPS = List.of("add", "sub", "mul", "div");

  @TempDir
  Path dir;

  static Stream<String> samples() throws Exception {
    try (Stream<Path> s = Files.list(CliRun.SAMPLES)) {
      return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).sorted()
          .toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("samples")
  void everyStructuralEditIsRejectedAndTheOriginalAccepted(String sample) throws Exception {
    Path original = CliRun.SAMPLES.resolve(sample);
    ObjectNode spec = (ObjectNode) YAML.readTree(original.toFile());
    Catalog bundled = LemmaCatalog.standard();

    CliRun fresh = verify(certify(original, bundled).orElseThrow(), original);
    assertThat(fresh.out()).as(fresh.toString()).isEqualTo("ACCEPTED\n");
    assertThat(fresh.exit()).isZero();

    Map<String, List<ObjectNode>> edits = new TreeMap<>();
    edits.put("stated bound", statedBound(spec));
    edits.put("rule of a node", nodeRule(spec));
    edits.put("node dropped", nodeDropped(spec));
    edits.put("edge rewired", edgeRewired(spec));
    edits.put("opaque block", opaqueBlock(spec));
    for (Map.Entry<String, List<ObjectNode>> e : edits.entrySet()) {
      String cert = firstCertified(e.getValue(), bundled).orElseThrow(() -> new AssertionError(
          sample + ": no candidate for '" + e.getKey() + "' is a spec the engine certifies"));
      CliRun v = verify(stamp(cert, original), original);
      assertThat(v.exit()).as(sample + ", " + e.getKey() + ": " + v).isEqualTo(1);
      assertThat(v.out()).as(sample + ", " + e.getKey()).startsWith("REJECTED at $.");
    }
    // A catalog entry changed: Lemma 3.4 Part 1 (add, sub, mul, div, ...), which every sample
    // applies, made to cost 2*d_std instead of d_std.
    Catalog changed = changedCatalog();
    String cert = certify(original, changed).orElseThrow();
    CliRun v = verify(stamp(cert, original), original);
    assertThat(v.exit()).as(sample + ", catalog entry changed: " + v).isEqualTo(1);
    assertThat(v.out()).startsWith("REJECTED at $.rules[");
    assertThat(v.err()).contains("warning:").contains("lemma catalog");
  }

  // ---- edits -----------------------------------------------------------------------------

  /** The first claim that states a depth states one more d_std. */
  private static List<ObjectNode> statedBound(ObjectNode spec) {
    List<ObjectNode> out = new ArrayList<>();
    ArrayNode claims = (ArrayNode) spec.get("claims");
    for (int i = 0; i < claims.size(); i++) {
      if (claims.get(i).has("stated")) {
        ObjectNode s = spec.deepCopy();
        ObjectNode c = (ObjectNode) s.get("claims").get(i);
        c.put("stated", "(" + c.get("stated").asText() + ") + d_std");
        out.add(s);
      }
    }
    return out;
  }

  /** A node computed by another rule: an add/sub/mul/div node as exp, an exp node as sqrt. */
  private static List<ObjectNode> nodeRule(ObjectNode spec) {
    return eachNode(spec, (node) -> {
      String op = node.get("op").asText();
      if (STD_OPS.contains(op)) {
        node.put("op", "exp");
        return true;
      }
      if (op.equals("exp")) {
        node.put("op", "sqrt");
        return true;
      }
      return false;
    });
  }

  /**
   * A node dropped and bypassed: every node that read it reads the dropped node's first input
   * instead (the output is never dropped, so the block keeps its output shape for the model).
   * The spec's readings go too, since a variant may name the dropped node; the verifier compares
   * a base-reading certificate with the base reading either way.
   */
  private static List<ObjectNode> nodeDropped(ObjectNode spec) {
    List<ObjectNode> out = new ArrayList<>();
    for (String block : fieldNames(spec.get("blocks"))) {
      JsonNode b = spec.get("blocks").get(block);
      if (!b.has("nodes")) {
        continue;
      }
      String output = b.has("output") ? b.get("output").asText() : last(b.get("nodes"));
      for (String node : fieldNames(b.get("nodes"))) {
        JsonNode in = b.get("nodes").get(node).get("in");
        if (node.equals(output) || in == null || !in.isArray() || in.isEmpty()) {
          continue;
        }
        String first = in.get(0).asText();
        ObjectNode s = spec.deepCopy();
        s.remove("variants");
        s.remove("reading");
        ObjectNode nodes = (ObjectNode) s.get("blocks").get(block).get("nodes");
        nodes.remove(node);
        for (String other : fieldNames(nodes)) {
          JsonNode oin = nodes.get(other).get("in");
          if (oin != null && oin.isArray()) {
            for (int k = 0; k < oin.size(); k++) {
              if (oin.get(k).asText().equals(node)) {
                ((ArrayNode) oin).set(k, first);
              }
            }
          }
        }
        out.add(s);
      }
    }
    return out;
  }

  /** One input of one node replaced by another name of the same block. */
  private static List<ObjectNode> edgeRewired(ObjectNode spec) {
    List<ObjectNode> out = new ArrayList<>();
    for (String block : fieldNames(spec.get("blocks"))) {
      JsonNode b = spec.get("blocks").get(block);
      if (!b.has("nodes")) {
        continue;
      }
      List<String> names = new ArrayList<>(fieldNames(b.get("inputs")));
      names.addAll(fieldNames(b.get("nodes")));
      for (String node : fieldNames(b.get("nodes"))) {
        JsonNode in = b.get("nodes").get(node).get("in");
        if (in == null || !in.isArray()) {
          continue;
        }
        for (int k = 0; k < in.size(); k++) {
          for (String other : names) {
            if (!other.equals(in.get(k).asText()) && !other.equals(node) && out.size() < 60) {
              ObjectNode s = spec.deepCopy();
              ((ArrayNode) s.get("blocks").get(block).get("nodes").get(node).get("in"))
                  .set(k, other);
              out.add(s);
            }
          }
        }
      }
    }
    return out;
  }

  /** A block replaced by an opaque one of depth d_std (claims about its nodes dropped). */
  private static List<ObjectNode> opaqueBlock(ObjectNode spec) {
    List<ObjectNode> out = new ArrayList<>();
    for (String block : fieldNames(spec.get("blocks"))) {
      if (!spec.get("blocks").get(block).has("nodes")) {
        continue;
      }
      ObjectNode s = spec.deepCopy();
      // the readings name the block's nodes; the base-reading certificate is compared with the
      // base reading either way
      s.remove("variants");
      s.remove("reading");
      ObjectNode opaque = JSON.createObjectNode().put("op", "opaque").put("depth", "d_std");
      ((ObjectNode) s.get("blocks")).set(block, opaque);
      ArrayNode claims = (ArrayNode) s.get("claims");
      for (int i = claims.size() - 1; i >= 0; i--) {
        if (claims.get(i).get("subject").asText().startsWith(block + ".")) {
          claims.remove(i);
        }
      }
      out.add(s);
    }
    return out;
  }

  private static List<ObjectNode> eachNode(ObjectNode spec, Function<ObjectNode, Boolean> edit) {
    List<ObjectNode> out = new ArrayList<>();
    for (String block : fieldNames(spec.get("blocks"))) {
      JsonNode nodes = spec.get("blocks").get(block).get("nodes");
      for (String node : nodes == null ? List.<String>of() : fieldNames(nodes)) {
        ObjectNode s = spec.deepCopy();
        if (edit.apply((ObjectNode) s.get("blocks").get(block).get("nodes").get(node))) {
          out.add(s);
        }
      }
    }
    return out;
  }

  private static List<String> fieldNames(JsonNode n) {
    List<String> out = new ArrayList<>();
    for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
      out.add(it.next());
    }
    return out;
  }

  private static String last(JsonNode nodes) {
    List<String> names = fieldNames(nodes);
    return names.get(names.size() - 1);
  }

  // ---- engine, stamping, verifier --------------------------------------------------------

  private Optional<String> firstCertified(List<ObjectNode> candidates, Catalog catalog)
      throws Exception {
    for (int i = 0; i < candidates.size(); i++) {
      Path edited = dir.resolve("edited-" + i + ".yaml");
      Files.writeString(edited, YAML.writeValueAsString(candidates.get(i)));
      Optional<String> cert = certify(edited, catalog);
      if (cert.isPresent()) {
        return cert;
      }
    }
    return Optional.empty();
  }

  /** The engine's certificate of a spec, or empty when the engine finds the spec bad input. */
  private static Optional<String> certify(Path spec, Catalog catalog) {
    try {
      return Optional.of(Canonical.certificate(CertificateBuilder.build(
          SpecInput.check(SpecReader.read(spec), catalog))));
    } catch (SpecError e) {
      return Optional.empty();
    }
  }

  /** The certificate as if made from {@code original}: its file name and SHA-256. */
  private Path stamp(String certificate, Path original) throws Exception {
    ObjectNode c = (ObjectNode) JSON.readTree(certificate);
    ObjectNode spec = (ObjectNode) c.get("spec");
    spec.put("sha256", SpecReader.sha256(Files.readAllBytes(original)));
    spec.put("file", original.toString());
    Path out = dir.resolve("stamped.json");
    Files.writeString(out, Canonical.certificate(c), StandardCharsets.UTF_8);
    return out;
  }

  private Path write(String certificate) throws Exception {
    Path out = dir.resolve("certificate.json");
    Files.writeString(out, certificate, StandardCharsets.UTF_8);
    return out;
  }

  private CliRun verify(String certificate, Path spec) throws Exception {
    return verify(write(certificate), spec);
  }

  private static CliRun verify(Path certificate, Path spec) {
    return CliRun.of("verify", certificate.toString(), "--spec", spec.toString());
  }

  private static Catalog changedCatalog() {
    Map<String, byte[]> files = new TreeMap<>(LemmaCatalog.bundledFiles());
    // Lemma 3.4 Part 1 (add, mul, div, ...) made to cost 2 d_std
    String name = "lemmas/arxiv-2412.18040/lemma-3.4-part-1.yaml";
    String text = new String(files.get(name), StandardCharsets.UTF_8);
    String before = "    depth: d_std\n    size: {std: 1}";
    assertThat(text).contains(before);
    files.put(name, text.replaceFirst(java.util.regex.Pattern.quote(before),
        "    depth: 2*d_std\n    size: {std: 1}").getBytes(StandardCharsets.UTF_8));
    return CatalogReader.read(files);
  }
}
