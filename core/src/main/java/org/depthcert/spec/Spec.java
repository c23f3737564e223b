package org.depthcert.spec;

import java.util.LinkedHashMap;
import java.util.List;
import org.depthcert.algebra.Assumption;

/** One architecture as loaded from its spec file, validated except for what needs the catalog. */
public record Spec(String file, String sha256, String title, String description, String source,
    List<Parameter> parameters, List<String> declaredConstants, List<Assumption> assumptions,
    List<GrowthBound> growthBounds, LinkedHashMap<String, BlockSpec> blocks,
    List<ModelItem> model, List<ClaimSpec> claims, LocatedTree tree) {
  /** A located error in this spec file. */
  public SpecError error(String path, String message) {
    return tree.error(path, message);
  }
}
