package org.depthcert.verifier.coq;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.depthcert.verifier.Poly;
import org.depthcert.verifier.spec.CatalogRule;
import org.depthcert.verifier.spec.ModelItem;
import org.depthcert.verifier.spec.SpecProblem;

/**
 * The problem the Coq file states, from the verifier's own reading of the spec and the catalog
 * ({@link SpecProblem}): nothing here comes from the certificate but the nodes' notes, which are
 * comments for people.
 */
final class SpecProblems {
  private SpecProblems() {}

  static Problem of(SpecProblem sp, String specFile, Map<String, String> notes) {
    List<Problem.Parameter> parameters = sp.parameters().stream()
        .map(p -> new Problem.Parameter(p.name(), p.meaning())).toList();
    List<String> constants = new ArrayList<>(SpecProblem.BUILT_IN_CONSTANTS);
    sp.declaredConstants().stream().filter(c -> !constants.contains(c)).forEach(constants::add);
    List<Problem.Assumption> assumptions = sp.assumptions().stream()
        .map(a -> new Problem.Assumption(a.text(), a.lhs(), a.rhs())).toList();
    List<Problem.Block> blocks = new ArrayList<>();
    for (org.depthcert.verifier.spec.Block b : sp.blocks()) {
      blocks.add(block(sp, b, notes));
    }
    List<Problem.Rule> rules = new ArrayList<>();
    for (CatalogRule r : sp.rules()) {
      Optional<Problem.Block> body = r.body().map(b -> block(sp, b, Map.of()));
      for (String op : r.ops()) {
        rules.add(new Problem.Rule(op, r.id(), r.number(), r.title(),
            new ArrayList<>(r.depth()), body));
      }
    }
    List<Problem.Claim> claims = sp.claims().stream()
        .map(c -> new Problem.Claim(c.id(), c.subject(),
            c.stated().map(s -> (List<Poly>) new ArrayList<>(s)), c.source(), c.claimedClass()))
        .toList();
    return new Problem(sp.title(), sp.source(), specFile, parameters, constants, assumptions,
        blocks, items(sp.model()), rules, claims);
  }

  private static Problem.Block block(SpecProblem sp, org.depthcert.verifier.spec.Block b,
      Map<String, String> notes) {
    if (b.opaque()) {
      return new Problem.Block(b.name(), b.title(),
          Optional.of(new ArrayList<>(b.opaqueDepth().orElseThrow())), List.of(), List.of(), "");
    }
    List<Problem.Node> nodes = new ArrayList<>();
    for (org.depthcert.verifier.spec.Node n : b.nodes()) {
      String lemma = sp.rules().stream().filter(r -> r.id().equals(n.rule())).findFirst()
          .map(CatalogRule::number).orElse(n.rule());
      nodes.add(new Problem.Node(n.name(), n.op(), n.rule(), lemma,
          notes.getOrDefault(b.name() + "." + n.name(), ""), n.inputs(),
          new ArrayList<>(n.local()), n.size()));
    }
    return new Problem.Block(b.name(), b.title(), Optional.empty(),
        new ArrayList<>(b.inputs().keySet()), nodes, b.output());
  }

  private static List<Problem.Item> items(List<ModelItem> model) {
    List<Problem.Item> out = new ArrayList<>();
    for (ModelItem i : model) {
      if (i instanceof ModelItem.BlockStep b) {
        out.add(new Problem.BlockItem(b.block()));
      } else {
        ModelItem.Repeat r = (ModelItem.Repeat) i;
        out.add(new Problem.Repeat(r.count(), items(r.body())));
      }
    }
    return out;
  }
}
