package org.depthcert.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.depthcert.algebra.Decision;
import org.depthcert.check.CheckResult;
import org.depthcert.check.ClaimResult;
import org.depthcert.check.Finding;
import org.depthcert.check.VerdictWords;
import org.depthcert.fold.BlockResult;
import org.depthcert.fold.CriticalPath;
import org.depthcert.fold.Folded;
import org.depthcert.spec.BlockSpec;

/**
 * The human summary of a check: the verdict on the first line, then depth, class, size, each
 * block's depth with its critical path, and the claims.
 */
final class TextReport {
  private TextReport() {}

  static String render(CheckResult r) {
    StringBuilder sb = new StringBuilder();
    long failing = r.claims().stream()
        .filter(c -> c.verdict() == org.depthcert.algebra.Verdict.FAILS).count();
    sb.append(r.verdict());
    if (r.violatedHypotheses() > 0) {
      // never hidden: a PASS resting on a violated lemma hypothesis says so on its first line
      sb.append(" (").append(r.violatedHypotheses()).append(" violated lemma hypothes")
          .append(r.violatedHypotheses() == 1 ? "is" : "es")
          .append(r.strict() ? ", --strict" : "; --strict fails the claims resting on them")
          .append(')');
    }
    sb.append(": ");
    if (r.claims().isEmpty()) {
      sb.append("no claims to check");
    } else if (failing > 0) {
      sb.append(failing).append(" of ").append(claims(r.claims().size()))
          .append(failing == 1 ? " fails" : " fail");
    } else if (r.claims().size() == 1) {
      sb.append(r.verdict().equals("PASS") ? "the claim holds" : "the claim is undecided");
    } else {
      sb.append("all ").append(claims(r.claims().size())).append(' ')
          .append(r.verdict().equals("PASS") ? "hold" : "checked, some undecided");
    }
    if (!r.variants().isEmpty()) {
      sb.append(" (reading: ").append(r.folded().spec().readings().baseLabel()).append(')');
    }
    sb.append(" - ").append(r.folded().spec().title()).append(" (")
        .append(r.folded().spec().file()).append(")\n");
    sb.append("depth  ").append(r.folded().model().depth().ascii()).append('\n');
    sb.append("       = ").append(r.folded().model().composition()).append('\n');
    sb.append("class  ").append(r.conclusion().statement()).append('\n');
    sb.append("size   ").append(r.conclusion().gadgetCount().ascii()).append(" gadgets, ")
        .append(r.conclusion().sizeBound()).append('\n');
    blocks(sb, r.folded());
    if (!r.claims().isEmpty()) {
      sb.append('\n');
      List<String[]> rows = new ArrayList<>();
      rows.add(new String[] {"claim", "verdict", "stated", "computed", "detail"});
      for (ClaimResult c : r.claims()) {
        rows.add(new String[] {c.claim().id(), c.verdict().name(),
            c.claim().stated().map(t -> t.ascii()).orElse("-")
                + c.claim().claimedClass().map(k -> " [" + k + "]").orElse(""),
            c.computed().ascii(), detail(c)});
      }
      table(sb, rows);
    }
    readings(sb, r);
    if (!r.findings().isEmpty()) {
      sb.append("\nfindings\n");
      for (Finding f : r.findings()) {
        sb.append("  ").append(f.severity()).append("  ").append(f.claim().isEmpty() ? "-"
            : f.claim()).append("  ").append(f.check()).append(": ").append(f.message())
            .append('\n');
      }
    }
    if (!r.claims().isEmpty()) {
      sb.append("\nA verdict is about this construction (").append(VerdictWords.SHORT)
          .append("): FAILS means not established by this construction, not false.\n");
    }
    return sb.toString();
  }

