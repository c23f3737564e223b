package org.depthcert.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bad-input corpus ({@code samples/bad/}): every broken spec must give exactly one line on
 * stderr, {@code error: FILE:LINE: PATH: MESSAGE}, exit code 2, no stack trace, nothing on stdout,
 * and no output file. Each case's sibling {@code .expected} file gives the line, the path and a
 * stable part of the message (the part that does not list the catalog's ops or the fields).
 */
class BadInputCorpusTest {
  private static final Path SPECS = Path.of("..", "samples", "bad", "specs");
  private static final Path CERTIFICATES = Path.of("..", "samples", "bad", "certificates");

  @TempDir
  Path tmp;

  /** What one run of the CLI printed. */
  record Run(int exit, String out, String err) {
    List<String> errLines() {
      return err.isEmpty() ? List.of() : List.of(err.split("\\R", -1)).stream()
          .filter(l -> !l.isEmpty()).toList();
    }
  }

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(exit, out.toString(), err.toString());
  }

  /** The {@code .expected} file: {@code key: value} lines, {@code #} starts a comment. */
  static Map<String, String> expected(Path input) {
    String name = input.getFileName().toString();
    Path file = input.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".expected");
    Map<String, String> fields = new LinkedHashMap<>();
    try {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        int colon = line.indexOf(':');
        fields.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("every case needs its .expected file: " + file, e);
    }
    return fields;
  }

  static List<Path> cases(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> !p.toString().endsWith(".expected")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void theCorpusHasAtLeastThirtySpecsEachWithItsExpectedError() {
    List<Path> specs = cases(SPECS);
    assertThat(specs).hasSizeGreaterThanOrEqualTo(30);
    for (Path p : specs) {
      assertThat(expected(p)).as(p.toString()).containsKeys("line", "path", "message");
    }
  }

  @TestFactory
  Stream<DynamicTest> everyBrokenSpecGivesOneLocatedLineAndExitTwo() {
    return cases(SPECS).stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(),
        () -> {
          Map<String, String> want = expected(p);
          String prefix = "error: " + p + (want.get("line").equals("0") ? "" : ":"
              + want.get("line")) + ": " + (want.get("path").isEmpty() ? ""
              : want.get("path") + ": ");
          assertRejected(run("check", p.toString()), prefix, want.get("message"));
          assertRejected(run("check", "--format", "json", p.toString()), prefix,
              want.get("message"));
          Path dir = tmp.resolve(p.getFileName().toString() + ".out");
          assertRejected(run("certify", p.toString(), "-o", dir.toString()), prefix,
              want.get("message"));
          // nothing written, not even a temporary file left behind
          assertThat(dir).satisfiesAnyOf(d -> assertThat(d).doesNotExist(),
              d -> assertThat(d).isEmptyDirectory());
        }));
  }

  static void assertRejected(Run r, String prefix, String message) {
    assertThat(r.exit()).as(r.err()).isEqualTo(Main.BAD_INPUT);
    assertThat(r.out()).as("stdout").isEmpty();
    assertThat(r.errLines()).as("stderr").hasSize(1);
    String line = r.errLines().get(0);
    assertThat(line).startsWith(prefix).contains(message)
        .doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void aFileAboveTheSizeLimitIsRefusedBeforeItIsRead() throws IOException {
    // 9 MiB of valid YAML comments: larger than LocatedTree.MAX_FILE_BYTES (8 MiB)
    Path huge = tmp.resolve("huge.yaml");
    String line = "# " + "x".repeat(1021) + "\n";
    try (var w = Files.newBufferedWriter(huge, StandardCharsets.UTF_8)) {
      for (int i = 0; i < 9 * 1024; i++) {
        w.write(line);
      }
    }
    assertRejected(run("check", huge.toString()), "error: " + huge + ": ",
        "file larger than 8388608 bytes");
  }

  @Test
  void aHundredThousandNestedParenthesesGiveAClearError() throws IOException {
    // the issue's case: 100,000 '(' and 100,000 ')' is 200,005 characters, over the formula
    // length limit of 100,000 (the parser refuses it before it starts descending)
    Path spec = specWithClaim(tmp.resolve("parens.yaml"),
        "(".repeat(100_000) + "d_std" + ")".repeat(100_000));
    assertRejected(run("check", spec.toString()), "error: " + spec + ":7: claims[0].stated: ",
        "formula longer than 100000 characters");
    // just under the length limit, the nesting limit (200) answers instead
    Path nested = specWithClaim(tmp.resolve("nested.yaml"),
        "(".repeat(49_000) + "d_std" + ")".repeat(49_000));
    assertRejected(run("check", nested.toString()), "error: " + nested + ":7: claims[0].stated: ",
        "nesting deeper than 200 at column 201");
  }

  @Test
  void aHundredThousandNestedYamlListsGiveAClearError() throws IOException {
    Path spec = tmp.resolve("lists.yaml");
    Files.writeString(spec, "title: " + "[".repeat(100_000) + "]".repeat(100_000) + "\n");
    assertRejected(run("check", spec.toString()), "error: " + spec + ":1: ",
        "nesting depth (65) exceeds the maximum allowed (64");
  }

  private static Path specWithClaim(Path file, String stated) throws IOException {
    Files.writeString(file, String.join("\n",
        "title: t",
        "blocks:",
        "  b: {op: opaque, depth: d_std}",
        "claims:",
        "  - id: L1",
        "    subject: b",
        "    stated: '" + stated + "'",
        ""));
    return file;
  }

  /**
   * Broken certificates: run only once a {@code verify} subcommand exists (it is built on another
   * branch). Exit 2 (bad input: one {@code error: FILE: ...} line on stderr, nothing on stdout) or
   * exit 1 (a well-formed JSON document the verifier REJECTS, on stdout), as the {@code .expected}
   * file says; never an internal error or a stack trace.
   */
  @TestFactory
  Stream<DynamicTest> everyBrokenCertificateIsRefusedOnceVerifyExists() {
    boolean hasVerify = Main.commandLine(new String[0]).getSubcommands().containsKey("verify");
    List<DynamicTest> tests = new ArrayList<>();
    for (Path p : cases(CERTIFICATES)) {
      tests.add(DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
        assumeTrue(hasVerify, "no verify subcommand yet");
        Map<String, String> want = expected(p);
        Run r = run("verify", p.toString());
        int exit = Integer.parseInt(want.get("exit"));
        assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(exit);
        if (exit == Main.BAD_INPUT) {
          assertRejected(r, "error: " + p + ": ", want.get("message"));
        } else {
          assertThat(r.err()).isEmpty();
          assertThat(r.out()).contains(want.get("message")).doesNotContain("Exception");
        }
      }));
    }
    return tests.stream();
  }
}
