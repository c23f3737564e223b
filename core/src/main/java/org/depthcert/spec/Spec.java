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

  /** The relations {@code d = h*e} its parameters declare, by the parameter they define. */
  public java.util.Map<String, org.depthcert.algebra.Polynomial> relations() {
    java.util.Map<String, org.depthcert.algebra.Polynomial> r = new java.util.TreeMap<>();
    parameters.forEach(p -> p.equals().ifPresent(e -> r.put(p.name(), e)));
    return r;
  }
}
