package org.depthcert.verifier.spec;

import java.util.Optional;
import org.depthcert.verifier.Poly;

/**
 * A declared parameter. {@code structural} when it has a {@code growth} (such as the number of
 * layers {@code m = O(1)}); otherwise a size parameter. {@code assume} and {@code growth} are
 * the texts as written; what they mean is in {@link SpecProblem#assumptions()} and
 * {@link SpecProblem#growth()}. {@code equals}: a size parameter declared to be a product of
 * others ({@code equals: h*e}), which lets a reshape be checked.
 */
public record Parameter(String name, boolean structural, String meaning, Optional<String> assume,
    Optional<String> growth, Optional<Poly> equals) {}
