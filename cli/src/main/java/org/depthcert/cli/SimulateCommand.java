package org.depthcert.cli;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.depthcert.fold.Folded;
import org.depthcert.simulate.Simulation;
import org.depthcert.simulate.SimulationError;
import org.depthcert.simulate.SimulationReport;
import org.depthcert.simulate.Simulator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code depthcert simulate SPEC --n N --d D}: the explicit circuit against the fold. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
    description = "Builds the explicit gadget-level circuit of a spec at concrete sizes, measures "
        + "its depth as a longest path with a profile of gadget depths, counts its gadgets, and "
        + "compares both with the symbolic depth and size; names the first node where they "
        + "differ. Exit 0 when they agree, 1 when not, 2 on bad input (docs/simulate.md).",
    footer = {"", "Examples:",
        "  depthcert simulate samples/rope-tensor-attention.yaml --n 8 --d 8 --format json",
        "  depthcert simulate samples/tensor-attention.yaml --n 16 --d 4 --m 2 "
            + "--profile d_std=3,d_sum=5 --seed 7"})
final class SimulateCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "SPEC", description = "architecture spec (YAML or JSON)")
  Path spec;

  @Option(names = "--n", required = true, paramLabel = "N", description = "value of n")
  BigInteger n;

  @Option(names = "--d", paramLabel = "D", description = "value of d; may be left out when the "
      + "spec defines d by others (equals: \"h*e\"), which then gives it")
  BigInteger d;

  @Option(names = "--m", defaultValue = "1", paramLabel = "M",
      description = "value of m (default: ${DEFAULT-VALUE})")
  BigInteger m;

  @Option(names = "--param", paramLabel = "NAME=V", description = "value of another parameter; "
      + "may be repeated")
  Map<String, BigInteger> params = new LinkedHashMap<>();

  @Option(names = "--profile", split = ",", paramLabel = "d_x=V",
      description = "depth of gadget kinds, e.g. d_std=3,d_sum=5; the rest drawn with --seed")
  Map<String, BigInteger> profile = new TreeMap<>();

  @Option(names = "--seed", defaultValue = "1", description = "seed of the drawn profile "
      + "(default: ${DEFAULT-VALUE})")
  long seed;

  @Option(names = "--limit", defaultValue = "50000000", paramLabel = "G", description = "refuse "
      + "(before building) circuits the fold says have more than G gadgets (default: "
      + "${DEFAULT-VALUE})")
  long limit;

  @CommandLine.Mixin
  FormatOption format = new FormatOption();

  @CommandLine.Mixin
  CatalogOption catalog = new CatalogOption();

  @CommandLine.Spec
  CommandLine.Model.CommandSpec cmd;

  @Override
  public Integer call() {
    boolean json = format.json();
    Folded folded = SpecInput.fold(spec, catalog.load());
    Map<String, BigInteger> values = new LinkedHashMap<>();
    values.put("n", n);
    if (d != null) {
      values.put("d", d);
    }
    values.put("m", m);
    List<String> declared = new ArrayList<>();
    folded.spec().parameters().forEach(p -> declared.add(p.name()));
    for (Map.Entry<String, BigInteger> e : params.entrySet()) {
      if (!declared.contains(e.getKey())) {
        throw new UsageError(spec + ": simulate: --param " + e.getKey() + ": the spec has no "
            + "such parameter; its parameters are " + String.join(", ", declared));
      }
      values.put(e.getKey(), e.getValue());
    }
    for (String name : List.of("n", "d")) {
      if (values.containsKey(name) && values.get(name).signum() < 1) {
        throw new UsageError(spec + ": simulate: --" + name + " must be at least 1, not "
            + values.get(name));
      }
    }
    Simulation s;
    try (ProgressDisplay progress = ProgressDisplay.onTerminal("simulate",
        Simulator.predicted(folded, values).longValue())) {
      s = Simulator.run(folded, new Simulator.Request(values, profile, seed, limit, progress));
    } catch (SimulationError e) {
      throw new UsageError(spec + ": simulate: " + e.getMessage());
    }
    cmd.commandLine().getOut().print(json ? SimulationReport.jsonText(s)
        : SimulationReport.text(s));
    cmd.commandLine().getOut().flush();
    return s.agree() ? Main.OK : Main.FAILS;
  }
}
