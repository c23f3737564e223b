package org.depthcert.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/** Runs the depthcert command line in-process and captures its exit code and streams. */
record CliRun(int exit, String out, String err) {
  /** The repository's samples directory (Surefire runs in the cli module's directory). */
  static final Path SAMPLES = Path.of("..", "samples");

  static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new CliRun(exit, out.toString(), err.toString());
  }

  @Override
  public String toString() {
    return "exit " + exit + "\n--- out\n" + out + "--- err\n" + err;
  }
}
