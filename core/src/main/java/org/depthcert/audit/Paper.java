package org.depthcert.audit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import org.depthcert.spec.LocatedTree;
import org.depthcert.spec.SpecError;

/** A paper file: the architectures it is about and its results in the paper's order. */
public record Paper(String file, String title, String source,
    LinkedHashMap<String, Architecture> architectures, List<PaperResult> results,
    LocatedTree tree) {
  public Optional<PaperResult> result(String id) {
    return results.stream().filter(r -> r.id().equals(id)).findFirst();
  }

  public SpecError error(String path, String message) {
    return tree.error(path, message);
  }
}
