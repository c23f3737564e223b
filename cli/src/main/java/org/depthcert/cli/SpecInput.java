package org.depthcert.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.depthcert.check.CheckResult;
import org.depthcert.check.Checker;
import org.depthcert.fold.Folded;
import org.depthcert.fold.Folder;
import org.depthcert.lemmas.LemmaCatalog;
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

  static CheckResult check(Path file, Catalog catalog, PrintWriter warnings) {
    return check(SpecReader.read(file), catalog, warnings);
  }

  /** Loads and folds a spec file, without checking its claims (graph, explain). */
  static Folded fold(Path file, Catalog catalog) {
    return Folder.fold(SpecReader.read(file), catalog);
  }

  /** Folds and checks; prints a warning line for each node that does not reach its output. */
  static CheckResult check(Spec spec, Catalog catalog, PrintWriter warnings) {
    CheckResult r = Checker.check(Folder.fold(spec, catalog));
    UnreachableNodes.warnings(spec).forEach(warnings::println);
    warnings.flush();
    return r;
  }

  /** A bundled sample, read from the jar under its repository path. */
  static Spec bundled(String name) {
    try (InputStream in = SpecInput.class.getResourceAsStream("/org/depthcert/samples/" + name)) {
      if (in == null) {
        throw new UsageError("no bundled sample " + name);
      }
      byte[] bytes = in.readAllBytes();
      return SpecReader.read(LocatedTree.parse("samples/" + name, bytes),
          SpecReader.sha256(bytes));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
