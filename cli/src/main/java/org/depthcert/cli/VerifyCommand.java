package org.depthcert.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.depthcert.verifier.Outcome;
import org.depthcert.verifier.UnreadableCertificate;
import org.depthcert.verifier.Verifier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code depthcert verify CERT.json [--spec SPEC]}: re-checks a certificate with the independent
 * verifier. Exit 0 accepted, 1 rejected, 2 unreadable input.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
    description = "Re-checks a certificate in exact arithmetic with the independent verifier, "
        + "which shares no code with the fold or the LP. Prints ACCEPTED, or REJECTED with the "
        + "JSON path of the first step that does not check.",
    footer = {"", "Exit codes: 0 accepted, 1 rejected, 2 unreadable or not a certVersion 1 "
        + "certificate.", "Example: depthcert verify certificates/certificate.json"})
final class VerifyCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "CERT", description = "certificate.json to verify")
  Path certificate;

  @Option(names = "--spec", paramLabel = "SPEC",
      description = "also check that the certificate records this spec file's SHA-256")
  Path spec;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec cmd;

  @Override
  public Integer call() {
    byte[] cert = read(certificate);
    Optional<byte[]> specBytes = spec == null ? Optional.empty() : Optional.of(read(spec));
    Outcome outcome;
    try {
      outcome = Verifier.verify(cert, specBytes);
    } catch (UnreadableCertificate e) {
      throw new UsageError(certificate + ": " + e.getMessage());
    }
    var out = cmd.commandLine().getOut();
    out.println(outcome.line());
    out.flush();
    return outcome.accepted() ? Main.OK : Main.FAILS;
  }

  private static byte[] read(Path file) {
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
