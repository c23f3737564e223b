package org.depthcert.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.depthcert.cert.Canonical;
import org.depthcert.cert.CheckReport;
import org.depthcert.check.CheckResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code depthcert check SPEC}: the CI gate. Exit 0 pass, 1 a claim fails, 4 undecided. */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = "Checks every claim of a spec: exit 0 when all hold, 1 when one fails, "
        + "2 on bad input, 4 when none fails but one is undecided.",
    footer = {"", "Example: depthcert check samples/tensor-attention.yaml --format json"})
final class CheckCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "SPEC", description = "architecture spec (YAML or JSON)")
  Path spec;

  @Option(names = "--format", defaultValue = "text",
      description = "text (a table) or json (DESIGN.md section 9, one object on stdout)")
  String format;

  @Option(names = "--catalog", paramLabel = "FILE",
      description = "extra lemma catalog file (YAML); may be repeated")
  List<Path> catalog = new ArrayList<>();

  @CommandLine.Spec
  CommandLine.Model.CommandSpec cmd;

  @Override
  public Integer call() {
    if (!format.equals("text") && !format.equals("json")) {
      throw new UsageError("--format must be text or json, not '" + format + "'");
    }
    CheckResult r = SpecInput.check(spec, SpecInput.catalog(catalog));
    String out = format.equals("json") ? Canonical.write(CheckReport.build(r))
        : TextReport.render(r);
    cmd.commandLine().getOut().print(out);
    cmd.commandLine().getOut().flush();
    return r.exitCode();
  }
}
