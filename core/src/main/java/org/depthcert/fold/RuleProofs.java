package org.depthcert.fold;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.depthcert.algebra.Decider;
import org.depthcert.rules.Catalog;
import org.depthcert.rules.Rule;

/**
 * Folds derived lemmas' bodies once each (memoised): the fold is the lemma's proof, and its depth
 * and size are what a use of the lemma costs in tight mode.
 */
public final class RuleProofs {
  private final Catalog catalog;
  private final Map<String, BlockResult> done = new HashMap<>();
  private final Set<String> inProgress = new HashSet<>();

  public RuleProofs(Catalog catalog) {
    this.catalog = catalog;
  }

  public BlockResult fold(Rule rule) {
    BlockResult r = done.get(rule.id());
    if (r != null) {
      return r;
    }
    if (!inProgress.add(rule.id())) {
      throw catalog.error(rule.file(), rule.path(), rule.number() + " uses itself in its body");
    }
    try {
      BlockFolder folder = new BlockFolder(catalog, this, Optional.empty(),
          new Decider(List.of()), (path, msg) -> catalog.error(rule.file(), path, msg));
      r = folder.fold(rule.body().orElseThrow());
      done.put(rule.id(), r);
      return r;
    } finally {
      inProgress.remove(rule.id());
    }
  }
}
