package org.depthcert.audit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import org.depthcert.algebra.DepthTerm;

/**
 * What a result states: a depth (as printed and parsed), a class, the premises it states
 * ({@code d <= O(n)}, {@code TC0 != NC1}), a problem it says cannot be solved or is complete
 * ({@code complete}: the class it is complete for), and the architecture its text names when that
 * differs from the one its section is about. {@code assumes} maps an opaque block of the
 * architecture (g) to the index set its hypothesis is stated for ("i in [m]"); {@code
 * premisesStated} is true when the paper file transcribes the premises (possibly none).
 */
public record Statement(Optional<String> depthText, Optional<DepthTerm> depth,
    Optional<String> claimedClass, List<Premise> premises, Optional<String> problem,
    Optional<String> complete, Optional<String> names, LinkedHashMap<String, String> assumes,
    boolean premisesStated) {
  public Statement(Optional<String> depthText, Optional<DepthTerm> depth,
      Optional<String> claimedClass, List<Premise> premises, Optional<String> problem,
      Optional<String> complete, Optional<String> names) {
    this(depthText, depth, claimedClass, premises, problem, complete, names,
        new LinkedHashMap<>(), !premises.isEmpty());
  }
}
