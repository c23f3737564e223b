package org.depthcert.verifier.coq;

/**
 * Spec text (titles, notes, claim sources) inside a Coq comment. Coq lexes string literals and
 * nested comments inside comments, so a double quote or a comment bracket in a note would end
 * the file's meaning early: they are replaced.
 */
final class Comments {
  private Comments() {}

  static String text(String s) {
    return s.replace('\n', ' ').replace('"', '\'').replace("(*", "( *").replace("*)", "* )")
        .strip();
  }
}
