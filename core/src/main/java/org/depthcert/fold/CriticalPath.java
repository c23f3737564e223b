package org.depthcert.fold;

import java.util.List;
import org.depthcert.algebra.Polynomial;

/** A path of a block attaining one maximal term of its depth, from a block input to the output. */
public record CriticalPath(Polynomial term, List<String> nodes) {}
