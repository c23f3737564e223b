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
