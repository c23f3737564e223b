package org.depthcert.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.depthcert.verifier.spec.SpecUnreadable;
import org.depthcert.rules.Catalog;
import picocli.CommandLine.Option;

/** The {@code --catalog FILE} option every command that folds specs shares (a picocli mixin). */
final class CatalogOption {
  @Option(names = "--catalog", paramLabel = "FILE",
      description = "extra lemma catalog file (YAML) on top of the bundled one; may be repeated")
  List<Path> files = new ArrayList<>();

  /** The bundled catalog plus the given files. */
  Catalog load() {
    return SpecInput.catalog(files);
  }

  /** The same files as the verifier's own reader reads them (independently of the engine). */
  org.depthcert.verifier.spec.Catalog verifierCatalog() {
    Map<String, byte[]> all = new TreeMap<>(org.depthcert.verifier.spec.Catalog.bundledFiles());
    for (Path p : files) {
      try {
        all.put(p.toString(), Files.readAllBytes(p));
      } catch (IOException e) {
        throw new UsageError(p + ": cannot read: " + e.getMessage());
      }
    }
    try {
      return org.depthcert.verifier.spec.Catalog.read(all);
    } catch (SpecUnreadable e) {
      throw new UsageError(e.getMessage());
    }
  }
}
