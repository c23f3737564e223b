package org.depthcert.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.depthcert.algebra.Verdict;
import org.depthcert.cert.Canonical;
import org.depthcert.cert.CertificateBuilder;
import org.depthcert.cert.CheckReport;
import org.depthcert.cert.Tool;
import org.depthcert.check.CheckResult;
import org.depthcert.diff.CertificateDepths;
import org.depthcert.diff.Change;
import org.depthcert.diff.DepthDiff;
import org.depthcert.diff.DiffResult;
import org.depthcert.gate.GateFindings;
import org.depthcert.gate.JUnitWriter;
import org.depthcert.gate.SarifWriter;
import org.depthcert.gate.SpecOutcome;
import org.depthcert.rules.Catalog;
import org.depthcert.spec.SpecError;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code depthcert check SPEC...}: the CI gate. Exit 0 pass, 1 a claim fails or a depth grew
 * against the baseline, 2 bad input, 4 undecided; several specs combine to the worst of them
 * (2, then 1, then 4).
 */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = {"Checks every claim of one or more specs (files, or directories of *.yaml, "
        + "*.yml, *.json): exit 0 when all hold, 1 when one fails or a depth grew against "
        + "--baseline, 2 on bad input, 4 when none fails but one is undecided.",
        "One spec file prints the full table (or, with --format json, the object of "
            + "docs/design.md section 9); several print one summary line per spec (or one "
            + "combined object)."},
    footer = {"", "Examples:",
        "  depthcert check samples/tensor-attention.yaml --format json",
        "  depthcert check samples/ --junit out/junit.xml --sarif out/depthcert.sarif",
        "  depthcert certify samples/tensor-attention.yaml -o base/ && "
            + "depthcert check samples/tensor-attention.yaml --baseline base/certificate.json",
        "  depthcert check samples/ --save-baseline base/   (later: --baseline base/)"})
