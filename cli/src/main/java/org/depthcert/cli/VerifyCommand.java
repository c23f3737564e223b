package org.depthcert.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.depthcert.verifier.Outcome;
import org.depthcert.verifier.UnreadableCertificate;
import org.depthcert.verifier.Verifier;
import org.depthcert.verifier.spec.Catalog;
import org.depthcert.verifier.spec.SpecUnreadable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code depthcert verify CERT.json [--spec SPEC] [--catalog FILE]...}: re-checks a certificate
 * with the independent verifier; with {@code --spec}, also that it is about that spec, read by
 * the verifier's own reader. Exit 0 accepted, 1 rejected, 2 unreadable input.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
    description = "Re-checks a certificate in exact arithmetic with the independent verifier, "
        + "which shares no code with the fold, the LP or the spec loader. Prints ACCEPTED, or "
        + "REJECTED with the JSON path of the first step that does not check. Without --spec "
        + "only the arithmetic is checked, and the answer says so.",
    footer = {"", "Exit codes: 0 accepted, 1 rejected, 2 unreadable input (not a certVersion 2 "
        + "certificate, or a spec the verifier cannot read).",
        "Example: depthcert verify certificates/certificate.json --spec "
            + "samples/rope-tensor-attention.yaml", "See docs/verifier.md for exactly what is "
            + "checked and what is trusted."})
final class VerifyCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "CERT", description = "certificate.json to verify")
  Path certificate;

  @Option(names = "--spec", paramLabel = "SPEC",
      description = "the spec the certificate is about: the verifier reads it itself and checks "
          + "that the certificate's problem (parameters, assumptions, blocks, nodes and their "
          + "rules, model, claims) is exactly the spec's, and records its SHA-256")
  Path spec;

  @CommandLine.Mixin
  CatalogOption catalogFiles = new CatalogOption();

  @CommandLine.Mixin
  MaxTermsOption maxTerms = new MaxTermsOption();

  @CommandLine.Spec
  CommandLine.Model.CommandSpec cmd;

  @Override
  public Integer call() {
    byte[] cert = read(certificate);
    Catalog catalog = catalogFiles.verifierCatalog();
    Optional<Verifier.SpecInput> specInput = spec == null ? Optional.empty()
        : Optional.of(new Verifier.SpecInput(spec.toString(), read(spec), catalog));
    Outcome outcome;
    try {
      outcome = Verifier.verify(cert, specInput);
    } catch (UnreadableCertificate e) {
      throw new UsageError(certificate + ": " + e.getMessage());
    } catch (SpecUnreadable e) {
      throw new UsageError(e.getMessage());
    }
    Verifier.catalogHash(cert).filter(h -> !h.equals(catalog.sha256())).ifPresent(h -> {
      var err = cmd.commandLine().getErr();
      err.println("warning: " + certificate + " was made with a lemma catalog (SHA-256 "
          + h.substring(0, 12) + "...) other than "
          + (catalogFiles.files.isEmpty() ? "the bundled one"
              : "the bundled one with the --catalog files given") + " (" + catalog.sha256()
          .substring(0, 12) + "...)");
      err.flush();
    });
    var out = cmd.commandLine().getOut();
    out.println(outcome.answer());
    out.flush();
    return outcome.accepted() ? Main.OK : Main.FAILS;
  }

  static byte[] read(Path file) {
    // say what is wrong in the words a user looks for, as a spec file's errors do
    if (Files.isDirectory(file)) {
      throw new UsageError(file + ": is a directory, not a file");
    }
    if (!Files.exists(file)) {
      throw new UsageError(file + ": no such file");
    }
    try {
      if (Files.size(file) > Verifier.MAX_BYTES) {
        throw new UsageError(file + ": larger than " + Verifier.MAX_BYTES + " bytes");
      }
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UsageError(file + ": cannot read: " + e.getMessage());
    }
  }
}
