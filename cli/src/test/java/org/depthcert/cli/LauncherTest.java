package org.depthcert.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./depthcert} launcher's rebuild rule, on a copy of the script in a made-up checkout
 * (a root POM listing two modules, a jar, sources): it asks for a build only when a POM or a
 * file under a module's src/main is newer than the jar, never for a spec a user keeps in the
 * clone (only the sample specs the jar bundles count). {@code DEPTHCERT_BUILD_CHECK=1} makes it report instead of building.
 */
class LauncherTest {
  @TempDir Path root;

  /** Files older than the jar: one hour before it. */
  private static final FileTime OLD = FileTime.fromMillis(1_000_000_000_000L);
  private static final FileTime JAR = FileTime.fromMillis(1_000_003_600_000L);
  private static final FileTime NEW = FileTime.fromMillis(1_000_007_200_000L);

  @BeforeEach
  void checkout() throws IOException {
    Assumptions.assumeTrue(GraphAndExplainTest.onPath("bash"), "bash not installed: skipping "
        + "the launcher test");
    Files.copy(Path.of("..", "depthcert"), root.resolve("depthcert"));
    write("pom.xml", "<modules>\n  <module>core</module>\n  <module>lemmas</module>\n</modules>\n");
    write("core/pom.xml", "<project/>");
    write("core/src/main/java/A.java", "class A {}");
    write("core/src/test/java/ATest.java", "class ATest {}");
    write("lemmas/pom.xml", "<project/>");
    write("lemmas/src/main/resources/catalog/float.yaml", "rules: []");
    write("samples/tensor-attention.yaml", "title: bundled");
    write("samples/bad/specs/broken.yaml", "title: [");
    write("specs/my-model.yaml", "title: x");
    write("notes.yaml", "x: 1");
    try (var files = Files.walk(root)) {
      for (Path p : files.filter(Files::isRegularFile).toList()) {
        Files.setLastModifiedTime(p, OLD);
      }
    }
    write("cli/target/depthcert.jar", "");
    Files.setLastModifiedTime(root.resolve("cli/target/depthcert.jar"), JAR);
  }

  @Test
  void upToDateWhenNothingChanged() throws Exception {
    assertThat(check()).isEqualTo("up to date");
  }

  @Test
  void userSpecsAndTestSourcesDoNotTriggerABuild() throws Exception {
    touch("specs/my-model.yaml");
    touch("samples/bad/specs/broken.yaml");
    touch("notes.yaml");
    touch("core/src/test/java/ATest.java");
    assertThat(check()).isEqualTo("up to date");
  }

  @Test
  void aSourceABundledCatalogFileOrAPomDoes() throws Exception {
    // the jar also bundles the top-level sample specs (the default spec of 'certify')
    for (String input : List.of("core/src/main/java/A.java",
        "lemmas/src/main/resources/catalog/float.yaml", "lemmas/pom.xml", "pom.xml",
        "samples/tensor-attention.yaml")) {
      touch(input);
      assertThat(check()).isEqualTo("stale: " + input);
      Files.setLastModifiedTime(root.resolve(input), OLD);
    }
  }

  @Test
  void noJarMeansABuild() throws Exception {
    Files.delete(root.resolve("cli/target/depthcert.jar"));
    assertThat(check()).isEqualTo("stale: cli/target/depthcert.jar");
  }

  private String check() throws Exception {
    ProcessBuilder pb = new ProcessBuilder("bash", root.resolve("depthcert").toString())
        .redirectErrorStream(true);
    pb.environment().put("DEPTHCERT_BUILD_CHECK", "1");
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    return out.strip();
  }

  private void touch(String rel) throws IOException {
    Files.setLastModifiedTime(root.resolve(rel), NEW);
  }

  private void write(String rel, String content) throws IOException {
    Path p = root.resolve(rel);
    Files.createDirectories(p.getParent());
    Files.writeString(p, content, StandardCharsets.UTF_8);
  }
}
