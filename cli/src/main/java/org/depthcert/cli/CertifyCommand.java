package org.depthcert.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.depthcert.cert.Canonical;
import org.depthcert.cert.CertificateBuilder;
import org.depthcert.check.CheckResult;
import org.depthcert.spec.Spec;
import org.depthcert.spec.SpecReader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code depthcert certify [SPEC] [-o DIR]}: writes the certificate and prints the summary. */
@Command(name = "certify", mixinStandardHelpOptions = true,
    description = "Folds a spec, checks its claims and writes certificate.json into DIR. "
        + "Without SPEC, certifies the bundled RoPE tensor attention sample.",
    footer = {"", "Example: depthcert certify samples/rope-tensor-attention.yaml -o out/"})
final class CertifyCommand implements Callable<Integer> {
  @Parameters(index = "0", arity = "0..1", paramLabel = "SPEC",
      description = "architecture spec (YAML or JSON); default: the bundled "
          + SpecInput.DEFAULT_SAMPLE)
  Path spec;

  @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "certificates",
      description = "directory for the certificate (default: ${DEFAULT-VALUE})")
  Path output;

  @Option(names = "--catalog", paramLabel = "FILE",
      description = "extra lemma catalog file (YAML); may be repeated")
  List<Path> catalog = new ArrayList<>();

  @CommandLine.Spec
  CommandLine.Model.CommandSpec cmd;

  @Override
  public Integer call() {
    Spec s = spec == null ? SpecInput.bundled(SpecInput.DEFAULT_SAMPLE) : SpecReader.read(spec);
    CheckResult r = SpecInput.check(s, SpecInput.catalog(catalog));
    String json = Canonical.write(CertificateBuilder.build(r));
    Path file = output.resolve("certificate.json");
    AtomicFiles.write(file, json);
    var out = cmd.commandLine().getOut();
    out.print(TextReport.render(r));
    out.println();
    out.println("wrote " + file);
    out.flush();
    return r.exitCode();
  }
}
