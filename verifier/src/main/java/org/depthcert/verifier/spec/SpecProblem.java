package org.depthcert.verifier.spec;

import java.util.List;
import java.util.Optional;
import org.depthcert.verifier.Poly;

/**
 * The problem a spec states, as the verifier reads it on its own (no engine code): parameters
 * with their assumptions, depth constants, blocks with their nodes in spec order (each node
 * instantiated from its catalog rule: bindings, output shape, local depth, size), the model's
 * composition and the claims with their stated bounds. With a variant, the spec as that variant
 * rewrites it. Depth terms are max-plus terms: the max of a normalised set of {@link Poly}s (see
 * {@link org.depthcert.verifier.MaxTerm}).
 *
 * @param file the spec's file name, as given
 * @param sha256 the SHA-256 of the spec's bytes, lowercase hex
 * @param variant the variant applied, empty for the base reading
 * @param declaredConstants the constants the spec declares (not the built-in ones)
 * @param rules the catalog rules the nodes apply and the claims name ({@code rule:op}), in
 *     catalog order
 */
public record SpecProblem(String file, String sha256, String title, String description,
    String source, Optional<String> variant, List<Parameter> parameters,
    List<String> declaredConstants, List<Assumption> assumptions, List<Growth> growth,
    List<Block> blocks, List<ModelItem> model, List<Claim> claims, List<CatalogRule> rules) {

  /** The built-in depth constants, in the order the seed paper introduces them. */
  public static final List<String> BUILT_IN_CONSTANTS =
      List.of("d_std", "d_sum", "d_prod", "d_exp", "d_trig", "d_sqrt");

  public SpecProblem {
    parameters = List.copyOf(parameters);
    declaredConstants = List.copyOf(declaredConstants);
    assumptions = List.copyOf(assumptions);
    growth = List.copyOf(growth);
    blocks = List.copyOf(blocks);
    model = List.copyOf(model);
    claims = List.copyOf(claims);
    rules = List.copyOf(rules);
  }

  public Optional<Block> block(String name) {
    return blocks.stream().filter(b -> b.name().equals(name)).findFirst();
  }
}
