package org.depthcert.fold;

import java.util.Map;
import org.depthcert.algebra.DepthTerm;
import org.depthcert.algebra.Polynomial;

/**
 * The folded model: its depth in closed form (a repeat multiplies its body's depth, never
 * unrolled), the composition it came from, and its size by gadget kind.
 *
 * @param composition e.g. {@code g + m*(attention + g)}: how block depths add up
 */
public record ModelResult(DepthTerm depth, String composition, Map<String, Polynomial> size) {}
