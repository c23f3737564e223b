package org.depthcert.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.depthcert.fold.Folded;
import org.depthcert.graph.Derivation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code depthcert explain SPEC NODE}: how one node's arrival depth comes about. */
@Command(name = "explain", mixinStandardHelpOptions = true,
    description = "Derives one node's arrival depth: for each maximal term, which input attains "
        + "the maximum at every step and which lemma adds what, back to a block input. NODE is "
        + "block.node, a node name used in one block only, or a block name (its output).",
    footer = {"", "Example: depthcert explain samples/tensor-attention.yaml attention.Out"})
final class ExplainCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "SPEC", description = "architecture spec (YAML or JSON)")
  Path spec;

  @Parameters(index = "1", paramLabel = "NODE", description = "block.node, node or block")
  String node;

  @CommandLine.Mixin
  CatalogOption catalog = new CatalogOption();

  @CommandLine.Spec
  CommandLine.Model.CommandSpec cmd;

  @Override
  public Integer call() {
    Folded folded = SpecInput.fold(spec, catalog.load());
    List<String> candidates = new ArrayList<>();
    String[] at = Derivation.resolve(folded, node, candidates).orElseThrow(() ->
        new UsageError(candidates.isEmpty()
            ? "no node '" + node + "' in " + spec + "; blocks: "
                + String.join(", ", folded.blocks().keySet())
            : "'" + node + "' is ambiguous in " + spec + ": " + String.join(", ", candidates)));
    cmd.commandLine().getOut().print(Derivation.explain(folded, at[0], at[1]));
    cmd.commandLine().getOut().flush();
    return Main.OK;
  }
}
