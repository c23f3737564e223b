package org.depthcert.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The audit's .tex compiles with pdflatex and its HTML renders in headless Chromium with no
 * console message, for the seed paper and the hostile one; with the helpers (and the skipping
 * when a tool is missing) of {@link CompileAndRenderTest}.
 */
class AuditCompileAndRenderTest {
  static Stream<Path> papers() {
    return Stream.of(Audits.SEED, Audits.INJECTION);
  }

  @ParameterizedTest
  @MethodSource("papers")
  void texCompilesWithPdflatexAndPrintsUserTextLiterally(Path paper, @TempDir Path dir)
      throws Exception {
    Path pdflatex = CompileAndRenderTest.pdflatex();
    Path pdf = CompileAndRenderTest.compile(pdflatex, dir, "audit.tex",
        Reports.auditLatex(Audits.cached(paper)));
    CompileAndRenderTest.assertNoBitmapFonts(dir, pdf);
    assertThat(dir.resolve("pwned")).doesNotExist();
    String text = CompileAndRenderTest.pdfText(dir, pdf);
    assertThat(text).contains("statements fail");
    if (paper.equals(Audits.INJECTION)) {
      assertThat(text).contains("\\input{/etc/passwd}").contains("\\write18{touch pwned}")
          .contains("<script>alert(1)</script>").contains("<script>alert(5)</script>");
    } else {
      assertThat(text).contains("Lemma 4.5");
    }
  }

  @ParameterizedTest
  @MethodSource("papers")
  void htmlRendersInChromiumWithoutConsoleMessages(Path paper, @TempDir Path dir)
      throws Exception {
    Path chromium = CompileAndRenderTest.chromium();
    Path html = dir.resolve("audit.html");
    Files.writeString(html, Reports.auditHtml(Audits.cached(paper)), StandardCharsets.UTF_8);
    ExternalTools.Run r = CompileAndRenderTest.render(chromium, dir, html);
    assertThat(CompileAndRenderTest.consoleLines(r.err())).as("console messages of %s", paper)
        .isEmpty();
    assertThat(r.out()).contains("<math>").contains("class=\"banner v-FAIL\"");
    if (paper.equals(Audits.INJECTION)) {
      assertThat(r.out()).doesNotContainIgnoringCase("<script").doesNotContain("<img")
          .contains("&lt;script&gt;alert(5)&lt;/script&gt;");
    }
  }
}
