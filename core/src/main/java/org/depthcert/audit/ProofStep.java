package org.depthcert.audit;

import java.util.List;
import org.depthcert.algebra.DepthTerm;
import org.depthcert.algebra.Polynomial;

/**
 * One step of a proof as printed: what it computes, the results it cites, the depth it charges,
 * and how many times the proof counts it ({@code times}, e.g. {@code m} for m attention layers).
 */
public record ProofStep(String computes, List<String> cites, String depthText, DepthTerm depth,
    Polynomial times, String path) {
  /** What the step adds to the proof's sum: {@code times * depth}. */
  public DepthTerm contribution() {
    return depth.times(times);
  }
}
