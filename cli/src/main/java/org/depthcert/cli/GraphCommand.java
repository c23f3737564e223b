package org.depthcert.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.depthcert.fold.Folded;
import org.depthcert.graph.GraphExport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code depthcert graph SPEC --format dot|graphml|json}: the folded DAG for other tools. */
@Command(name = "graph", mixinStandardHelpOptions = true,
    description = "Prints the folded DAG of a spec's blocks (each node with its op, lemma, local "
        + "and arrival depth; critical paths marked, red in DOT) as DOT, GraphML or JSON.",
    footer = {"", "Examples:",
        "  depthcert graph samples/tensor-attention.yaml --format dot | dot -Tsvg > attention.svg",
        "  depthcert graph samples/layer-norm-mlp.yaml --block mlp --format graphml -o mlp.graphml"})
final class GraphCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "SPEC", description = "architecture spec (YAML or JSON)")
  Path spec;

  @Option(names = "--format", defaultValue = "dot",
      description = "dot, graphml or json (default: ${DEFAULT-VALUE})")
  GraphExport.Format format;

  @Option(names = "--block", paramLabel = "NAME", description = "only this block")
  String block;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "write to FILE instead of stdout")
  Path output;

  @CommandLine.Mixin
  CatalogOption catalog = new CatalogOption();

  @CommandLine.Spec
  CommandLine.Model.CommandSpec cmd;

  @Override
  public Integer call() {
    Folded folded = SpecInput.fold(spec, catalog.load());
    if (block != null && !folded.blocks().containsKey(block)) {
      throw new UsageError("no folded block '" + block + "' in " + spec + "; blocks: "
          + String.join(", ", folded.blocks().keySet()));
    }
    String text = GraphExport.write(folded, Optional.ofNullable(block), format);
    if (output != null) {
      AtomicFiles.write(output, text);
    } else {
      cmd.commandLine().getOut().print(text);
      cmd.commandLine().getOut().flush();
    }
    return Main.OK;
  }
}
