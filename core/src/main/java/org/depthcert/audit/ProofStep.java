package org.depthcert.audit;

import java.util.List;
import org.depthcert.algebra.DepthTerm;
import org.depthcert.algebra.Polynomial;

/**
 * One step of a proof as printed: what it computes, the results it cites, the depth it charges,
 * how many times the proof counts it ({@code times}, e.g. {@code m} for m attention layers), and
 * optionally which nodes of the subject's block it computes (to find what a proof leaves out)
 * and which symbols its text uses as inputs ({@code uses}: to find one no definition introduces).
 */
public record ProofStep(String computes, List<String> cites, String depthText, DepthTerm depth,
    Polynomial times, List<String> nodes, String path, List<String> uses) {
  public ProofStep(String computes, List<String> cites, String depthText, DepthTerm depth,
      Polynomial times, List<String> nodes, String path) {
    this(computes, cites, depthText, depth, times, nodes, path, List.of());
  }

  /** What the step adds to the proof's sum: {@code times * depth}. */
  public DepthTerm contribution() {
    return depth.times(times);
  }
}
