package org.depthcert.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --help with an example on every command, --version, the completion script, the man pages. */
class HelpAndDocsTest {
  @TempDir Path dir;

  /** Every subcommand registered on the root command, by name. */
  private static List<String> subcommands() {
    return new ArrayList<>(Main.commandLine(new String[0]).getSubcommands().keySet());
  }

  @Test
  void everySubcommandHasHelpWithAnExample() {
    List<String> names = subcommands();
    assertThat(names).contains("check", "diff", "graph", "explain", "tighten", "completion",
        "man");
    for (String name : names) {
      CliRun r = CliRun.of(name, "--help");
      assertThat(r.exit()).as(name + ": " + r).isZero();
      assertThat(r.out()).as(name).contains("Usage: depthcert " + name).contains("Example");
    }
    assertThat(CliRun.of("--help").out()).contains("Example");
  }

  @Test
  void versionNamesToolAndCertificateFormat() {
    CliRun r = CliRun.of("--version");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).startsWith("depthcert 0.1.0 (certificate format 2)");
  }

  @Test
  void completionScriptCoversTheCommandsAndIsValidBash() throws Exception {
    CliRun r = CliRun.of("completion");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("--baseline").contains("--sarif").contains("tighten")
        .contains("complete -F");
    Assumptions.assumeTrue(GraphAndExplainTest.onPath("bash"), "bash not installed: skipping "
        + "the syntax check of the completion script");
    Path script = dir.resolve("depthcert.bash");
    Files.writeString(script, r.out(), StandardCharsets.UTF_8);
    Process p = new ProcessBuilder("bash", "-n", script.toString()).redirectErrorStream(true)
        .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
  }

  @Test
  void manWritesOnePagePerCommand() throws IOException {
    Path man = dir.resolve("man");
    CliRun r = CliRun.of("man", "-o", man.toString());
    assertThat(r.exit()).as(r.toString()).isZero();
    for (String name : subcommands()) {
      Path page = man.resolve("depthcert-" + name + ".adoc");
      assertThat(page).isRegularFile();
      assertThat(Files.readString(page, StandardCharsets.UTF_8)).contains(":doctype: manpage")
          .contains("= depthcert-" + name + "(1)").contains("Example");
    }
    assertThat(Files.readString(man.resolve("depthcert-check.adoc"), StandardCharsets.UTF_8))
        .contains("*--baseline*=_FILE|DIR_").contains("*--junit*=_FILE_");
    assertThat(man.resolve("depthcert.adoc")).isRegularFile();
  }

  @Test
  void helpReadmeAndDocsPointAtTheDesignDocumentTheProjectHas() throws Exception {
    Path design = Path.of("..", "docs", "design.md");
    String text = Files.readString(design, StandardCharsets.UTF_8);
    // the cited section numbers exist: "docs/design.md section 9" is about exit codes
    for (int n = 1; n <= 11; n++) {
      assertThat(text).contains("\n## " + n + ". ");
    }
    assertThat(text).containsPattern("## 9\\. [^\\n]*exit codes");
    List<String> sources = new ArrayList<>();
    sources.add(Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8));
    try (var docs = Files.list(Path.of("..", "docs"))) {
      for (Path d : docs.filter(p -> p.toString().endsWith(".md")).toList()) {
        sources.add(Files.readString(d, StandardCharsets.UTF_8));
      }
    }
    sources.add(CliRun.of("--help").out());
    for (String name : subcommands()) {
      sources.add(CliRun.of(name, "--help").out());
    }
    for (String s : sources) {
      // every mention of the design document is of docs/design.md (or design.md beside it)
      assertThat(s.replace("docs/design.md", "").replace("(design.md)", "")
          .replace("[design.md]", "")).doesNotContain("DESIGN.md").doesNotContain("design.md");
    }
  }

  @Test
  void manWritesRoffThatManShows() throws Exception {
    Path man = dir.resolve("man");
    assertThat(CliRun.of("man", "-o", man.toString()).exit()).isZero();
    for (String name : subcommands()) {
      String page = Files.readString(man.resolve("depthcert-" + name + ".1"),
          StandardCharsets.UTF_8);
      assertThat(page).startsWith(".TH DEPTHCERT\\-" + name.toUpperCase(java.util.Locale.ROOT)
          .replace("-", "\\-") + " 1 ").contains(".SH NAME\n").contains(".SH SYNOPSIS\n")
          .contains(".SH OPTIONS\n");
    }
    Assumptions.assumeTrue(GraphAndExplainTest.onPath("man"), "man not installed: skipping "
        + "the rendering of the roff page");
    ProcessBuilder pb = new ProcessBuilder("man", "-l", man.resolve("depthcert-check.1")
        .toString()).redirectErrorStream(false);
    pb.environment().put("MANPAGER", "cat");
    pb.environment().put("PAGER", "cat");
    pb.environment().put("MANWIDTH", "100");
    pb.environment().put("MAN_KEEP_FORMATTING", "0");
    Process p = pb.start();
    String shown = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
        .replaceAll(".\b", "");
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(err).isZero();
    // groff warns on stderr about anything it cannot typeset
    assertThat(err).isEmpty();
    // man justifies the NAME line, so the blanks around the dash vary
    assertThat(shown).contains("NAME").containsPattern("depthcert-check +- +Checks +every")
        .contains("SYNOPSIS")
        .contains("--baseline=FILE|DIR").contains("EXAMPLES")
        .contains("depthcert check samples/tensor-attention.yaml --format json")
        .doesNotContain(".TH").doesNotContain("\\f");
  }
}
