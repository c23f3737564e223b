package org.depthcert.spec;

import java.util.List;
import java.util.Optional;
import org.depthcert.algebra.Polynomial;

/**
 * One operation node of a block: {@code op} applied to named inputs. With {@code each} and
 * {@code count} the node applies the op {@code count} times in parallel, each instance on a
 * declared view of the inputs (a row, a block): how definitions such as 3.28 index into
 * matrices. {@code mode: modular} uses a derived lemma's stated depth instead of its body's fold.
 */
public record NodeSpec(String name, String op, List<String> inputs, Optional<List<Shape>> each,
    Optional<Polynomial> count, Optional<Shape> shape, boolean modular, String note,
    String path) {}
