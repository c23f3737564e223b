package org.depthcert.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.depthcert.check.CheckResult;
import org.depthcert.check.Checker;
import org.depthcert.fold.Folded;
import org.depthcert.fold.Folder;
import org.depthcert.lemmas.LemmaCatalog;
import org.depthcert.onnx.Imported;
import org.depthcert.onnx.OnnxImporter;
import org.depthcert.rules.Catalog;
import org.depthcert.spec.LocatedTree;
import org.depthcert.spec.Spec;
import org.depthcert.spec.SpecReader;
import org.depthcert.spec.UnreachableNodes;

/** Loads, folds and checks one spec: a file, or a sample bundled in the jar. */
final class SpecInput {
  /** The sample {@code depthcert certify} uses when given no spec. */
  static final String DEFAULT_SAMPLE = "rope-tensor-attention.yaml";

  private SpecInput() {}

  static Catalog catalog(List<Path> extra) {
    return extra.isEmpty() ? LemmaCatalog.standard() : LemmaCatalog.with(extra);
  }

  static CheckResult check(Path file, Catalog catalog) {
    return check(read(file, catalog), catalog);
  }

  static CheckResult check(Path file, Catalog catalog, boolean strict, PrintWriter warnings) {
    return check(read(file, catalog), catalog, strict, warnings);
  }

  /** Loads and folds a spec file, without checking its claims (graph, explain). */
  static Folded fold(Path file, Catalog catalog) {
    return Folder.fold(read(file, catalog), catalog);
  }

  /**
   * A spec file, or an ONNX model imported on the fly (every concrete size stays a number; use
   * {@code depthcert import --dim} to name them).
   */
  static Spec read(Path file, Catalog catalog) {
    if (!file.getFileName().toString().endsWith(".onnx")) {
      return SpecReader.read(file, catalog.declaredConstants());
    }
    Imported imported = OnnxImporter.importModel(file, List.of(), null, null, catalog);
    byte[] bytes = imported.yaml().getBytes(StandardCharsets.UTF_8);
    return SpecReader.read(LocatedTree.parse(file + " (imported)", bytes),
        SpecReader.sha256(bytes), catalog.declaredConstants());
  }

  /** Checks the spec in its base reading and in every variant it declares. */
  static CheckResult check(Spec spec, Catalog catalog) {
    return Checker.checkAllReadings(spec, catalog);
  }

  /**
   * Checks the spec in every reading (a claim resting on a violated hypothesis fails with
   * {@code strict}); prints a warning line for each node that does not reach its output.
   */
  static CheckResult check(Spec spec, Catalog catalog, boolean strict, PrintWriter warnings) {
    CheckResult r = Checker.checkAllReadings(spec, catalog, strict);
    UnreachableNodes.warnings(spec).forEach(warnings::println);
    warnings.flush();
    return r;
  }

  /** A bundled sample, read from the jar under its repository path. */
  static Spec bundled(String name) {
    byte[] bytes = bundledBytes(name);
    return SpecReader.read(LocatedTree.parse("samples/" + name, bytes), SpecReader.sha256(bytes));
  }

  /** The bytes of a bundled sample. */
  static byte[] bundledBytes(String name) {
    try (InputStream in = SpecInput.class.getResourceAsStream("/org/depthcert/samples/" + name)) {
      if (in == null) {
        throw new UsageError("no bundled sample " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
