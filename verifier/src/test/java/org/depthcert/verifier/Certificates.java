package org.depthcert.verifier;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The snapshot certificates under src/test/resources (see the README there). */
final class Certificates {
  static final List<String> NAMES = List.of("tensor-attention", "rope-tensor-attention",
      "layer-norm-mlp", "assumed-constants");

  private Certificates() {}

  /** The spec a snapshot is about, with the bundled catalog, as {@code verify --spec} reads it. */
  static Verifier.SpecInput spec(String name) {
    java.nio.file.Path file = name.equals("assumed-constants")
        ? java.nio.file.Path.of("..", "cli", "src", "test", "resources", "org", "depthcert", "cli",
            "assumed-constants.yaml")
        : org.depthcert.verifier.spec.Files.SAMPLES.resolve(name + ".yaml");
    return new Verifier.SpecInput(file.toString(), org.depthcert.verifier.spec.Files.bytes(file),
        org.depthcert.verifier.spec.Files.catalog());
  }

  static byte[] bytes(String name) {
    try (InputStream in = Certificates.class.getResourceAsStream("certificates/" + name
        + ".json")) {
      if (in == null) {
        throw new IllegalStateException("no snapshot certificate " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
