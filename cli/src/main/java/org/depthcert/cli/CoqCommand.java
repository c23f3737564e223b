package org.depthcert.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.depthcert.verifier.UnreadableCertificate;
import org.depthcert.verifier.coq.CoqExport;
import org.depthcert.verifier.coq.NotExportable;
import org.depthcert.verifier.spec.SpecUnreadable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code depthcert coq CERT.json --spec SPEC [--catalog FILE]... -o FILE.v}: the certificate as a
 * Coq file whose statements come from the verifier's own reading of the spec.
 */
@Command(name = "coq", mixinStandardHelpOptions = true,
    description = "Writes a Coq file (coqc FILE.v, Coq 8.16, standard library only) that "
        + "re-proves the certificate: every block's depth, the model's closed form by induction "
        + "over its repeats, every claim (HOLDS, TIGHT, or FAILS by its counterexample) and the "
        + "gadget count. The statements come from the spec, read by the verifier; the "
        + "certificate supplies only the proofs' witnesses. A certificate the verifier rejects "
        + "is refused.",
    footer = {"", "Exit codes: 0 written, 2 bad input (a certificate the verifier rejects, or "
        + "an unreadable certificate or spec).",
        "Example: depthcert coq out/certificate.json --spec samples/rope-tensor-attention.yaml "
            + "-o out/certificate.v && coqc out/certificate.v",
        "See docs/coq.md for what is proved."})
final class CoqCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "CERT", description = "certificate.json to export")
  Path certificate;

  @Option(names = "--spec", required = true, paramLabel = "SPEC",
      description = "the spec the certificate is about")
  Path spec;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE",
      description = "the .v file to write")
  Path output;

  @CommandLine.Mixin
  CatalogOption catalog = new CatalogOption();

  @CommandLine.Spec
  CommandLine.Model.CommandSpec cmd;

  @Override
  public Integer call() {
    String v = export(VerifyCommand.read(certificate), spec.toString(),
        VerifyCommand.read(spec), catalog);
    AtomicFiles.write(output, v);
    var out = cmd.commandLine().getOut();
    out.println("wrote " + output);
    out.flush();
    return Main.OK;
  }

  /** The .v text, or a one-line usage error naming why the certificate cannot be exported. */
  static String export(byte[] cert, String specFile, byte[] specBytes, CatalogOption catalog) {
    try {
      return CoqExport.export(cert, specFile, specBytes, catalog.verifierCatalog());
    } catch (NotExportable | UnreadableCertificate e) {
      throw new UsageError("cannot export to Coq: " + e.getMessage());
    } catch (SpecUnreadable e) {
      throw new UsageError(e.getMessage());
    }
  }
}
