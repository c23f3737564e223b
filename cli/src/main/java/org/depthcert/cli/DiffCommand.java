package org.depthcert.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.depthcert.cert.Canonical;
import org.depthcert.diff.CertificateDepths;
import org.depthcert.diff.DepthDiff;
import org.depthcert.diff.DiffResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code depthcert diff A.json B.json}: how every depth moved from certificate A to B. */
@Command(name = "diff", mixinStandardHelpOptions = true,
    description = {"Compares two certificates (two architectures, or two versions of one): for "
        + "the model, every block and every claim, whether B's depth grew (a regression, naming "
        + "each coefficient that rose), shrank (an improvement) or stayed, decided exactly under "
        + "B's assumptions.",
        "Exit 0 when nothing grew, 1 when something grew, 2 on bad input."},
    footer = {"", "Example:",
        "  depthcert certify samples/tensor-attention.yaml -o a/",
        "  depthcert certify samples/rope-tensor-attention.yaml -o b/",
        "  depthcert diff a/certificate.json b/certificate.json"})
final class DiffCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "A", description = "the old certificate.json")
  Path before;

  @Parameters(index = "1", paramLabel = "B", description = "the new certificate.json")
  Path after;

  @CommandLine.Mixin
  FormatOption format = new FormatOption();

  @CommandLine.Spec
  CommandLine.Model.CommandSpec cmd;

  @Override
  public Integer call() {
    boolean json = format.json();
    DiffResult d = DepthDiff.compare(CertificateDepths.read(before), CertificateDepths.read(after));
    cmd.commandLine().getOut().print(json ? Canonical.write(d.json()) : d.text());
    cmd.commandLine().getOut().flush();
    return d.regressed() ? Main.FAILS : Main.OK;
  }
}
