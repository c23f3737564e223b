package org.depthcert.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.depthcert.algebra.Decision;
import org.depthcert.check.CheckResult;
import org.depthcert.check.ClaimResult;
import org.depthcert.check.Finding;
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
    sb.append(r.verdict()).append(": ");
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
    sb.append(" - ").append(r.folded().spec().title()).append(" (")
        .append(r.folded().spec().file()).append(")\n");
    sb.append("depth  ").append(r.folded().model().depth().ascii()).append('\n');
    sb.append("       = ").append(r.folded().model().composition()).append('\n');
    sb.append("class  ").append(r.conclusion().statement()).append('\n');
    sb.append("size   ").append(r.conclusion().gadgetCount().ascii()).append(" gadgets, O(n^")
        .append(r.conclusion().sizeDegree()).append(")\n");
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
    if (!r.findings().isEmpty()) {
      sb.append("\nfindings\n");
      for (Finding f : r.findings()) {
        sb.append("  ").append(f.severity()).append("  ").append(f.claim().isEmpty() ? "-"
            : f.claim()).append("  ").append(f.check()).append(": ").append(f.message())
            .append('\n');
      }
    }
    return sb.toString();
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
      d.holdsIf().ifPresent(h -> parts.add("holds iff " + h));
      if (d.verdict() == org.depthcert.algebra.Verdict.FAILS && d.holdsIf().isEmpty()) {
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
