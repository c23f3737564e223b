package org.depthcert.cli;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.depthcert.check.Checker;
import org.depthcert.fold.Folder;
import org.depthcert.lemmas.LemmaCatalog;
import org.depthcert.rules.Catalog;
import org.depthcert.spec.LocatedTree;
import org.depthcert.spec.Spec;
import org.depthcert.spec.SpecError;
import org.depthcert.spec.SpecReader;

/**
 * Fuzzes the whole spec pipeline on raw bytes: parse (YAML), read, fold, check. The only exception
 * allowed out is {@link SpecError}, the user error the CLI prints on one line with exit code 2;
 * anything else would be an "internal error" (exit 3) and is a finding. In the normal test run this
 * replays the seed corpus in {@code SpecLoaderFuzzTestInputs/load} (the samples and small broken
 * specs); {@code JAZZER_FUZZ=1} fuzzes (docs/fuzzing.md).
 */
class SpecLoaderFuzzTest {
  private static final Catalog CATALOG = LemmaCatalog.standard();

  @FuzzTest(maxDuration = "5m")
  void load(byte[] bytes) {
    try {
      Spec spec = SpecReader.read(LocatedTree.parse("fuzz.yaml", bytes), SpecReader.sha256(bytes));
      Checker.check(Folder.fold(spec, CATALOG));
    } catch (SpecError expected) {
      // a located user error: the only allowed outcome besides a result
    }
  }
}
