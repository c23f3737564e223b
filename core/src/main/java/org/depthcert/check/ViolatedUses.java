package org.depthcert.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.depthcert.fold.BlockResult;
import org.depthcert.fold.Folded;
import org.depthcert.fold.NodeResult;
import org.depthcert.fold.SideCondition;
import org.depthcert.spec.ClaimSpec;

/**
 * Lemma uses whose hypothesis is violated at the node applying them (issue #9 class 11), by
 * block, and which of them a claim rests on: a claim about a block or one of its nodes rests on
 * that block's uses; a claim about the model, or one claiming a class, rests on every use; a
 * claim about a lemma itself rests on none.
 */
public final class ViolatedUses {
  private final Map<String, List<String>> byBlock;

  private ViolatedUses(Map<String, List<String>> byBlock) {
    this.byBlock = byBlock;
  }

  public static ViolatedUses of(Folded folded) {
    Map<String, List<String>> byBlock = new LinkedHashMap<>();
    for (BlockResult b : folded.blocks().values()) {
      List<String> uses = new ArrayList<>();
      for (NodeResult n : b.nodes()) {
        for (SideCondition s : n.sideConditions()) {
          if (s.status() == SideCondition.Status.VIOLATED) {
            uses.add(text(b.name(), n.name(), n.rule().number(), s.hypothesis()));
          }
        }
      }
      byBlock.put(b.name(), List.copyOf(uses));
    }
    return new ViolatedUses(byBlock);
  }

  /** One use as the certificate and reports write it; the verifier builds the same string. */
  public static String text(String block, String node, String lemma, String hypothesis) {
    return lemma + " at " + block + "." + node + " (hypothesis " + hypothesis + ")";
  }

  public List<String> all() {
    List<String> out = new ArrayList<>();
    byBlock.values().forEach(out::addAll);
    return out;
  }

  public List<String> restingOn(ClaimSpec c) {
    if (c.subject().equals("model") || c.claimedClass().isPresent()) {
      return all();
    }
    if (c.subject().startsWith("rule:")) {
      return List.of();
    }
    int dot = c.subject().indexOf('.');
    String block = dot < 0 ? c.subject() : c.subject().substring(0, dot);
    return byBlock.getOrDefault(block, List.of());
  }
}
