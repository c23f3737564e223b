package org.depthcert.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code depthcert completion}: the bash/zsh completion script picocli derives from the CLI. */
@Command(name = "completion", mixinStandardHelpOptions = true,
    description = "Prints a bash completion script for depthcert and all its subcommands and "
        + "options (zsh reads it too, after 'autoload -U +X bashcompinit && bashcompinit').",
    footer = {"", "Example: source <(depthcert completion)",
        "  or: depthcert completion > /etc/bash_completion.d/depthcert"})
final class CompletionCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec cmd;

  @Override
  public Integer call() {
    // the script calls 'depthcert'; the jar is usually wrapped by a script of that name
    cmd.commandLine().getOut().print(AutoComplete.bash("depthcert", cmd.root().commandLine()));
    cmd.commandLine().getOut().flush();
    return Main.OK;
  }
}
