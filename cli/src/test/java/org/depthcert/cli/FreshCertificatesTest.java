package org.depthcert.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.depthcert.cert.Canonical;
import org.depthcert.cert.CertificateBuilder;
import org.depthcert.lemmas.LemmaCatalog;
import org.depthcert.spec.LocatedTree;
import org.depthcert.spec.Spec;
import org.depthcert.spec.SpecReader;
import org.depthcert.verifier.Verifier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Certificates the engine writes now: the independent verifier accepts each, each is valid
 * against the published schema, and each is the snapshot the verifier module's tamper test
 * mutates (so the tamper counts are about real engine output; regenerate the snapshots as
 * verifier/src/test/resources/org/depthcert/verifier/certificates/README.md says).
 */
class FreshCertificatesTest {
  static final List<String> NAMES = List.of("tensor-attention", "rope-tensor-attention",
      "layer-norm-mlp", "assumed-constants");
  private static final String TEST_SPEC = "cli/src/test/resources/org/depthcert/cli/"
      + "assumed-constants.yaml";
  private static final ObjectMapper JSON = new ObjectMapper();

  static String certificate(String name) throws Exception {
    Spec spec;
    if (name.equals("assumed-constants")) {
      byte[] bytes;
      try (InputStream in = FreshCertificatesTest.class.getResourceAsStream(
          "assumed-constants.yaml")) {
        bytes = in.readAllBytes();
      }
      spec = SpecReader.read(LocatedTree.parse(TEST_SPEC, bytes), SpecReader.sha256(bytes));
    } else {
      spec = SpecInput.bundled(name + ".yaml");
    }
    return Canonical.certificate(CertificateBuilder.build(SpecInput.check(spec,
        LemmaCatalog.standard())));
  }

  @ParameterizedTest
  @FieldSource("NAMES")
  void acceptedSchemaValidAndEqualToTheSnapshot(String name) throws Exception {
    String fresh = certificate(name);
    byte[] bytes = fresh.getBytes(StandardCharsets.UTF_8);
    assertThat(Verifier.verify(bytes, Optional.empty()).line()).isEqualTo("ACCEPTED");
    JsonSchema schema;
    try (InputStream in = Verifier.class.getResourceAsStream("certificate.schema.json")) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    }
    JsonNode tree = JSON.readTree(bytes);
    assertThat(schema.validate(tree)).isEmpty();
    JsonNode snapshot = JSON.readTree(Files.readAllBytes(Path.of("..", "verifier", "src",
        "test", "resources", "org", "depthcert", "verifier", "certificates", name + ".json")));
    ((ObjectNode) tree.get("tool")).put("version", "");
    ((ObjectNode) snapshot.get("tool")).put("version", "");
    assertThat(tree).as("snapshot certificate " + name + " is out of date: regenerate it")
        .isEqualTo(snapshot);
    // Canonical serialisation is deterministic: the same input gives the same bytes.
    assertThat(certificate(name)).isEqualTo(fresh);
  }
}
