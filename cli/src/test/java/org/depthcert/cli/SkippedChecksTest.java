package org.depthcert.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The last line of {@code mvn verify} (build-support/SkippedChecks.java, run as a single-file
 * program) on made-up Surefire reports: it counts the tests of every module, names each skipped
 * check with its reason, and fails only under CI=true when something was skipped.
 */
class SkippedChecksTest {
  @TempDir Path root;

  private void report(String module, String name, String body) throws Exception {
    Path dir = Files.createDirectories(root.resolve(module).resolve("target")
        .resolve("surefire-reports"));
    Files.writeString(dir.resolve("TEST-" + name + ".xml"), "<?xml version=\"1.0\"?>\n"
        + "<testsuite name=\"" + name + "\">" + body + "</testsuite>\n", StandardCharsets.UTF_8);
  }

  private String[] run(boolean ci) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb = new ProcessBuilder(java, Path.of("..", "build-support",
        "SkippedChecks.java").toString(), root.toString()).redirectErrorStream(true);
    pb.environment().remove("CI");
    if (ci) {
      pb.environment().put("CI", "true");
    }
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return new String[] {String.valueOf(p.exitValue()), out};
  }

  @Test
  void nothingSkipped() throws Exception {
    report("core", "ATest", "<testcase name=\"a\"/><testcase name=\"b\"/>");
    report("cli", "BTest", "<testcase name=\"c\"/>");
    assertThat(run(true)).containsExactly("0", "depthcert checks: all 3 tests ran, none skipped");
  }

  @Test
  void skippedChecksAreNamedWithTheirReasonAndFailUnderCi() throws Exception {
    report("core", "ATest", "<testcase name=\"a\"/>");
    report("report-templates", "TexTest", "<testcase name=\"t1\"><skipped message=\"Assumption"
        + " failed: pdflatex not installed\"/></testcase><testcase name=\"t2\"><skipped "
        + "message=\"Assumption failed: pdflatex not installed\"/></testcase>");
    report("cli", "DotTest", "<testcase name=\"d\"><skipped message=\"dot not installed\"/>"
        + "</testcase>");
    // 4 tests, 3 skipped: 1 ran; reasons in name order, each with its count
    String line = "depthcert checks: 1 of 4 tests ran; 3 SKIPPED: 1 x dot not installed; "
        + "2 x pdflatex not installed";
    assertThat(run(false)).containsExactly("0", line);
    assertThat(run(true)).containsExactly("1", line.replace("SKIPPED:",
        "SKIPPED (fails the build: CI=true):"));
  }
}
