package org.depthcert.simulate;

import java.math.BigInteger;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import org.depthcert.algebra.DepthTerm;
import org.depthcert.algebra.Symbols;
import org.depthcert.fold.Folded;
import org.depthcert.rules.Rule;
import org.depthcert.spec.BlockSpec;

/**
 * The gadget depths of a simulation: every depth constant of the spec and its catalog a whole
 * number, given or drawn from 1..1000 with a seeded generator (in name order, so a seed always
 * gives the same profile). Wide values make a tie between two different terms unlikely.
 */
final class Profile {
  static final int MAX_DRAWN = 1000;

  private Profile() {}

  static TreeMap<String, BigInteger> of(Folded folded, Map<String, BigInteger> given, long seed) {
    TreeSet<String> constants = new TreeSet<>(folded.spec().declaredConstants());
    constants.addAll(depthConstants(folded.model().depth()));
    for (BlockSpec b : folded.spec().blocks().values()) {
      b.opaqueDepth().ifPresent(d -> constants.addAll(depthConstants(d)));
    }
    for (Rule r : folded.catalog().rules()) {
      r.depth().ifPresent(d -> constants.addAll(depthConstants(d)));
      r.stated().ifPresent(d -> constants.addAll(depthConstants(d)));
    }
    for (Map.Entry<String, BigInteger> e : given.entrySet()) {
      if (!constants.contains(e.getKey())) {
        throw new SimulationError("unknown profile constant '" + e.getKey() + "'; the depth "
            + "constants are " + String.join(", ", constants));
      }
      if (e.getValue().signum() < 0) {
        throw new SimulationError("profile constant " + e.getKey() + " must be at least 0");
      }
    }
    SplittableRandom random = new SplittableRandom(seed);
    TreeMap<String, BigInteger> profile = new TreeMap<>();
    for (String c : constants) {
      int drawn = random.nextInt(1, MAX_DRAWN + 1); // drawn even when given: seeds stay stable
      profile.put(c, given.getOrDefault(c, BigInteger.valueOf(drawn)));
    }
    return profile;
  }

  private static TreeSet<String> depthConstants(DepthTerm t) {
    TreeSet<String> s = new TreeSet<>();
    t.variables().stream().filter(Symbols::isDepthConstant).forEach(s::add);
    return s;
  }
}
