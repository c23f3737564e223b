package org.depthcert.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.depthcert.audit.AuditReport;
import org.depthcert.audit.AuditResult;
import org.depthcert.audit.Auditor;
import org.depthcert.audit.PaperReader;
import org.depthcert.cert.Canonical;
import org.depthcert.lemmas.LemmaCatalog;
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
    footer = {"", "Example: depthcert audit samples/papers/arxiv-2412.18040.yaml --format json"})
final class AuditCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "PAPER", description = "paper file (YAML or JSON)")
  Path paper;

  @CommandLine.Mixin
  FormatOption format = new FormatOption();

  @Option(names = {"-o", "--output"}, paramLabel = "DIR",
      description = "also write audit.json and audit.txt into DIR")
  Path output;

  @CommandLine.Mixin
  CatalogOption catalog = new CatalogOption();

  @CommandLine.Spec
  CommandLine.Model.CommandSpec cmd;

  @Override
  public Integer call() {
    boolean asJson = format.json();
    AuditResult r = Auditor.audit(PaperReader.read(paper), catalog.load(),
        LemmaCatalog.classes());
    String json = Canonical.write(AuditReport.build(r));
    String text = AuditTable.render(r);
    if (output != null) {
      AtomicFiles.write(output.resolve("audit.json"), json);
      AtomicFiles.write(output.resolve("audit.txt"), text);
    }
    cmd.commandLine().getOut().print(asJson ? json : text);
    cmd.commandLine().getOut().flush();
    return r.exitCode();
  }
}
