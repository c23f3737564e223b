package org.depthcert.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.depthcert.fold.RuleProofs;
import org.depthcert.rules.Catalog;
import org.depthcert.rules.Rule;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code depthcert lemmas [NUMBER]}: the catalog in paper order, or one lemma in full. */
@Command(name = "lemmas", mixinStandardHelpOptions = true,
    description = "Lists the lemma catalog in the seed paper's order: number, id, ops, depth "
        + "(derived lemmas: the fold of their body, and the depth the paper states), source. "
        + "With NUMBER (e.g. 4.1, 3.4 for all its parts, \"Lemma 5.5\", a rule id or an op), "
        + "shows each matching lemma in full: signature, hypotheses, depth, size, body.",
    footer = {"", "Examples:", "  depthcert lemmas", "  depthcert lemmas 4.1",
        "  depthcert lemmas 3.4", "  depthcert lemmas softmax_stable",
        "  depthcert lemmas --format markdown > docs/lemmas.md"})
final class LemmasCommand implements Callable<Integer> {
  private static final Pattern NUMBERS = Pattern.compile("\\d+");

  @Parameters(index = "0", arity = "0..1", paramLabel = "NUMBER",
      description = "a paper number such as 4.1, 3.4 Part 3, or a rule id")
  String number;

  @Option(names = "--format", defaultValue = "text", paramLabel = "text|markdown",
      description = "text (a table, or the details of NUMBER) or markdown (every lemma in "
          + "full: docs/lemmas.md is this output)")
  String format;

  @CommandLine.Mixin
  CatalogOption catalog = new CatalogOption();

  @CommandLine.Spec
  CommandLine.Model.CommandSpec cmd;

  @Override
  public Integer call() {
    Catalog c = catalog.load();
    RuleProofs proofs = new RuleProofs(c);
    List<Rule> rules = new ArrayList<>(c.rules());
    rules.sort(Comparator.comparing(LemmasCommand::paperOrder));
    StringBuilder sb = new StringBuilder();
    if (!format.equals("text") && !format.equals("markdown")) {
      throw new UsageError("--format must be text or markdown, not '" + format + "'");
    }
    if (number != null) {
      List<Rule> hits = new ArrayList<>();
      for (Rule r : rules) {
        if (matches(r, number.trim())) {
          hits.add(r);
        }
      }
      if (hits.isEmpty()) {
        throw new UsageError("no lemma numbered '" + number + "'; see 'depthcert lemmas'");
      }
      for (Rule r : hits) {
        if (format.equals("markdown")) {
          LemmaMarkdown.rule(sb, r, proofs);
        } else {
          detail(sb, r, proofs);
        }
      }
    } else if (format.equals("markdown")) {
      LemmaMarkdown.catalog(sb, rules, proofs, c.declarations());
    } else {
      List<String[]> rows = new ArrayList<>();
      rows.add(new String[] {"number", "id", "ops", "depth", "source"});
      for (Rule r : rules) {
        rows.add(new String[] {r.number(), r.id(), String.join(" ", r.ops()), depth(r, proofs),
            r.cites().isEmpty() ? r.file() : r.cites()});
      }
      TextReport.table(sb, rows);
    }
    cmd.commandLine().getOut().print(sb);
    cmd.commandLine().getOut().flush();
    return Main.OK;
  }

  /**
   * Does {@code query} name this rule? Its id, an op, its full label ("Lemma 3.4 Part 1"), or
   * its number without the word ("3.4 Part 1"); a bare "3.4" finds every part of Lemma 3.4.
   */
  private static boolean matches(Rule r, String query) {
    String bare = r.number().replaceFirst("^\\D+", "");
    return r.id().equals(query) || r.ops().contains(query)
        || r.number().equalsIgnoreCase(query) || bare.equalsIgnoreCase(query)
        || (!bare.isEmpty() && bare.toLowerCase().startsWith(query.toLowerCase() + " part "))
        || r.number().toLowerCase().startsWith(query.toLowerCase() + " part ");
  }

  static String depth(Rule r, RuleProofs proofs) {
    if (!r.isDerived()) {
      return r.depth().orElseThrow().ascii() + " (axiom)";
    }
    var folded = proofs.fold(r).depth();
    return folded.ascii() + " (derived" + r.stated().map(s -> s.equals(folded)
        ? ", as stated" : ", paper states " + s.ascii()).orElse("") + ")";
  }

  private static void detail(StringBuilder sb, Rule r, RuleProofs proofs) {
    sb.append(r.number()).append(": ").append(r.title()).append('\n');
    sb.append("  id          ").append(r.id()).append('\n');
    sb.append("  file        ").append(r.file()).append(" (").append(r.path()).append(")\n");
    if (!r.cites().isEmpty()) {
      sb.append("  cites       ").append(r.cites()).append('\n');
    }
    sb.append("  ops         ").append(String.join(", ", r.ops())).append('\n');
    sb.append("  signature   ").append(LemmaMarkdown.signature(r)).append('\n');
    sb.append("  hypotheses  ").append(r.hypotheses().isEmpty() ? "none"
        : String.join("; ", r.hypotheses())).append('\n');
    sb.append("  depth       ").append(depth(r, proofs)).append('\n');
    sb.append("  size        ").append(LemmaMarkdown.size(r, proofs)).append('\n');
    if (r.isDerived()) {
      sb.append("  modes       tight (default): a node costs the fold of the body; modular: "
          + "it costs the stated depth").append(r.stated().isPresent() ? "" : " (none stated)")
          .append('\n');
      sb.append("  body        (node = op(inputs): local depth -> arrival depth)\n");
      for (String step : LemmaMarkdown.bodySteps(r, proofs)) {
        sb.append("    ").append(step).append('\n');
      }
    }
    if (!r.note().isEmpty()) {
      sb.append("  note        ").append(r.note()).append('\n');
    }
  }

  /** Sorts by the numbers in the paper label (3.4 Part 1 before 3.6 before 4.1); others last. */
  private static String paperOrder(Rule r) {
    Matcher m = NUMBERS.matcher(r.number());
    StringBuilder key = new StringBuilder();
    while (m.find()) {
      key.append(String.format("%06d.", Integer.parseInt(m.group())));
    }
    return key.length() == 0 ? "~" + r.number() : key.toString();
  }
}
