package org.depthcert.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.depthcert.cert.Tool;
import org.depthcert.lemmas.LemmaCatalog;
import org.depthcert.spec.SpecError;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code depthcert} command. Exit codes (docs/design.md section 9): 0 every claim holds, 1 a claim
 * fails, 2 bad input or usage, 3 internal error, 4 nothing fails but something is undecided.
 */
@Command(name = "depthcert", mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Checks and certifies the circuit-depth arithmetic of complexity papers.",
    footer = {"", "Example: depthcert check samples/tensor-attention.yaml --format json"})
public final class Main implements Runnable {
  /**
   * Every subcommand by its name (as its {@code @Command} says), in the order {@code --help}
   * lists them. Picocli reads a command's annotations when it is added, which is most of its
   * start-up cost: a run of one subcommand adds only that one (see {@link #commandLine}).
   */
  static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();

  /** Subcommands that read the bundled lemma catalog (unless given --catalog). */
  private static final Set<String> READ_CATALOG = Set.of("certify", "check", "audit", "lemmas",
      "tighten", "graph", "explain", "simulate", "import");

  /** Subcommands that read the whole command tree (shell completion, man pages). */
  private static final Set<String> WHOLE_TREE = Set.of("completion", "man");

  public static final int OK = 0;
  public static final int FAILS = 1;
  public static final int BAD_INPUT = 2;
  public static final int INTERNAL = 3;
  public static final int UNDECIDED = 4;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the command line with the given streams; returns the exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    if (args.length > 0 && READ_CATALOG.contains(args[0])
        && java.util.Arrays.stream(args).noneMatch(a -> a.startsWith("--catalog"))) {
      // the catalog is read while picocli builds the command (two cores: about 0.1 s sooner)
      LemmaCatalog.preload();
    }
    CommandLine cli = commandLine(args);
    cli.setOut(out);
    cli.setErr(err);
    // enum options (graph --format, tighten --style) accept any case; picocli rejects others
    // with a usage error (exit 2) that lists the valid values
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    // A usage mistake is one line and exit 2, like any other bad input; --help has the rest.
    cli.setParameterExceptionHandler((ex, arguments) -> {
      String command = ex.getCommandLine().getCommandSpec().qualifiedName();
      err.println("error: " + ex.getMessage() + " (see '" + command + " --help')");
      return BAD_INPUT;
    });
    cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      if (ex instanceof SpecError) {
        err.println("error: " + ((SpecError) ex).oneLine());
        return BAD_INPUT;
      }
      if (ex instanceof UsageError) {
        err.println("error: " + ex.getMessage());
        return BAD_INPUT;
      }
      err.println("internal error: " + ex + " (please report it with the input that caused it)");
      return INTERNAL;
    });
    try {
      return cli.execute(args);
    } catch (OutOfMemoryError e) {
      // picocli's handler sees only Exceptions; an Error must still end in one line and exit 3.
      err.println("internal error: out of memory; give the JVM more heap (java -Xmx8g -jar ...)");
      return INTERNAL;
    } catch (StackOverflowError e) {
      err.println("internal error: stack overflow (please report it with the input that caused "
          + "it)");
      return INTERNAL;
    }
  }

  /**
   * The command tree for these arguments: when the first argument names a subcommand that does
   * not read the tree, the root with that subcommand alone; otherwise (no argument, an option
   * such as --help, an unknown name, completion, man) the root with every subcommand. Added
   * before any setting, since picocli applies a setting to the subcommands present when it is
   * made.
   */
  static CommandLine commandLine(String[] args) {
    CommandLine cli = new CommandLine(new Main());
    String first = args.length > 0 ? args[0] : "";
    if (SUBCOMMANDS.containsKey(first) && !WHOLE_TREE.contains(first)) {
      cli.addSubcommand(first, SUBCOMMANDS.get(first).get());
    } else {
      SUBCOMMANDS.forEach((name, command) -> cli.addSubcommand(name, command.get()));
    }
    return cli;
  }

  private static Map<String, Supplier<Object>> subcommands() {
    Map<String, Supplier<Object>> m = new LinkedHashMap<>();
    m.put("certify", CertifyCommand::new);
    m.put("check", CheckCommand::new);
    m.put("verify", VerifyCommand::new);
    m.put("coq", CoqCommand::new);
    m.put("audit", AuditCommand::new);
    m.put("lemmas", LemmasCommand::new);
    m.put("diff", DiffCommand::new);
    m.put("tighten", TightenCommand::new);
    m.put("graph", GraphCommand::new);
    m.put("explain", ExplainCommand::new);
    m.put("simulate", SimulateCommand::new);
    m.put("import", ImportCommand::new);
    m.put("completion", CompletionCommand::new);
    m.put("man", ManCommand::new);
    return java.util.Collections.unmodifiableMap(m);
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Prints the tool's version. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {Tool.NAME + " " + Tool.VERSION + " (certificate format "
          + Tool.CERT_VERSION + ")"};
    }
  }
}
