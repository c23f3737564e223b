package org.depthcert.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.depthcert.cert.CertificateBuilder;
import org.depthcert.check.Checker;
import org.depthcert.fold.Folder;
import org.depthcert.lemmas.LemmaCatalog;
import org.depthcert.spec.SpecReader;

/** Test support: the real pipeline (spec, fold, check, certificate) for the repository samples. */
final class Certificates {
  /** The injection spec: every free-text field carries a payload. */
  static final Path INJECTION = Path.of("src/test/resources/org/depthcert/report/injection.yaml");

  private Certificates() {}

  private static final Map<Path, ObjectNode> CACHE = new ConcurrentHashMap<>();

  /** The certificate of {@code spec}, computed once per test run (read only: do not modify). */
  static ObjectNode cached(Path spec) {
    return CACHE.computeIfAbsent(spec.toAbsolutePath().normalize(), Certificates::certify);
  }

  static ObjectNode certify(Path spec) {
    return CertificateBuilder.build(Checker.check(Folder.fold(SpecReader.read(spec),
        LemmaCatalog.standard())));
  }

  /** Every sample spec of the repository, in name order. */
  static List<Path> samples() {
    try (Stream<Path> s = Files.list(Path.of("../samples"))) {
      List<Path> out = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
      if (out.isEmpty()) {
        throw new IllegalStateException("no samples found in ../samples");
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
