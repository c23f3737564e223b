package org.depthcert.audit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * A result of a paper (lemma, theorem, corollary, fact, proposition, or a remark that states a
 * class): its id as printed, the architecture and subject it is about (a spec subject: model, a
 * block, block.node or rule:op), what it states, its proof, and what else it cites.
 *
 * @param inclusions true for the fact giving the inclusions among classes (Fact 3.15)
 * @param definition the definition (a result of kind {@code definition}) the statement is about
 * @param given for a definition: the nodes of its subject block it takes as given inputs
 * @param introduces for a definition: every symbol it introduces (given or defined)
 */
public record PaperResult(String id, String kind, String section, Optional<String> architecture,
    Optional<String> subject, Statement statement, Optional<Proof> proof, List<String> cites,
    boolean inclusions, String source, String path, Optional<String> definition,
    List<String> given, List<String> introduces) {
  public PaperResult(String id, String kind, String section, Optional<String> architecture,
      Optional<String> subject, Statement statement, Optional<Proof> proof, List<String> cites,
      boolean inclusions, String source, String path) {
    this(id, kind, section, architecture, subject, statement, proof, cites, inclusions, source,
        path, Optional.empty(), List.of(), List.of());
  }

  /** Every id it cites, in order: its proof's steps first, then its own list. */
  public List<String> allCites() {
    LinkedHashSet<String> all = new LinkedHashSet<>();
    proof.ifPresent(p -> p.steps().forEach(s -> all.addAll(s.cites())));
    all.addAll(cites);
    return new ArrayList<>(all);
  }

  /** About a whole architecture or one of its blocks, rather than a generic operation. */
  public boolean isArchitectureLevel() {
    return architecture.isPresent() && subject.isPresent() && !subject.get().startsWith("rule:");
  }
}
