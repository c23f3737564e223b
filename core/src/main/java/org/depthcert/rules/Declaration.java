package org.depthcert.rules;

/**
 * A name a catalog file introduces beyond the built-in ones: a depth constant ({@code d_log},
 * the depth of a logarithm circuit) or a gadget kind ({@code log}, what a size counts). It is an
 * assumption the file's author makes (the depth is a constant, the gadget is a poly(n)-size
 * uniform threshold circuit), so a certificate that relies on it records it with its text and
 * the SHA-256 of the file that states it.
 *
 * @param kind what is declared
 * @param name {@code d_log} for a constant, {@code log} for a gadget kind
 * @param meaning what the name stands for, one line
 * @param citation where the assumption comes from (a paper's lemma), one line
 * @param file the catalog file, as it was named when loaded
 * @param line the line of the declaration in that file
 * @param sha256 SHA-256 of that file's bytes
 */
public record Declaration(Kind kind, String name, String meaning, String citation, String file,
    int line, String sha256) {
  /** What a catalog file may declare. */
  public enum Kind {
    CONSTANT("depth constant"), GADGET("gadget kind");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** The assumption in words, as certificates and reports print it. */
  public String text() {
    return kind == Kind.CONSTANT
        ? name + " is a constant: " + meaning + " (" + citation + ")"
        : "a " + name + " gadget is a poly(n)-size uniform threshold circuit: " + meaning + " ("
            + citation + ")";
  }
}
