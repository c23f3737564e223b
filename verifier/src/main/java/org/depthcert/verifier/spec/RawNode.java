package org.depthcert.verifier.spec;

import java.util.List;
import java.util.Optional;
import org.depthcert.verifier.Poly;

/** A node as written, before its rule instantiates it; {@code path} locates it in its file. */
record RawNode(String name, String op, List<String> inputs, Optional<List<Shape>> each,
    Optional<Poly> count, Optional<Shape> shape, boolean modular, String path) {

  RawNode withOp(String newOp) {
    return new RawNode(name, newOp, inputs, each, count, shape, modular, path);
  }
}
