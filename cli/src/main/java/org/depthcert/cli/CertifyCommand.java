package org.depthcert.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
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
        + "certificate.html and certificate.tex into DIR, and certificate.<variant>.json "
        + "(.html, .tex) for every variant (reading) the spec declares. "
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

  @Option(names = "--coq",
      description = "also write certificate.v, the certificate re-proved in Coq (see 'depthcert "
          + "coq --help' and docs/coq.md)")
  boolean coq;

  @CommandLine.Mixin
  CatalogOption catalog = new CatalogOption();

  @CommandLine.Mixin
  MaxTermsOption maxTerms = new MaxTermsOption();

  @Option(names = "--strict",
      description = "a claim resting on a lemma use whose hypothesis is violated fails (exit 1); "
          + "without it the first line counts the violated hypotheses")
  boolean strict;

  /** JSON, HTML, LaTeX (and with --coq the Coq file) of one certificate, keyed by file name. */
  private void render(Map<String, String> files, String stem, ObjectNode certificate) {
    String json = Canonical.certificate(certificate);
    files.put(stem + ".json", json);
    files.put(stem + ".html", Reports.html(certificate));
    files.put(stem + ".tex", Reports.latex(certificate, texFragment));
    if (coq) {
      files.put(stem + ".v", coqFile(json));
    }
  }

  @CommandLine.Spec
  CommandLine.Model.CommandSpec cmd;

  @Override
  public Integer call() {
    Reports.preload(); // ELK and the templates load on another core while the spec folds
    Catalog cat = catalog.load();
    Spec s = spec == null ? SpecInput.bundled(SpecInput.DEFAULT_SAMPLE)
        : SpecInput.read(spec, cat);
    CheckResult r = SpecInput.check(s, cat, strict, cmd.commandLine().getErr());
    // one certificate per reading: certificate.json for the base reading, and
    // certificate.<variant>.json (with top-level "variant") for each variant the spec declares;
    // everything is rendered before anything is written, so a failure leaves no partial output
    Map<String, String> files = new LinkedHashMap<>();
    render(files, "certificate", CertificateBuilder.build(r));
    for (Map.Entry<String, CheckResult> v : r.variants().entrySet()) {
      ObjectNode c = CertificateBuilder.build(v.getValue());
      c.put("variant", v.getKey());
      render(files, "certificate." + v.getKey(), c);
    }
    for (Map.Entry<String, String> f : files.entrySet()) {
      AtomicFiles.write(output.resolve(f.getKey()), f.getValue());
    }
    var out = cmd.commandLine().getOut();
    out.print(TextReport.render(r));
    out.println();
    out.println("wrote " + output.resolve("certificate.json") + ", certificate.html, "
        + "certificate.tex" + (coq ? ", certificate.v" : "")
        + (r.variants().isEmpty() ? "" : "; one per variant: "
        + String.join(", ", r.variants().keySet().stream()
            .map(v -> "certificate." + v + ".json").toList())));
    out.flush();
    return r.exitCode();
  }

  /** The Coq file for the certificate just built, about the spec's own bytes. */
  private String coqFile(String json) {
    String file = spec == null ? "samples/" + SpecInput.DEFAULT_SAMPLE : spec.toString();
    byte[] bytes = spec == null ? SpecInput.bundledBytes(SpecInput.DEFAULT_SAMPLE)
        : VerifyCommand.read(spec);
    return CoqCommand.export(json.getBytes(StandardCharsets.UTF_8), file, bytes, catalog);
  }
}
