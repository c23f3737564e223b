package org.depthcert.fold;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.depthcert.algebra.DepthTerm;
import org.depthcert.algebra.Polynomial;
import org.depthcert.rules.Rule;
import org.depthcert.spec.NodeSpec;
import org.depthcert.spec.Shape;

/**
 * One folded node: the rule applied, its local and arrival depth, shape, size, side conditions,
 * and the modelling assumption a replicating wiring op rests on (issue #9 class 10).
 */
public record NodeResult(NodeSpec spec, Rule rule, Map<String, Polynomial> bindings, Shape shape,
    DepthTerm local, DepthTerm arrival, List<Attainment> attainedBy, Map<String, Polynomial> size,
    List<SideCondition> sideConditions, Optional<String> modellingAssumption) {
  public String name() {
    return spec.name();
  }

  public String op() {
    return spec.op();
  }
}
