package org.depthcert.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs one {@code run:} line of docs/ci-workflow.yml in a scratch repository: {@code java -jar
 * .depthcert/cli/target/depthcert.jar ARGS} becomes this test classpath's Main in a child JVM
 * (the workflow's arguments are plain words, no quoting to interpret); any other line runs in
 * bash. Used by CiWorkflowTest and ModelGateTest.
 */
final class WorkflowLine {
  static final String JAR = "java -jar .depthcert/cli/target/depthcert.jar";

  private WorkflowLine() {}

  static CliRun run(Path repo, String line) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    if (line.startsWith(JAR + " ")) {
      cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      cmd.add("-cp");
      cmd.add(System.getProperty("java.class.path"));
      cmd.add(Main.class.getName());
      cmd.addAll(Arrays.asList(line.substring(JAR.length() + 1).trim().split("\\s+")));
    } else {
      cmd.addAll(List.of("bash", "-c", line));
    }
    Process p = new ProcessBuilder(cmd).directory(repo.toFile()).redirectErrorStream(true)
        .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(180, TimeUnit.SECONDS)).as(line).isTrue();
    return new CliRun(p.exitValue(), out, "");
  }
}
