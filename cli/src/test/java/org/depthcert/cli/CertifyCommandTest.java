package org.depthcert.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CertifyCommandTest {
  private static final String SAMPLE = "../samples/rope-tensor-attention.yaml";

  private static int run(String... args) {
    return Main.run(args, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
  }

  @Test
  void writesJsonHtmlAndTexAndASecondRunIsByteIdentical(@TempDir Path dir) throws Exception {
    Path a = dir.resolve("a");
    Path b = dir.resolve("b");
    assertThat(run("certify", SAMPLE, "-o", a.toString())).isZero();
    assertThat(run("certify", SAMPLE, "-o", b.toString())).isZero();
    for (String name : new String[] {"certificate.json", "certificate.html", "certificate.tex",
        "certificate.as-defined.json", "certificate.angle-hard-wired.html",
        "certificate.diag-product.tex"}) {
      assertThat(a.resolve(name)).exists();
      assertThat(Files.readAllBytes(b.resolve(name))).as(name)
          .isEqualTo(Files.readAllBytes(a.resolve(name)));
    }
    assertThat(Files.readString(a.resolve("certificate.tex"))).contains("\\documentclass");
    // a variant's certificate says which reading it is; the base one has no "variant"
    assertThat(Files.readString(a.resolve("certificate.as-defined.json")))
        .contains("\"variant\": \"as-defined\"");
    assertThat(Files.readString(a.resolve("certificate.json"))).doesNotContain("\"variant\"");
    // nothing but three files per reading (the base and the sample's three variants): no
    // temporary file left behind
    try (Stream<Path> files = Files.list(a)) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted()).containsExactly(
          "certificate.angle-hard-wired.html", "certificate.angle-hard-wired.json",
          "certificate.angle-hard-wired.tex", "certificate.as-defined.html",
          "certificate.as-defined.json", "certificate.as-defined.tex",
          "certificate.diag-product.html", "certificate.diag-product.json",
          "certificate.diag-product.tex", "certificate.html", "certificate.json",
          "certificate.tex");
    }
  }

  @Test
  void texFragmentWritesOnlyTheBody(@TempDir Path dir) throws Exception {
    assertThat(run("certify", SAMPLE, "--tex-fragment", "-o", dir.toString())).isZero();
    String tex = Files.readString(dir.resolve("certificate.tex"));
    assertThat(tex).doesNotContain("\\documentclass").doesNotContain("\\begin{document}")
        .contains("\\section*{Depth certificate:");
  }

  @Test
  void badSpecWritesNothing(@TempDir Path dir) throws Exception {
    Path spec = dir.resolve("bad.yaml");
    Files.writeString(spec, "title: x\nblocks: 3\n");
    Path out = dir.resolve("out");
    assertThat(run("certify", spec.toString(), "-o", out.toString())).isEqualTo(Main.BAD_INPUT);
    assertThat(out).doesNotExist();
  }
}
