package org.depthcert.verifier.coq;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs Coq's compiler on a generated file. Without coqc the tests that need it are skipped with
 * a line saying so, except in CI (CI=true), where a missing coqc is a failure.
 */
final class Coqc {
  record Result(int exitCode, String output) {
    boolean accepted() {
      return exitCode == 0;
    }
  }

  private static Boolean present;

  private Coqc() {}

  /** Skips the calling test (or fails it in CI) when coqc is not installed. */
  static void require() {
    if (present == null) {
      present = run(Path.of("."), "coqc", "--version").exitCode() == 0;
    }
    if (!present) {
      if ("true".equals(System.getenv("CI"))) {
        fail("coqc is not installed, and CI must compile the Coq files (apt-get install coq)");
      }
      System.out.println("[coq] coqc not found: the Coq compilation tests are SKIPPED");
      Assumptions.abort("coqc not found (apt-get install coq)");
    }
  }

  /** Writes {@code text} as {@code name}.v in {@code dir} and compiles it. */
  static Result compile(Path dir, String name, String text) throws IOException {
    Path file = dir.resolve(name + ".v");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return run(dir, "coqc", file.getFileName().toString());
  }

  private static Result run(Path dir, String... command) {
    try {
      Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
          .start();
      byte[] out = p.getInputStream().readAllBytes();
      if (!p.waitFor(10, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        return new Result(-1, "timed out");
      }
      return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    } catch (IOException e) {
      return new Result(-1, "cannot run " + command[0] + ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Result(-1, "interrupted");
    }
  }
}
