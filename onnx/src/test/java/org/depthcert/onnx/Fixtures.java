package org.depthcert.onnx;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.depthcert.algebra.DepthTerm;
import org.depthcert.check.CheckResult;
import org.depthcert.check.Checker;
import org.depthcert.expr.FormulaParser;
import org.depthcert.fold.Folder;
import org.depthcert.lemmas.LemmaCatalog;
import org.depthcert.rules.Catalog;
import org.depthcert.spec.LocatedTree;
import org.depthcert.spec.Spec;
import org.depthcert.spec.SpecReader;

/** The checked-in ONNX fixtures (made by export_models.py beside them) and how tests use them. */
final class Fixtures {
  static final Catalog CATALOG = LemmaCatalog.standard();

  private Fixtures() {}

  static Path path(String name) {
    try {
      return Path.of(Fixtures.class.getResource(name).toURI());
    } catch (URISyntaxException | NullPointerException e) {
      throw new IllegalStateException("missing fixture " + name, e);
    }
  }

  static Imported importFixture(String name, String... dims) {
    return OnnxImporter.importModel(path(name), List.of(dims), null, null, CATALOG);
  }

  static Spec spec(Imported imported) {
    byte[] bytes = imported.yaml().getBytes(StandardCharsets.UTF_8);
    return SpecReader.read(LocatedTree.parse("imported.yaml", bytes), SpecReader.sha256(bytes),
        CATALOG.declaredConstants());
  }

  static CheckResult check(Imported imported) {
    return Checker.check(Folder.fold(spec(imported), CATALOG));
  }

  /** A depth term written as the tests' comments derive it, e.g. 31d_std + 11d_sum. */
  static DepthTerm term(String text) {
    return new FormulaParser(Set.of()).parseTerm(text);
  }
}
