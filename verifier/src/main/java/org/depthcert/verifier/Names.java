package org.depthcert.verifier;

/** The one naming convention the checks rely on: depth constants are the variables d_*. */
final class Names {
  private Names() {}

  static boolean isDepthConstant(String variable) {
    return variable.startsWith("d_") && variable.length() > 2;
  }
}
