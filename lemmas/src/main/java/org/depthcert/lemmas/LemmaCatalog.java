package org.depthcert.lemmas;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.depthcert.audit.ClassCatalog;
import org.depthcert.rules.Catalog;
import org.depthcert.rules.CatalogReader;

/**
 * The bundled lemma catalog: the YAML files listed in {@code index.txt} beside them, one per
 * source paper. Users may add their own files on top.
 */
public final class LemmaCatalog {
  private static final String DIR = "/org/depthcert/lemmas/";

  private LemmaCatalog() {}

  /** The bundled files, name to content. */
  public static Map<String, byte[]> bundledFiles() {
    Map<String, byte[]> files = new TreeMap<>();
    String index = new String(resource("index.txt"), StandardCharsets.UTF_8);
    for (String line : index.split("\n")) {
      String name = line.trim();
      if (!name.isEmpty() && !name.startsWith("#")) {
        files.put("lemmas/" + name, resource(name));
      }
    }
    return files;
  }

  public static Catalog standard() {
    return CatalogReader.read(bundledFiles());
  }

  /** The bundled catalog plus the user's files (a name clash with a bundled op is an error). */
  public static Catalog with(List<Path> extra) {
    Map<String, byte[]> files = new TreeMap<>(bundledFiles());
    for (Path p : extra) {
      try {
        files.put(p.toString(), Files.readAllBytes(p));
      } catch (IOException e) {
        throw new org.depthcert.spec.SpecError(p.toString(), 0, "", "cannot read: "
            + e.getMessage());
      }
    }
    return CatalogReader.read(files);
  }

  /**
   * The bundled catalog of complexity classes (with the inclusions of Fact 3.15) and problems
   * with the class they are complete for, which {@code depthcert audit} derives hardness from.
   */
  public static ClassCatalog classes() {
    return ClassCatalog.read("lemmas/classes.yaml", resource("classes.yaml"));
  }

  private static byte[] resource(String name) {
    try (InputStream in = LemmaCatalog.class.getResourceAsStream(DIR + name)) {
      if (in == null) {
        throw new IllegalStateException("missing bundled catalog file " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
