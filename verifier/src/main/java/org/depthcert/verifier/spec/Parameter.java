package org.depthcert.verifier.spec;

import java.util.Optional;

/**
 * A declared parameter. {@code structural} when it has a {@code growth} (such as the number of
 * layers {@code m = O(1)}); otherwise a size parameter. {@code assume} and {@code growth} are
 * the texts as written; what they mean is in {@link SpecProblem#assumptions()} and
 * {@link SpecProblem#growth()}.
 */
public record Parameter(String name, boolean structural, String meaning, Optional<String> assume,
    Optional<String> growth) {}
