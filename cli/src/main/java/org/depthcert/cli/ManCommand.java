package org.depthcert.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * {@code depthcert man -o DIR}: man pages from the same annotations as {@code --help}, one per
 * command: roff that {@code man -l} shows ({@link RoffManPage}), and the same page as AsciiDoc in
 * the manpage doctype (picocli-codegen's ManPageGenerator) for HTML documentation. Each file is
 * written atomically.
 */
@Command(name = "man", mixinStandardHelpOptions = true,
    description = "Writes a man page for depthcert and each subcommand into DIR, generated from "
        + "the same annotations as --help: NAME.1 in roff (man -l shows it) and NAME.adoc "
        + "(AsciiDoc, manpage doctype).",
    footer = {"", "Example:",
        "  depthcert man -o man/ && man -l man/depthcert-check.1"})
final class ManCommand implements Callable<Integer> {
  @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "man",
      description = "directory for the pages (default: ${DEFAULT-VALUE})")
  Path output;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec cmd;

  @Override
  public Integer call() {
    List<CommandLine.Model.CommandSpec> all = new ArrayList<>();
    collect(cmd.root(), all);
    var out = cmd.commandLine().getOut();
    for (CommandLine.Model.CommandSpec s : all) {
      // ManPageGenerator prints the footer (our examples) only under a footer heading
      if (s.usageMessage().footerHeading().isEmpty() && s.usageMessage().footer().length > 0) {
        s.usageMessage().footerHeading("Examples");
      }
      StringWriter page = new StringWriter();
      try (PrintWriter w = new PrintWriter(page)) {
        ManPageGenerator.writeSingleManPage(w, s);
      }
      Path roff = output.resolve(s.qualifiedName("-") + ".1");
      AtomicFiles.write(roff, RoffManPage.of(s));
      Path file = output.resolve(s.qualifiedName("-") + ".adoc");
      AtomicFiles.write(file, page.toString());
      out.println("wrote " + roff + " and " + file.getFileName());
    }
    out.flush();
    return Main.OK;
  }

  private static void collect(CommandLine.Model.CommandSpec s,
      List<CommandLine.Model.CommandSpec> all) {
    all.add(s);
    for (CommandLine sub : s.subcommands().values()) {
      if (!all.contains(sub.getCommandSpec())) {
        collect(sub.getCommandSpec(), all);
      }
    }
  }
}
