package org.depthcert.verifier;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The lemma uses whose hypothesis the certificate marks VIOLATED, by block (issue #9 class 11):
 * a claim about a block or one of its nodes rests on that block's uses, a claim about the model
 * or claiming a class on all of them, a claim about a lemma on none. Each is written
 * {@code <lemma> at <block>.<node> (hypothesis <text>)}.
 */
final class ViolatedUses {
  private final Map<String, List<String>> byBlock;

  private ViolatedUses(Map<String, List<String>> byBlock) {
    this.byBlock = byBlock;
  }

  static ViolatedUses read(At blocks) {
    Map<String, List<String>> byBlock = new LinkedHashMap<>();
    for (At b : blocks.elements()) {
      List<String> uses = new ArrayList<>();
      if (!b.field("opaque").bool()) {
        for (At n : b.field("nodes").elements()) {
          for (At sc : n.field("sideConditions").elements()) {
            if (sc.field("status").text().equals("VIOLATED")) {
              uses.add(n.field("lemma").text() + " at " + b.field("name").text() + "."
                  + n.field("name").text() + " (hypothesis " + sc.field("hypothesis").text()
                  + ")");
            }
          }
        }
      }
      byBlock.put(b.field("name").text(), uses);
    }
    return new ViolatedUses(byBlock);
  }

  List<String> restingOn(String subject, boolean claimsClass) {
    if (subject.equals("model") || claimsClass) {
      List<String> all = new ArrayList<>();
      byBlock.values().forEach(all::addAll);
      return all;
    }
    if (subject.startsWith("rule:")) {
      return List.of();
    }
    int dot = subject.indexOf('.');
    return byBlock.getOrDefault(dot < 0 ? subject : subject.substring(0, dot), List.of());
  }
}
