package org.depthcert.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code certify --coq} and {@code coq}: the same .v either way, and nothing written for a
 * certificate the verifier rejects. (Compiling the files is the verifier module's CoqSamplesTest
 * and .ci/run.)
 */
class CoqCommandTest {
  private static final String SAMPLE = "../samples/tensor-attention.yaml";

  private static int run(StringWriter err, String... args) {
    return Main.run(args, new PrintWriter(new StringWriter()), new PrintWriter(err));
  }

  @Test
  void certifyWithCoqWritesTheSameFileAsTheCoqCommand(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("out");
    // tensor-attention's Lemma 4.5 fails: certify exits 1 and still writes everything
    assertThat(run(new StringWriter(), "certify", SAMPLE, "-o", out.toString(), "--coq"))
        .isEqualTo(Main.FAILS);
    try (Stream<Path> files = Files.list(out)) {
      // one certificate per reading: the base and the sample's two variants (docs/audit.md)
      assertThat(files.map(p -> p.getFileName().toString()).sorted()).containsExactly(
          "certificate.as-defined.html", "certificate.as-defined.json",
          "certificate.as-defined.tex", "certificate.as-defined.v",
          "certificate.diag-product.html", "certificate.diag-product.json",
          "certificate.diag-product.tex", "certificate.diag-product.v",
          "certificate.html", "certificate.json", "certificate.tex", "certificate.v");
    }
    Path v = dir.resolve("again.v");
    assertThat(run(new StringWriter(), "coq", out.resolve("certificate.json").toString(),
        "--spec", SAMPLE, "-o", v.toString())).isZero();
    assertThat(Files.readString(v)).isEqualTo(Files.readString(out.resolve("certificate.v")))
        .contains("Theorem Lemma_4_5_is_false : ~ (forall d_std d_sum d_exp : Z,")
        .doesNotContain("Theorem Lemma_4_5 :");
  }

  @Test
  void aCertificateTheVerifierRejectsIsNotExported(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("out");
    run(new StringWriter(), "certify", SAMPLE, "-o", out.toString());
    Path cert = out.resolve("certificate.json");
    // the counterexample d_std = 3 of Lemma 4.5 changed to 1: 6 + 3 + 1 = 10 < 5 + 5 + 1 = 11
    String json = Files.readString(cert);
    assertThat(json).contains("\"d_std\": 3");
    Files.writeString(cert, json.replace("\"d_std\": 3", "\"d_std\": 1"));
    Path v = dir.resolve("x.v");
    StringWriter err = new StringWriter();
    assertThat(run(err, "coq", cert.toString(), "--spec", SAMPLE, "-o", v.toString()))
        .isEqualTo(Main.BAD_INPUT);
    assertThat(err.toString()).startsWith("error: cannot export to Coq: the verifier rejects "
        + "the certificate: REJECTED at $.claims[4].counterexample").hasLineCount(1);
    assertThat(v).doesNotExist();
  }

  @Test
  void theSpecIsRequired(@TempDir Path dir) {
    StringWriter err = new StringWriter();
    assertThat(run(err, "coq", "x.json", "-o", dir.resolve("x.v").toString()))
        .isEqualTo(Main.BAD_INPUT);
    assertThat(err.toString()).contains("--spec");
  }
}
