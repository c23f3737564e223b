package org.depthcert.verifier;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.math.BigInteger;
import java.util.HexFormat;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.depthcert.verifier.spec.Catalog;
import org.depthcert.verifier.spec.SpecProblem;
import org.depthcert.verifier.spec.SpecReader;
import org.depthcert.verifier.spec.SpecUnreadable;

/**
 * The independent checker of depthcert certificates (format {@code certVersion} "2"). It shares
 * no code with the fold, the LP or the spec loader: it reads the certificate's explicit
 * monomial lists and re-checks every step in exact rational arithmetic, stopping at the first
 * step that does not check.
 */
public final class Verifier {
  public static final String CERT_VERSION = "2";
  /**
   * The samples' certificates are under 200 KB, but a certificate grows by about 3.5 KB per node
   * (a 20,000-node chain gives 69 MB): refuse only inputs beyond what a large spec produces.
   */
  public static final int MAX_BYTES = 512 * 1024 * 1024;

  private static final ObjectMapper JSON = JsonMapper.builder(JsonFactory.builder()
          .streamReadConstraints(StreamReadConstraints.builder()
              .maxNestingDepth(64)
              .maxStringLength(1_000_000)
              .maxNumberLength(1000)
              .maxDocumentLength(MAX_BYTES)
              .build())
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .build())
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .disable(JsonParser.Feature.ALLOW_COMMENTS)
      .build();

  private static final java.util.regex.Pattern SHA256 =
      java.util.regex.Pattern.compile("[0-9a-f]{64}");

  private Verifier() {}

  /**
   * A spec to compare the certificate with: its file name (for messages), its bytes, and the
   * catalog its nodes' rules are taken from (the bundled one, plus any {@code --catalog} files).
   */
  public record SpecInput(String file, byte[] bytes, Catalog catalog) {}

  /**
   * Verifies a certificate. Without {@code spec}, only its arithmetic: every step follows from
   * what the certificate itself starts from. With {@code spec}, also that the certificate is
   * about that spec: its recorded SHA-256, and everything it starts from (see
   * {@link SpecChecks}) exactly as the verifier's own reading of the spec and the catalog gives.
   * Throws {@link UnreadableCertificate} when the bytes are not a version-1 certificate at all,
   * and {@link SpecUnreadable} when the spec cannot be read as a problem.
   */
  public static Outcome verify(byte[] certificate, Optional<SpecInput> spec) {
    return verify(read(certificate), spec);
  }

  /** Verifies an already parsed certificate tree (the tamper test's fast path). */
  static Outcome verify(JsonNode tree, Optional<SpecInput> spec) {
    return Terms.reading(() -> verifyRead(tree, spec));
  }

  private static Outcome verifyRead(JsonNode tree, Optional<SpecInput> spec) {
    if (tree == null || !tree.isObject()) {
      throw new UnreadableCertificate("not a JSON object");
    }
    JsonNode version = tree.get("certVersion");
    if (version == null || !version.isTextual() || !version.textValue().equals(CERT_VERSION)) {
      throw new UnreadableCertificate("unsupported certVersion "
          + (version == null ? "(missing)" : At.abbreviate(version.toString()))
          + ": this verifier reads certVersion \"" + CERT_VERSION + "\""
          + (version != null && version.isTextual() && version.textValue().equals("1")
              ? " (certify the spec again to write it)" : ""));
    }
    At root = At.root(tree);
    try {
      checkAll(root, spec.map(SpecInput::bytes));
      if (spec.isPresent()) {
        Optional<String> variant = root.optional("variant").map(At::text);
        SpecProblem problem = SpecReader.read(spec.get().file(), spec.get().bytes(),
            spec.get().catalog(), variant);
        SpecChecks.check(root, problem, spec.get().catalog());
      }
      return Outcome.accept(spec.isPresent());
    } catch (Rejected r) {
      return Outcome.reject(r.path(), r.reason(), spec.isPresent());
    }
  }

  /**
   * The catalog SHA-256 a certificate records, if it has one where version 1 puts it: for the
   * command line's warning when it is not the catalog at hand. Nothing is verified here.
   */
  public static Optional<String> catalogHash(byte[] certificate) {
    try {
      JsonNode h = read(certificate).path("catalog").path("sha256");
      return h.isTextual() ? Optional.of(h.textValue()) : Optional.empty();
    } catch (UnreadableCertificate e) {
      return Optional.empty();
    }
  }

