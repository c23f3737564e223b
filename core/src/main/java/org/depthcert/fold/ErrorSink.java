package org.depthcert.fold;

import org.depthcert.spec.SpecError;

/** Makes a located error for a path in the file being folded (a spec, or a catalog file). */
@FunctionalInterface
interface ErrorSink {
  SpecError at(String path, String message);
}
