package org.depthcert.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** Every snapshot certificate is accepted and valid against the published JSON Schema. */
class SampleCertificatesTest {
  static final List<String> NAMES = Certificates.NAMES;

  static JsonSchema schema() throws Exception {
    try (InputStream in = Verifier.class.getResourceAsStream("certificate.schema.json")) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    }
  }

  @ParameterizedTest
  @FieldSource("NAMES")
  void accepted(String name) {
    Outcome o = Verifier.verify(Certificates.bytes(name), Optional.empty());
    assertThat(o.line()).isEqualTo("ACCEPTED");
    assertThat(o.accepted()).isTrue();
  }

  @ParameterizedTest
  @FieldSource("NAMES")
  void validAgainstTheSchema(String name) throws Exception {
    JsonNode tree = Tamper.read(Certificates.bytes(name));
    Set<ValidationMessage> errors = schema().validate(tree);
    assertThat(errors).isEmpty();
  }

  @ParameterizedTest
  @FieldSource("NAMES")
  void theSchemaItselfRejectsAFloatAndAWrongVersion(String name) throws Exception {
    // The schema is not vacuous: it refuses what the format forbids.
    JsonNode tree = Tamper.read(Certificates.bytes(name));
    ((com.fasterxml.jackson.databind.node.ObjectNode) tree).put("certVersion", "1");
    ((com.fasterxml.jackson.databind.node.ObjectNode) tree.get("size")).put("degreeInN", 1.5);
    assertThat(schema().validate(tree)).hasSize(2);
  }
}
