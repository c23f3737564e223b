package org.depthcert.spec;

import java.util.LinkedHashMap;
import java.util.List;
import org.depthcert.algebra.Assumption;

/**
 * One architecture as loaded from its spec file, validated except for what needs the catalog.
 * {@code readings} are the readings of the paper the spec declares ({@code reading:},
 * {@code variants:}) and which one this object is (docs/audit.md, "Readings and variants").
 */
public record Spec(String file, String sha256, String title, String description, String source,
    List<Parameter> parameters, List<String> declaredConstants, List<Assumption> assumptions,
    List<GrowthBound> growthBounds, LinkedHashMap<String, BlockSpec> blocks,
    List<ModelItem> model, List<ClaimSpec> claims, LocatedTree tree, SpecReadings readings) {
  /** A spec with no declared readings (the form before variants existed). */
  public Spec(String file, String sha256, String title, String description, String source,
      List<Parameter> parameters, List<String> declaredConstants, List<Assumption> assumptions,
      List<GrowthBound> growthBounds, LinkedHashMap<String, BlockSpec> blocks,
      List<ModelItem> model, List<ClaimSpec> claims, LocatedTree tree) {
    this(file, sha256, title, description, source, parameters, declaredConstants, assumptions,
        growthBounds, blocks, model, claims, tree, SpecReadings.NONE);
  }

  /** The same spec with other blocks and readings (a variant), claims and all else unchanged. */
  public Spec withBlocks(LinkedHashMap<String, BlockSpec> newBlocks, SpecReadings newReadings) {
    return new Spec(file, sha256, title, description, source, parameters, declaredConstants,
        assumptions, growthBounds, newBlocks, model, claims, tree, newReadings);
  }

  /** The same spec with other claims (the audit checks a paper's results as claims). */
  public Spec withClaims(List<ClaimSpec> newClaims) {
    return new Spec(file, sha256, title, description, source, parameters, declaredConstants,
        assumptions, growthBounds, blocks, model, newClaims, tree, readings);
  }

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