final class CheckCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "SPEC",
      description = "architecture spec (YAML or JSON) or a directory of specs")
  List<Path> specs;

  @CommandLine.Mixin
  FormatOption format = new FormatOption();

  @CommandLine.Mixin
  CatalogOption catalog = new CatalogOption();

  @CommandLine.Mixin
  MaxTermsOption maxTerms = new MaxTermsOption();

  @Option(names = "--baseline", paramLabel = "FILE|DIR",
      description = "a previous certificate.json (one spec), or a directory holding "
          + "<spec name>.json per spec (as --save-baseline writes): exit 1 when a depth grew")
  Path baseline;

  @Option(names = "--save-baseline", paramLabel = "DIR",
      description = "write each checked spec's certificate to DIR/<spec name>.json")
  Path saveBaseline;

  @Option(names = "--junit", paramLabel = "FILE",
      description = "write a JUnit XML report: one testcase per claim")
  Path junit;

  @Option(names = "--sarif", paramLabel = "FILE",
      description = "write a SARIF 2.1.0 log: one result per failing claim or finding")
  Path sarif;

  @Option(names = "--strict",
      description = "a claim resting on a lemma use whose hypothesis is violated fails (exit 1); "
          + "without it the first line counts the violated hypotheses")
  boolean strict;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec cmd;

  @Override
  public Integer call() {
    boolean json = format.json();
    boolean single = specs.size() == 1 && !Files.isDirectory(specs.get(0));
    List<Path> files = SpecFiles.expand(specs);
    if (baseline != null && !single && !Files.isDirectory(baseline)) {
      throw new UsageError("with several specs, --baseline must be a directory of "
          + "<spec name>.json certificates (see --save-baseline)");
    }
    checkDistinctStems(files);
    Catalog cat = catalog.load();
    PrintWriter err = cmd.commandLine().getErr();
    List<SpecOutcome> outcomes = new ArrayList<>();
    Map<String, ObjectNode> certificates = new HashMap<>();
    for (Path f : files) {
      try {
        CheckResult r = SpecInput.check(f, cat, strict, err);
        // The full certificate is only needed to compare with or save a baseline; building it
        // for a 100,000-node spec costs gigabytes.
        ObjectNode certificate = baseline != null || saveBaseline != null
            ? CertificateBuilder.build(r) : null;
        Optional<DiffResult> diff = baselineFor(f, single).map(b -> DepthDiff.compare(
            CertificateDepths.read(b), CertificateDepths.of(f.toString(), certificate)));
        outcomes.add(SpecOutcome.checked(r, diff));
        if (certificate != null) {
          certificates.put(f.toString(), certificate);
        }
      } catch (SpecError e) {
        if (single) {
          writeReports(List.of(SpecOutcome.failed(f.toString(), e)));
          throw e;
        }
        err.println("error: " + e.oneLine());
        outcomes.add(SpecOutcome.failed(f.toString(), e));
      }
    }
    writeReports(outcomes);
    if (saveBaseline != null) {
      for (Path f : files) {
        if (certificates.containsKey(f.toString())) {
          AtomicFiles.write(saveBaseline.resolve(SpecFiles.stem(f) + ".json"),
              Canonical.certificate(certificates.get(f.toString())));
        }
      }
    }
    PrintWriter out = cmd.commandLine().getOut();
    if (single) {
      out.print(json ? Canonical.write(json(outcomes.get(0)))
          : text(outcomes.get(0)));
    } else {
      out.print(json ? Canonical.write(combined(outcomes)) : summary(outcomes));
    }
    out.flush();
    return SpecOutcome.combinedExitCode(outcomes);
  }

  private void checkDistinctStems(List<Path> files) {
    if (baseline == null && saveBaseline == null) {
      return;
    }
    Map<String, Path> seen = new HashMap<>();
    for (Path f : files) {
      Path other = seen.put(SpecFiles.stem(f), f);
      if (other != null) {
        throw new UsageError(f + " and " + other + " would share the baseline "
            + SpecFiles.stem(f) + ".json; rename one");
      }
    }
  }

  /** The baseline certificate for a spec, when there is one. */
  private Optional<Path> baselineFor(Path spec, boolean single) {
    if (baseline == null) {
      return Optional.empty();
    }
    if (!Files.isDirectory(baseline)) {
      return Optional.of(baseline);
    }
    Path b = baseline.resolve(SpecFiles.stem(spec) + ".json");
    if (!Files.isRegularFile(b)) {
      cmd.commandLine().getErr().println("note: no baseline " + b + " for " + spec
          + "; nothing to compare");
      return Optional.empty();
    }
    return Optional.of(b);
  }

  private void writeReports(List<SpecOutcome> outcomes) {
    if (junit != null) {
      AtomicFiles.write(junit, JUnitWriter.write(outcomes));
    }
    if (sarif != null) {
      AtomicFiles.write(sarif, Canonical.write(SarifWriter.write(GateFindings.of(outcomes))));
    }
  }

  /** The section 9 object, with the baseline comparison added when there is one. */
  static ObjectNode json(SpecOutcome o) {
    ObjectNode j = CheckReport.build(o.check().orElseThrow());
    o.baseline().ifPresent(d -> {
      j.set("baseline", d.json());
      j.put("verdict", o.verdict());
    });
    return j;
  }

  private static String text(SpecOutcome o) {
    StringBuilder sb = new StringBuilder();
    if (o.regressed()) {
      // The first line is the verdict: a regression fails the gate even when every claim holds.
      sb.append("FAIL: a depth grew against the baseline (see below); the claims alone: ");
    }
    sb.append(TextReport.render(o.check().orElseThrow()));
    o.baseline().ifPresent(d -> sb.append("\nbaseline ").append(d.text()));
    return sb.toString();
  }

  /** The combined object for several specs: one section 9 object (or error) per spec. */
  private static ObjectNode combined(List<SpecOutcome> outcomes) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("tool", Tool.NAME);
    o.put("version", Tool.VERSION);
    o.put("verdict", SpecOutcome.combinedVerdict(outcomes));
    o.put("exitCode", SpecOutcome.combinedExitCode(outcomes));
    ArrayNode arr = o.putArray("specs");
    for (SpecOutcome s : outcomes) {
      if (s.error().isPresent()) {
        ObjectNode e = arr.addObject();
        e.put("spec", s.file());
        e.put("verdict", "ERROR");
        e.put("error", s.error().get().oneLine());
      } else {
        arr.add(json(s));
      }
    }
    return o;
  }

  /** One line per spec, the regressions under it, and a closing count. */
  private static String summary(List<SpecOutcome> outcomes) {
    StringBuilder sb = new StringBuilder();
    Map<String, Integer> counts = new java.util.TreeMap<>();
    int width = outcomes.stream().mapToInt(o -> o.file().length()).max().orElse(0);
    for (SpecOutcome o : outcomes) {
      counts.merge(o.verdict(), 1, Integer::sum);
      sb.append(String.format("%-9s %-" + width + "s  ", o.verdict(), o.file()));
      if (o.error().isPresent()) {
        sb.append(o.error().get().oneLine()).append('\n');
        continue;
      }
      CheckResult r = o.check().orElseThrow();
      sb.append(r.claims().size()).append(" claims: ")
          .append(o.claims(Verdict.TIGHT) + o.claims(Verdict.HOLDS)).append(" hold, ")
          .append(o.claims(Verdict.FAILS)).append(" fail, ")
          .append(o.claims(Verdict.UNDECIDED)).append(" undecided; depth ")
          .append(r.folded().model().depth().ascii());
      o.baseline().ifPresent(d -> sb.append("; baseline ").append(d.verdict()));
      sb.append('\n');
      o.baseline().ifPresent(d -> {
        for (Change c : d.changes()) {
          if (c.kind() == Change.Kind.REGRESSION || c.kind() == Change.Kind.IMPROVEMENT) {
            c.lines().forEach(l -> sb.append("    ").append(l).append('\n'));
          }
        }
      });
    }
    sb.append(outcomes.size()).append(" specs:");
    counts.forEach((v, n) -> sb.append(' ').append(n).append(' ').append(v));
    sb.append('\n');
    return sb.toString();
  }
}