  /**
   * When the spec declares variants: every claim under every reading, the base first, so that a
   * verdict can be read with the reading it rests on.
   */
  private static void readings(StringBuilder sb, CheckResult r) {
    if (r.variants().isEmpty()) {
      return;
    }
    sb.append("\nreadings (verdicts above rest on the base reading: ")
        .append(r.folded().spec().readings().baseLabel()).append(")\n");
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"  claim", "reading", "verdict", "computed", "detail"});
    List<CheckResult> all = new ArrayList<>();
    all.add(r);
    all.addAll(r.variants().values());
    List<String> same = new ArrayList<>();
    for (int i = 0; i < r.claims().size(); i++) {
      final int k = i;
      if (all.stream().map(v -> v.claims().get(k).computed()).distinct().count() == 1) {
        same.add(r.claims().get(i).claim().id());
        continue;
      }
      for (CheckResult v : all) {
        ClaimResult c = v.claims().get(i);
        rows.add(new String[] {"  " + c.claim().id(), v.folded().spec().readings().label(),
            c.verdict().name(), c.computed().ascii(), detail(c)});
      }
    }
    if (rows.size() > 1) {
      table(sb, rows);
    }
    if (!same.isEmpty()) {
      sb.append("  the same in every reading: ").append(String.join(", ", same)).append('\n');
    }
    for (CheckResult v : r.variants().values()) {
      sb.append("  ").append(v.folded().spec().readings().description()).append('\n');
    }
  }

  /**
   * Each block's depth with its critical path under it (the node names, input to output), so a
   * reader sees where the depth comes from without opening the certificate. A depth that is a
   * max has one path per maximal term, each labelled with its term.
   */
  static void blocks(StringBuilder sb, Folded folded) {
    sb.append('\n');
    int width = folded.spec().blocks().keySet().stream().mapToInt(String::length).max()
        .orElse(0);
    for (BlockSpec spec : folded.spec().blocks().values()) {
      String name = spec.name() + " ".repeat(width - spec.name().length());
      if (spec.isOpaque()) {
        sb.append("block  ").append(name).append("  ")
            .append(spec.opaqueDepth().orElseThrow().ascii()).append("  (opaque: declared)\n");
        continue;
      }
      BlockResult b = folded.blocks().get(spec.name());
      sb.append("block  ").append(name).append("  ").append(b.depth().ascii()).append('\n');
      String indent = " ".repeat(width + 9);
      List<CriticalPath> paths = b.criticalPaths();
      for (int i = 0; i < paths.size(); i++) {
        sb.append(indent).append("critical path");
        if (paths.size() > 1) {
          sb.append(' ').append(i + 1).append(" (").append(paths.get(i).term().ascii())
              .append(')');
        }
        sb.append(": ").append(String.join(" -> ", paths.get(i).nodes())).append('\n');
      }
    }
  }

  private static String detail(ClaimResult c) {
    List<String> parts = new ArrayList<>();
    if (c.depth().isPresent()) {
      Decision d = c.depth().get();
      d.slack().filter(s -> !s.isZero()).ifPresent(s -> parts.add("slack " + s.ascii()));
      d.counterexample().ifPresent(x -> parts.add("counterexample " + point(x)));
      d.holdsIfPhrase().ifPresent(parts::add);
      // With one stated term the condition is always found unless it is proved impossible.
      boolean single = c.claim().stated().map(t -> t.isSingle()).orElse(false);
      if (d.verdict() == org.depthcert.algebra.Verdict.FAILS && d.holdsIf().isEmpty() && single) {
        parts.add("never holds");
      }
    }
    c.classVerdict().ifPresent(v -> parts.add("class " + v.name()));
    return String.join("; ", parts);
  }

  /** "1 claim", "3 claims". */
  static String claims(long n) {
    return n + (n == 1 ? " claim" : " claims");
  }

  static String point(Map<String, ?> x) {
    return x.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
        .collect(Collectors.joining(", "));
  }

  /** Left-aligned columns; the last column is not padded. */
  static void table(StringBuilder sb, List<String[]> rows) {
    int cols = rows.get(0).length;
    int[] width = new int[cols];
    for (String[] row : rows) {
      for (int i = 0; i < cols - 1; i++) {
        width[i] = Math.max(width[i], row[i].length());
      }
    }
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < cols; i++) {
        line.append(row[i]);
        if (i < cols - 1) {
          line.append(" ".repeat(width[i] - row[i].length() + 2));
        }
      }
      sb.append(line.toString().stripTrailing()).append('\n');
    }
  }
}