  private static JsonNode read(byte[] bytes) {
    if (bytes.length > MAX_BYTES) {
      throw new UnreadableCertificate("larger than " + MAX_BYTES + " bytes");
    }
    JsonNode tree;
    try {
      tree = JSON.readTree(bytes);
    } catch (IOException e) {
      String msg = String.valueOf(e.getMessage());
      int cut = msg.indexOf('\n');
      throw new UnreadableCertificate("not valid JSON: " + (cut < 0 ? msg : msg.substring(0, cut)));
    }
    return tree;
  }

  private static void checkAll(At root, Optional<byte[]> spec) {
    CanonicalForm.check(root);
    At specHash = root.field("spec").field("sha256");
    checkHash(specHash);
    checkHash(root.field("catalog").field("sha256"));
    if (spec.isPresent() && !specHash.text().equals(sha256(spec.get()))) {
      throw specHash.reject("the given spec file has SHA-256 " + sha256(spec.get()));
    }
    Set<String> parameters = new TreeSet<>();
    Map<String, Poly> relations = new LinkedHashMap<>();
    for (At p : root.field("parameters").elements()) {
      if (!parameters.add(p.field("name").text())) {
        throw p.field("name").reject("parameter declared twice");
      }
      if (p.has("equals")) {
        relations.put(p.field("name").text(), Terms.polynomial(p.field("equals")));
      }
    }
    List<Domain.Assumption> assumptions = Domain.readAssumptions(root.field("assumptions"));
    Set<String> universe = Domain.universe(parameters, root.field("constants"), assumptions);
    Map<String, BigInteger> witness =
        Domain.readWitness(root.field("domainWitness"), universe, assumptions);
    Domain domain = new Domain(assumptions, Domain.readGrowth(root.field("growth")), parameters,
        witness);
    Map<String, RuleInfo> rules = new LinkedHashMap<>();
    for (At r : root.field("rules").elements()) {
      RuleInfo rule = RuleInfo.read(r);
      if (rules.put(rule.id(), rule) != null) {
        throw r.field("id").reject("rule listed twice");
      }
    }
    Map<String, BlockInfo> blocks = new LinkedHashMap<>();
    for (At b : root.field("blocks").elements()) {
      BlockInfo block = BlockChecks.check(b, rules);
      if (blocks.put(block.name(), block) != null) {
        throw b.field("name").reject("block listed twice");
      }
    }
    At model = root.field("model");
    Composition composed = Composition.of(model.field("items"), blocks);
    Set<Poly> modelDepth = Terms.depth(model.field("depth"));
    if (!modelDepth.equals(composed.depth())) {
      throw model.field("depth").reject("the composition gives " + composed.depth());
    }
    At size = root.field("size");
    Map<String, Poly> byKind = Terms.sizes(size.field("byKind"));
    if (!Sizes.same(byKind, composed.size())) {
      throw size.field("byKind").reject("the composition gives " + composed.size());
    }
    Poly gadgets = Terms.polynomial(size.field("gadgets"));
    if (!gadgets.equals(Sizes.total(byKind))) {
      throw size.field("gadgets").reject("the sum over kinds is " + Sizes.total(byKind));
    }
    String classId = ClassChecks.check(root.field("class"), domain, modelDepth, gadgets);
    ClassChecks.checkDegree(size, gadgets, ClassChecks.related(gadgets, relations), domain);
    UserAssumptionChecks.check(root);
    boolean strict = root.field("strict").bool();
    ClaimChecks claims = new ClaimChecks(blocks, rules, modelDepth, domain, classId, strict,
        ViolatedUses.read(root.field("blocks")));
    String verdict = "PASS";
    for (At c : root.field("claims").elements()) {
      String v = claims.check(c);
      if (v.equals("FAILS")) {
        verdict = "FAIL";
      } else if (v.equals("UNDECIDED") && verdict.equals("PASS")) {
        verdict = "UNDECIDED";
      }
    }
    if (!root.field("verdict").text().equals(verdict)) {
      throw root.field("verdict").reject("the claims give " + verdict);
    }
  }

  private static void checkHash(At at) {
    if (!SHA256.matcher(at.text()).matches()) {
      throw at.reject("not a SHA-256 in lowercase hex");
    }
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }
}
