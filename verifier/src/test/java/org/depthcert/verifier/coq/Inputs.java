package org.depthcert.verifier.coq;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import org.depthcert.verifier.spec.Files;

/**
 * The snapshot certificates (verifier/src/test/resources, regenerated from the samples at each
 * merge) with the spec each is about.
 */
final class Inputs {
  /** Snapshot name to its spec file, relative to the verifier module. */
  static final Map<String, Path> SPECS = Map.of(
      "rope-tensor-attention", Files.SAMPLES.resolve("rope-tensor-attention.yaml"),
      "tensor-attention", Files.SAMPLES.resolve("tensor-attention.yaml"),
      "layer-norm-mlp", Files.SAMPLES.resolve("layer-norm-mlp.yaml"),
      "assumed-constants", Path.of("..", "cli", "src", "test", "resources", "org", "depthcert",
          "cli", "assumed-constants.yaml"));

  private Inputs() {}

  static byte[] certificate(String name) {
    try (InputStream in = Inputs.class.getResourceAsStream(
        "/org/depthcert/verifier/certificates/" + name + ".json")) {
      if (in == null) {
        throw new IllegalStateException("no snapshot certificate " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode tree(String name) {
    try {
      return new ObjectMapper().readTree(certificate(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] spec(String name) {
    return Files.bytes(SPECS.get(name));
  }

  /** The .v text of a snapshot, through the verifier as the CLI does it. */
  static String export(String name) {
    return CoqExport.export(certificate(name), SPECS.get(name).toString(), spec(name),
        Files.catalog());
  }

  /** The .v text of a (possibly tampered) certificate tree, without asking the verifier. */
  static String unchecked(String name, JsonNode tree) {
    return CoqExport.write(tree, SPECS.get(name).toString(), spec(name), Files.catalog());
  }
}
