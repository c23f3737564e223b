package org.depthcert.cli;

import java.io.PrintWriter;
import org.depthcert.cert.Tool;
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
    subcommands = {CertifyCommand.class, CheckCommand.class, VerifyCommand.class, CoqCommand.class,
        AuditCommand.class, LemmasCommand.class, DiffCommand.class, TightenCommand.class,
        GraphCommand.class, ExplainCommand.class, SimulateCommand.class, ImportCommand.class,
        CompletionCommand.class, ManCommand.class},
    footer = {"", "Example: depthcert check samples/tensor-attention.yaml --format json"})
public final class Main implements Runnable {
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
    CommandLine cli = new CommandLine(new Main());
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
