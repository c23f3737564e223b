package org.depthcert.verifier;

import java.util.Map;
import java.util.Set;

/**
 * The model's depth and size from its composition: blocks in sequence add their depths and
 * sizes; {@code repeat: c} multiplies its body's by the count c.
 */
record Composition(Set<Poly> depth, Map<String, Poly> size) {

  static Composition of(At items, Map<String, BlockInfo> blocks) {
    Set<Poly> depth = Set.of(Poly.ZERO);
    Map<String, Poly> size = Map.of();
    for (At item : items.elements()) {
      if (item.has("block")) {
        At name = item.field("block");
        BlockInfo b = blocks.get(name.text());
        if (b == null) {
          throw name.reject("unknown block '" + name.text() + "'");
        }
        depth = MaxTerm.plus(depth, b.depth());
        size = Sizes.plus(size, b.size());
      } else {
        Poly count = Terms.polynomial(item.field("repeat"));
        // issue #9 class 6: a number of copies, so whole non-negative coefficients
        boolean whole = count.terms().values().stream()
            .allMatch(c -> c.getDenominator().equals(java.math.BigInteger.ONE));
        if (!count.nonNegativeCoefficients() || count.isZero() || !whole) {
          throw item.field("repeat").reject("a repeat count must be a non-zero polynomial with "
              + "whole non-negative coefficients");
        }
        for (String v : count.variables()) {
          if (Names.isDepthConstant(v)) {
            throw item.field("repeat").reject("a repeat count may not contain depth constant "
                + v);
          }
        }
        Composition body = of(item.field("body"), blocks);
        depth = MaxTerm.plus(depth, MaxTerm.times(body.depth(), count));
        size = Sizes.plus(size, Sizes.times(body.size(), count));
      }
    }
    return new Composition(depth, size);
  }
}
