package org.depthcert.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code depthcert audit} on the seed paper: exit codes, the two formats and -o DIR. */
class AuditCommandTest {
  /** Surefire runs in cli/; the seed paper is in the samples directory beside it. */
  private static final String PAPER = "../samples/papers/arxiv-2412.18040.yaml";

  @TempDir
  Path dir;

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void jsonOnStdoutAndExitOneBecauseLemma45Fails() {
    Run r = run("audit", PAPER, "--format", "json");
    assertThat(r.code()).isEqualTo(Main.FAILS);
    assertThat(r.out()).startsWith("{").contains("\"verdict\": \"FAIL\"")
        .contains("\"spec\": \"" + PAPER + "\"");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void tableByDefaultAndFilesWithOutputDir() throws IOException {
    Run r = run("audit", PAPER, "-o", dir.toString());
    assertThat(r.code()).isEqualTo(Main.FAILS);
    assertThat(r.out()).startsWith("FAIL: 1 of ").contains("Lemma 4.5").contains("findings");
    assertThat(Files.readString(dir.resolve("audit.txt"))).isEqualTo(r.out());
    assertThat(Files.readString(dir.resolve("audit.json"))).contains("\"findings\"");
  }

  @Test
  void badInputIsOneLineAndExitTwo() throws IOException {
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(bad, "title: x\narchitectures:\n  a: {spec: missing.yaml}\nresults: []\n");
    Run r = run("audit", bad.toString());
    assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(r.err().strip()).startsWith("error: " + bad + ":3:").contains("no spec file")
        .doesNotContain("\n");
    assertThat(r.out()).isEmpty();
  }
}
