package org.depthcert.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.depthcert.cert.Canonical;
import org.depthcert.cert.CertificateBuilder;
import org.depthcert.check.CheckResult;
import org.depthcert.report.Reports;
import org.depthcert.rules.Catalog;
import org.depthcert.spec.Spec;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code depthcert certify [SPEC] [-o DIR]}: writes the certificate and prints the summary. */
@Command(name = "certify", mixinStandardHelpOptions = true,
    description = "Folds a spec, checks its claims and writes certificate.json, "
        + "certificate.html and certificate.tex into DIR. "
        + "Without SPEC, certifies the bundled RoPE tensor attention sample.",
    footer = {"", "Example: depthcert certify samples/rope-tensor-attention.yaml -o out/"})
final class CertifyCommand implements Callable<Integer> {
  @Parameters(index = "0", arity = "0..1", paramLabel = "SPEC",
      description = "architecture spec (YAML or JSON) or ONNX model (.onnx); default: the bundled "
          + SpecInput.DEFAULT_SAMPLE)
  Path spec;

  @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "certificates",
      description = "directory for the certificate (default: ${DEFAULT-VALUE})")
  Path output;

  @Option(names = "--tex-fragment",
      description = "write certificate.tex as a body only (no preamble, no \\begin{document}), "
          + "to \\input into a paper; see docs/reports.md for the packages it needs")
  boolean texFragment;

  @CommandLine.Mixin
  CatalogOption catalog = new CatalogOption();

  @CommandLine.Spec
  CommandLine.Model.CommandSpec cmd;

  @Override
  public Integer call() {
    Catalog cat = catalog.load();
    Spec s = spec == null ? SpecInput.bundled(SpecInput.DEFAULT_SAMPLE)
        : SpecInput.read(spec, cat);
    CheckResult r = SpecInput.check(s, cat);
    ObjectNode certificate = CertificateBuilder.build(r);
    // render everything before writing anything: a template failure leaves no partial output
    String json = Canonical.write(certificate);
    String html = Reports.html(certificate);
    String tex = Reports.latex(certificate, texFragment);
    Path file = output.resolve("certificate.json");
    AtomicFiles.write(file, json);
    AtomicFiles.write(output.resolve("certificate.html"), html);
    AtomicFiles.write(output.resolve("certificate.tex"), tex);
    var out = cmd.commandLine().getOut();
    out.print(TextReport.render(r));
    out.println();
    out.println("wrote " + file + ", certificate.html, certificate.tex");
    out.flush();
    return r.exitCode();
  }
}
