package org.depthcert.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.depthcert.check.CheckResult;
import org.depthcert.spec.SpecError;
import org.depthcert.tighten.Edit;
import org.depthcert.tighten.Tightened;
import org.depthcert.tighten.Tightener;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code depthcert tighten SPEC [--write]}: stated bounds set to the computed ones. */
@Command(name = "tighten", mixinStandardHelpOptions = true,
    description = {"Replaces each claim's stated depth by the computed one, so that 'check' "
        + "then fails on any future growth. Only the stated: values that differ are touched; "
        + "comments and formatting stay.",
        "Without --write, prints the tightened spec on stdout; with --write, rewrites SPEC "
            + "in place (atomically) and lists each change."},
    footer = {"", "Examples:",
        "  depthcert tighten samples/rope-tensor-attention.yaml > tight.yaml",
        "  depthcert tighten specs/my-model.yaml --write --style ascii"})
final class TightenCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "SPEC", description = "architecture spec (YAML or JSON)")
  Path spec;

  @Option(names = "--write", description = "rewrite SPEC in place instead of printing it")
  boolean write;

  @Option(names = "--style", defaultValue = "latex",
      description = "latex (as the paper prints depths, the default) or ascii")
  Tightener.Style style;

  @CommandLine.Mixin
  CatalogOption catalog = new CatalogOption();

  @CommandLine.Spec
  CommandLine.Model.CommandSpec cmd;

  @Override
  public Integer call() {
    CheckResult r = SpecInput.check(spec, catalog.load(), false, cmd.commandLine().getErr());
    String text;
    try {
      text = Files.readString(spec, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new SpecError(spec.toString(), 0, "", "cannot read file: " + e.getMessage());
    }
    Tightened t = Tightener.tighten(r, text, style);
    var out = cmd.commandLine().getOut();
    if (write) {
      if (!t.edits().isEmpty()) {
        AtomicFiles.write(spec, t.text());
      }
      for (Edit e : t.edits()) {
        out.println(spec + ":" + e.line() + ": " + e.claim() + ": " + e.before() + " -> "
            + e.after());
      }
      out.println(t.edits().isEmpty() ? "nothing to tighten: every stated depth is the computed "
          + "one" : "tightened " + t.edits().size() + " claim(s) in " + spec);
    } else {
      out.print(t.text());
    }
    out.flush();
    return Main.OK;
  }
}
