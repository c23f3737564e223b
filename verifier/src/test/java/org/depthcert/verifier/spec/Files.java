package org.depthcert.verifier.spec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The repository's samples and bundled catalog, read from the source tree: the verifier module
 * has no dependency on the lemmas module, so its tests read the catalog files as the CLI's class
 * path would give them (index.txt, names {@code lemmas/<path>}).
 */
final class Files {
  static final Path SAMPLES = Path.of("..", "samples");
  private static final Path LEMMAS = Path.of("..", "lemmas", "src", "main", "resources", "org",
      "depthcert", "lemmas");

  private Files() {}

  static byte[] bytes(Path p) {
    try {
      return java.nio.file.Files.readAllBytes(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static SortedMap<String, byte[]> catalogFiles() {
    SortedMap<String, byte[]> files = new TreeMap<>();
    String index = new String(bytes(LEMMAS.resolve("index.txt")), StandardCharsets.UTF_8);
    for (String line : index.split("\n")) {
      String name = line.trim();
      if (!name.isEmpty() && !name.startsWith("#")) {
        files.put("lemmas/" + name, bytes(LEMMAS.resolve(name)));
      }
    }
    return files;
  }

  static Catalog catalog() {
    return Catalog.read(catalogFiles());
  }

  static SpecProblem sample(String name) {
    Path p = SAMPLES.resolve(name + ".yaml");
    return SpecReader.read(p.toString(), bytes(p), catalog(), java.util.Optional.empty());
  }
}
