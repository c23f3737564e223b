package org.depthcert.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.depthcert.audit.AuditReport;
import org.depthcert.audit.AuditResult;
import org.depthcert.audit.Auditor;
import org.depthcert.audit.PaperReader;
import org.depthcert.cert.Canonical;
import org.depthcert.gate.AuditFindings;
import org.depthcert.gate.JUnitWriter;
import org.depthcert.gate.SarifWriter;
import org.depthcert.lemmas.LemmaCatalog;
import org.depthcert.report.Reports;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code depthcert audit PAPER}: checks a paper's published depth formulas against its own proofs
 * and the DAG. Exit 0 when every statement holds, 1 when one fails, 2 on bad input, 4 undecided.
 */
@Command(name = "audit", mixinStandardHelpOptions = true,
    description = "Audits a paper file: proof arithmetic, statement vs proof, soundness against "
        + "the DAG, cross-references, hypotheses and subjects of every result. Exit 0 when "
        + "every statement holds, 1 when one fails, 2 on bad input, 4 when one is undecided.",
    footer = {"", "Examples:",
        "  depthcert audit samples/papers/arxiv-2412.18040.yaml --format json",
        "  depthcert audit samples/papers/arxiv-2412.18040.yaml -o out/ --sarif out/audit.sarif"})
final class AuditCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "PAPER", description = "paper file (YAML or JSON)")
  Path paper;

  @CommandLine.Mixin
  FormatOption format = new FormatOption();

  @Option(names = {"-o", "--output"}, paramLabel = "DIR",
      description = "also write audit.json, audit.txt, audit.html and audit.tex into DIR")
  Path output;

  @Option(names = "--sarif", paramLabel = "FILE",
      description = "write a SARIF 2.1.0 log: one result per failing statement or finding, at "
          + "its line in the paper file")
  Path sarif;

  @Option(names = "--junit", paramLabel = "FILE",
      description = "write a JUnit XML report: one testcase per statement")
  Path junit;

  @CommandLine.Mixin
  CatalogOption catalog = new CatalogOption();

  @CommandLine.Spec
  CommandLine.Model.CommandSpec cmd;

  @Override
  public Integer call() {
    boolean asJson = format.json();
    AuditResult r = Auditor.audit(PaperReader.read(paper), catalog.load(),
        LemmaCatalog.classes());
    ObjectNode tree = AuditReport.build(r);
    // render everything before writing anything: a template failure leaves no partial output
    String json = Canonical.write(tree);
    String text = AuditTable.render(r);
    Map<Path, String> files = new LinkedHashMap<>();
    if (output != null) {
      files.put(output.resolve("audit.json"), json);
      files.put(output.resolve("audit.txt"), text);
      files.put(output.resolve("audit.html"), Reports.auditHtml(tree));
      files.put(output.resolve("audit.tex"), Reports.auditLatex(tree));
    }
    if (sarif != null) {
      files.put(sarif, Canonical.write(SarifWriter.write(AuditFindings.of(r))));
    }
    if (junit != null) {
      files.put(junit, JUnitWriter.write(r));
    }
    files.forEach(AtomicFiles::write);
    cmd.commandLine().getOut().print(asJson ? json : text);
    cmd.commandLine().getOut().flush();
    return r.exitCode();
  }
}
