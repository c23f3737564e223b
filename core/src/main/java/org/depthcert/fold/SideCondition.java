package org.depthcert.fold;

/**
 * A rule's hypothesis at one application: as the lemma writes it, instantiated with the node's
 * dimensions, and whether the spec's assumptions discharge it.
 */
public record SideCondition(String hypothesis, String instantiated, Status status, String detail) {
  public enum Status {
    /** proved from the spec's assumptions */
    DISCHARGED,
    /** false for some admissible values: the lemma does not apply as stated */
    VIOLATED,
    /** neither proved nor refuted */
    UNDECIDED
  }
}
