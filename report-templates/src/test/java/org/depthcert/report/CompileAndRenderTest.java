package org.depthcert.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Compiles every sample's .tex with pdflatex and renders every HTML in headless Chromium. Skipped
 * with a message when a tool is missing (.ci/run installs both, so CI always runs them).
 *
 * <p>Console errors: the page has no scripts, so Chromium must log no console message at all.
 * With {@code --enable-logging=stderr --v=0} Chromium writes every console message (errors,
 * uncaught exceptions, CSP violations, failed loads) to stderr as a line containing
 * {@code :CONSOLE}; any such line fails the test. {@link #consoleDetectionWorks} proves that
 * method catches a console error on a page made to have one.
 */
class CompileAndRenderTest {
  /** A 40-node block whose DAG is far taller than a page at natural size. */
  static final Path LARGE = Path.of("src/test/resources/org/depthcert/report/large-block.yaml");
  /** The cli module's test spec with assumption multipliers. */
  static final Path ASSUMED = Path.of("../cli/src/test/resources/org/depthcert/cli/"
      + "assumed-constants.yaml");
  /** Overfull boxes up to this wide are invisible in print; wider ones run into the margin. */
  static final double MAX_OVERFULL_PT = 5;

  static Stream<Path> specs() {
    return Stream.concat(Certificates.samples().stream(),
        Stream.of(Certificates.INJECTION, LARGE, ASSUMED));
  }

  static Path pdflatex() {
    Optional<Path> p = ExternalTools.find("pdflatex");
    assumeTrue(p.isPresent(), "pdflatex not installed: LaTeX compile test skipped "
        + "(apt-get install texlive-latex-base texlive-latex-recommended texlive-pictures)");
    return p.get();
  }

  static Path chromium() {
    Optional<Path> p = ExternalTools.find("chromium");
    assumeTrue(p.isPresent(), "chromium not installed: HTML render test skipped "
        + "(apt-get install chromium)");
    return p.get();
  }

  @ParameterizedTest
  @MethodSource("specs")
  void texCompilesWithPdflatexAndPrintsUserTextLiterally(Path spec, @TempDir Path dir)
      throws Exception {
    Path pdflatex = pdflatex();
    ObjectNode cert = Certificates.cached(spec);
    Path pdf = compile(pdflatex, dir, "certificate.tex", Reports.latex(cert, false));
    assertNoBitmapFonts(dir, pdf);
    assertThat(dir.resolve("pwned")).doesNotExist();
    assertFitsThePage(dir.resolve("certificate.log"));
    String text = pdfText(dir, pdf);
    if (!spec.equals(Certificates.INJECTION)) {
      // math is typeset, never printed as TeX source: pdflatex's \textasciicircum is the
      // spacing circumflex U+02C6 in the PDF text (the injection spec prints a ^ on purpose)
      assertThat(text).as("PDF text of %s", spec).doesNotContain("\u02C6");
    }
    if (spec.equals(Certificates.INJECTION)) {
      // pdftotext turns spaces and quotes into its own forms; the payloads' key parts must be
      // in the PDF as printed characters
      assertThat(text).contains("\\input{/etc/passwd}").contains("\\write18{touch pwned}")
          .contains("<script>alert(1)</script>");
    }
  }

  @ParameterizedTest
  @MethodSource("specs")
  void texFragmentCompilesInsideAPaperPreamble(Path spec, @TempDir Path dir) throws Exception {
    Path pdflatex = pdflatex();
    String fragment = Reports.latex(Certificates.cached(spec), true);
    assertThat(fragment).doesNotContain("\\documentclass").doesNotContain("\\begin{document}");
    Files.writeString(dir.resolve("body.tex"), fragment, StandardCharsets.UTF_8);
    // the preamble docs/reports.md tells a paper to have
    compile(pdflatex, dir, "paper.tex", "\\documentclass{article}\n\\usepackage[utf8]{inputenc}\n"
        + "\\usepackage{amsmath,amssymb,amsthm,array,booktabs,longtable,tikz}\n"
        + "\\begin{document}\nSome paper text.\n\\input{body}\n\\end{document}\n");
    // the article class's narrower text block (345pt): tables and figures still fit
    assertFitsThePage(dir.resolve("paper.log"));
  }

  @ParameterizedTest
  @MethodSource("specs")
  void htmlRendersInChromiumWithoutConsoleMessages(Path spec, @TempDir Path dir)
      throws Exception {
    Path chromium = chromium();
    Path html = dir.resolve("certificate.html");
    Files.writeString(html, Reports.html(Certificates.cached(spec)), StandardCharsets.UTF_8);
    ExternalTools.Run r = render(chromium, dir, html);
    assertThat(consoleLines(r.err())).as("console messages of %s", spec).isEmpty();
    // the DOM after parsing: the drawing and the formulas are there as SVG and MathML elements
    assertThat(r.out()).contains("<svg").contains("<math>").contains("class=\"banner v-");
    if (spec.equals(Certificates.INJECTION)) {
      assertThat(r.out()).doesNotContainIgnoringCase("<script")
          .doesNotContain("<img").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }
  }

  @Test
  void consoleDetectionWorks(@TempDir Path dir) throws Exception {
    Path chromium = chromium();
    Path html = dir.resolve("broken.html");
    Files.writeString(html, "<!DOCTYPE html><html><body><p>x</p>"
        + "<script>console.error('planted console error')</script></body></html>");
    ExternalTools.Run r = render(chromium, dir, html);
    assertThat(consoleLines(r.err())).anyMatch(l -> l.contains("planted console error"));
  }

  static ExternalTools.Run render(Path chromium, Path dir, Path html)
      throws IOException, InterruptedException {
    Path profile = Files.createDirectories(dir.resolve("profile"));
    return ExternalTools.run(dir, List.of(chromium.toString(), "--headless", "--no-sandbox",
        "--disable-gpu", "--disable-background-networking", "--no-first-run",
        "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile,
        "--enable-logging=stderr", "--v=0", "--dump-dom", html.toUri().toString()));
  }

  static List<String> consoleLines(String stderr) {
    List<String> out = new ArrayList<>();
    for (String line : stderr.split("\n")) {
      if (line.contains(":CONSOLE")) {
        out.add(line);
      }
    }
    return out;
  }

  /** Writes {@code name} with {@code content}, compiles it; fails with the log's first error. */
  static Path compile(Path pdflatex, Path dir, String name, String content)
      throws IOException, InterruptedException {
    Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    ExternalTools.Run r = ExternalTools.run(dir, List.of(pdflatex.toString(),
        "-interaction=nonstopmode", "-halt-on-error", "-no-shell-escape", name));
    String base = name.substring(0, name.length() - 4);
    String log = Files.readString(dir.resolve(base + ".log"), StandardCharsets.ISO_8859_1);
    List<String> errors = log.lines().filter(l -> l.startsWith("!")).toList();
    assertThat(errors).as("LaTeX errors in %s", name).isEmpty();
    assertThat(r.exitCode()).as("pdflatex exit code, log:%n%s", log).isZero();
    return dir.resolve(base + ".pdf");
  }

  /**
   * No float larger than the page (its lower part and caption would be lost) and no overfull box
   * wider than {@link #MAX_OVERFULL_PT} (text or a figure running into the margin).
   */
  static void assertFitsThePage(Path log) throws IOException {
    String text = Files.readString(log, StandardCharsets.ISO_8859_1);
    assertThat(text).as("LaTeX log %s", log).doesNotContain("Float too large");
    Matcher m = Pattern.compile("Overfull \\\\[hv]box \\(([0-9.]+)pt too (?:wide|high)\\)[^\\n]*")
        .matcher(text);
    List<String> wide = new ArrayList<>();
    while (m.find()) {
      if (Double.parseDouble(m.group(1)) > MAX_OVERFULL_PT) {
        wide.add(m.group());
      }
    }
    assertThat(wide).as("overfull boxes wider than %spt in %s", MAX_OVERFULL_PT, log).isEmpty();
  }

  /** pdflatex falls back to bitmap (Type 3) fonts for characters OT1 lacks: never acceptable. */
  static void assertNoBitmapFonts(Path dir, Path pdf) throws Exception {
    Optional<Path> pdffonts = ExternalTools.find("pdffonts");
    if (pdffonts.isPresent()) {
      ExternalTools.Run r = ExternalTools.run(dir, List.of(pdffonts.get().toString(),
          pdf.toString()));
      assertThat(r.out()).doesNotContain("Type 3");
    }
  }

  static String pdfText(Path dir, Path pdf) throws Exception {
    Optional<Path> pdftotext = ExternalTools.find("pdftotext");
    assumeTrue(pdftotext.isPresent(), "pdftotext (poppler-utils) not installed");
    ExternalTools.Run r = ExternalTools.run(dir, List.of(pdftotext.get().toString(),
        pdf.toString(), "-"));
    return r.out();
  }
}
