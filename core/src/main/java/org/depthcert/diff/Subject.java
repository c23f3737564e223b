package org.depthcert.diff;

/**
 * What a depth belongs to: the whole model, a block, or a claim (by the paper's label).
 * {@code detail} is the claim's subject, empty otherwise.
 */
public record Subject(Kind kind, String name, String detail) {
  public enum Kind { MODEL, BLOCK, CLAIM }

  public static Subject model() {
    return new Subject(Kind.MODEL, "model", "");
  }

  public static Subject block(String name) {
    return new Subject(Kind.BLOCK, name, "");
  }

  public static Subject claim(String id, String subject) {
    return new Subject(Kind.CLAIM, id, subject);
  }

  /** How a sentence names it: "the model", "block attention", "Lemma 5.3". */
  public String label() {
    switch (kind) {
      case MODEL:
        return "the model";
      case BLOCK:
        return "block " + name;
      default:
        return name;
    }
  }

  /** Two claims are the same subject when their labels are: a claim may change its subject. */
  public boolean sameAs(Subject o) {
    return kind == o.kind && name.equals(o.name);
  }
}
