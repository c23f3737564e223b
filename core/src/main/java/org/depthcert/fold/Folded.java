package org.depthcert.fold;

import java.util.LinkedHashMap;
import org.depthcert.rules.Catalog;
import org.depthcert.spec.Spec;

/** A spec folded against a catalog: every block, and the model composed from them. */
public record Folded(Spec spec, Catalog catalog, RuleProofs proofs,
    LinkedHashMap<String, BlockResult> blocks, ModelResult model) {}
