package org.depthcert.fold;

import java.util.List;
import java.util.Map;
import org.depthcert.algebra.Polynomial;
import org.depthcert.spec.Shape;

/** A signature matched against actual shapes: the pattern variables' values and the output. */
public record ShapeMatch(Map<String, Polynomial> bindings, Shape output) {}
