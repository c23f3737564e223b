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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;
import org.depthcert.audit.ClassCatalog;
import org.depthcert.rules.Catalog;
import org.depthcert.rules.CatalogReader;

/**
 * The bundled lemma catalog: the YAML files listed in {@code index.txt} beside them, one per
 * source paper. Users may add their own files on top.
 */
public final class LemmaCatalog {
  private static final String DIR = "/org/depthcert/lemmas/";

  /**
   * The bundled catalog, read once per process: it is immutable, and reading its YAML is a fifth
   * of a one-shot {@code check}. A task so that {@link #preload} can start it early.
   */
  private static final FutureTask<Catalog> STANDARD =
      new FutureTask<>(() -> CatalogReader.read(bundledFiles()));
  private static final AtomicBoolean PRELOADING = new AtomicBoolean();

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

  /** The bundled catalog (the same instance on every call). */
  public static Catalog standard() {
    STANDARD.run(); // reads it here unless preload's thread is reading it or has read it
    try {
      return STANDARD.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading the bundled catalog", e);
    } catch (ExecutionException e) {
      // what reading it threw (a SpecError for a broken bundled file), as if thrown here
      if (e.getCause() instanceof RuntimeException) {
        throw (RuntimeException) e.getCause();
      }
      if (e.getCause() instanceof Error) {
        throw (Error) e.getCause();
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /**
   * Starts reading the bundled catalog on a background thread, so that it overlaps the command
   * line's own start-up; {@link #standard} then waits for it. Does nothing once started.
   */
  public static void preload() {
    if (!PRELOADING.compareAndSet(false, true)) {
      return;
    }
    Thread t = new Thread(STANDARD::run, "depthcert-catalog");
    t.setDaemon(true);
    t.start();
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
