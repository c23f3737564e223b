package org.depthcert.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.depthcert.fold.RuleProofs;
import org.depthcert.rules.Catalog;
import org.depthcert.rules.Rule;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code depthcert lemmas}: the catalog, each rule by its paper number, with its depth. */
@Command(name = "lemmas", mixinStandardHelpOptions = true,
    description = "Lists the lemma catalog: paper number, id, ops, depth (derived lemmas: the "
        + "fold of their body, and the depth the paper states), source.",
    footer = {"", "Example: depthcert lemmas"})
final class LemmasCommand implements Callable<Integer> {
  @Option(names = "--catalog", paramLabel = "FILE",
      description = "extra lemma catalog file (YAML); may be repeated")
  List<Path> catalog = new ArrayList<>();

  @CommandLine.Spec
  CommandLine.Model.CommandSpec cmd;

  @Override
  public Integer call() {
    Catalog c = SpecInput.catalog(catalog);
    RuleProofs proofs = new RuleProofs(c);
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"number", "id", "ops", "depth", "source"});
    for (Rule r : c.rules()) {
      String depth;
      if (r.isDerived()) {
        String folded = proofs.fold(r).depth().ascii();
        depth = folded + " (derived" + r.stated().map(s -> s.equals(proofs.fold(r).depth())
            ? ", as stated" : ", paper states " + s.ascii()).orElse("") + ")";
      } else {
        depth = r.depth().orElseThrow().ascii() + " (axiom)";
      }
      rows.add(new String[] {r.number(), r.id(), String.join(" ", r.ops()), depth,
          r.cites().isEmpty() ? r.file() : r.cites()});
    }
    StringBuilder sb = new StringBuilder();
    TextReport.table(sb, rows);
    cmd.commandLine().getOut().print(sb);
    cmd.commandLine().getOut().flush();
    return Main.OK;
  }
}
