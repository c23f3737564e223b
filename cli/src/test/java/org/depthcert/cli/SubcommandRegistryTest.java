package org.depthcert.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@link Main#SUBCOMMANDS} and the lazily built command tree: a run of one subcommand adds only
 * that subcommand, which must change nothing a user sees.
 */
class SubcommandRegistryTest {
  // the registry's key is what the user types; it must be the name the command calls itself
  // (picocli would otherwise print one name in --help and accept another)
  @Test
  void everyNameIsTheCommandsOwnName() {
    for (Map.Entry<String, java.util.function.Supplier<Object>> e
        : Main.SUBCOMMANDS.entrySet()) {
      Command c = e.getValue().get().getClass().getAnnotation(Command.class);
      assertThat(c.name()).isEqualTo(e.getKey());
    }
  }

  // the order of the registry is the order of the root's --help, as the annotation listed them
  @Test
  void theWholeTreeHasEverySubcommandInOrder() {
    List<String> names = new ArrayList<>(Main.commandLine(new String[0]).getSubcommands()
        .keySet());
    assertThat(names).containsExactly("certify", "check", "verify", "coq", "audit", "lemmas",
        "diff", "tighten", "graph", "explain", "simulate", "import", "completion", "man");
    assertThat(Main.commandLine(new String[] {"--help"}).getSubcommands()).hasSize(14);
    assertThat(Main.commandLine(new String[] {"chek"}).getSubcommands()).hasSize(14);
    // completion and man describe the whole tree
    assertThat(Main.commandLine(new String[] {"man"}).getSubcommands()).hasSize(14);
    assertThat(Main.commandLine(new String[] {"completion"}).getSubcommands()).hasSize(14);
  }

  @Test
  void oneSubcommandAloneWhenTheFirstArgumentNamesIt() {
    assertThat(Main.commandLine(new String[] {"check", "x.yaml"}).getSubcommands().keySet())
        .containsExactly("check");
  }

  // what a subcommand prints about itself (usage, and a usage error's line) is the same whether
  // it was built alone or in the whole tree
  @Test
  void aSubcommandBuiltAloneHelpsAsInTheWholeTree() {
    for (String name : Main.SUBCOMMANDS.keySet()) {
      String alone = usage(Main.commandLine(new String[] {name}).getSubcommands().get(name));
      String inTree = usage(Main.commandLine(new String[0]).getSubcommands().get(name));
      assertThat(alone).as(name).isEqualTo(inTree).contains("Usage: depthcert " + name);
    }
    // the line main printed before subcommands were built lazily (picocli names an unknown
    // option once the required SPEC is there)
    MainTest.Run r = MainTest.run("check", "x.yaml", "--no-such-option");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("error: Unknown option: '--no-such-option' (see "
        + "'depthcert check --help')\n");
  }

  private static String usage(CommandLine c) {
    StringWriter s = new StringWriter();
    c.usage(new PrintWriter(s, true));
    return s.toString();
  }
}
