package org.depthcert.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
}
