package org.depthcert.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code depthcert verify}: output line and exit code for each kind of input. */
class VerifyCommandTest {
  @TempDir
  Path dir;

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  private Path certify() throws Exception {
    Path cert = dir.resolve("certificate.json");
    Files.writeString(cert, FreshCertificatesTest.certificate("layer-norm-mlp"));
    return cert;
  }

  @Test
  void acceptsAFreshCertificateSayingOnlyTheArithmeticWasChecked() throws Exception {
    Run r = run("verify", certify().toString());
    assertThat(r.out()).isEqualTo("ACCEPTED (arithmetic only: no --spec given, the certificate "
        + "was not compared with a spec)\n");
    assertThat(r.code()).isZero();
    assertThat(r.err()).isEmpty();
  }

  @Test
  void aSpecTheVerifierCannotReadIsExitTwoWithOneLine() throws Exception {
    Path out = dir.resolve("out");
    assertThat(run("certify", "../samples/layer-norm-mlp.yaml", "-o", out.toString()).code())
        .isZero();
    Path cert = out.resolve("certificate.json");
    // The certificate records the spec's hash; a spec with the same bytes plus a field the
    // verifier's reader does not know would fail the hash check first, so the field is checked
    // on a copy whose hash the certificate is re-stamped with.
    String spec = Files.readString(Path.of("../samples/layer-norm-mlp.yaml"))
        + "unknown_field: 1\n";
    Path edited = dir.resolve("edited.yaml");
    Files.writeString(edited, spec, StandardCharsets.UTF_8);
    String json = Files.readString(cert).replaceFirst("\"sha256\": \"[0-9a-f]{64}\",\n    \"source\"",
        "\"sha256\": \"" + org.depthcert.spec.SpecReader.sha256(spec.getBytes(
            StandardCharsets.UTF_8)) + "\",\n    \"source\"");
    Files.writeString(cert, json, StandardCharsets.UTF_8);
    Run r = run("verify", cert.toString(), "--spec", edited.toString());
    assertThat(r.code()).as(r.toString()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo("error: " + edited + ": unknown_field: field 'unknown_field' "
        + "is unknown to the verifier's spec reader; it reads assumptions, blocks, claims, "
        + "constants, description, model, parameters, reading, source, title, variants\n");
  }

  @Test
  void warnsWhenTheCertificateWasMadeWithAnotherCatalog() throws Exception {
    Path extra = dir.resolve("extra.yaml");
    Files.writeString(extra, "source: a test\nrules:\n  - id: test/double\n    number: Test 1\n"
        + "    title: doubling\n    ops: [double]\n    signature: elementwise\n"
        + "    depth: d_std\n    size: {std: 1}\n", StandardCharsets.UTF_8);
    Path out = dir.resolve("out");
    assertThat(run("certify", "../samples/layer-norm-mlp.yaml", "-o", out.toString(),
        "--catalog", extra.toString()).code()).isZero();
    Path cert = out.resolve("certificate.json");
    Run without = run("verify", cert.toString(), "--spec", "../samples/layer-norm-mlp.yaml");
    assertThat(without.out()).isEqualTo("ACCEPTED\n");
    assertThat(without.err()).startsWith("warning: " + cert + " was made with a lemma catalog");
    Run with = run("verify", cert.toString(), "--spec", "../samples/layer-norm-mlp.yaml",
        "--catalog", extra.toString());
    assertThat(with.out()).isEqualTo("ACCEPTED\n");
    assertThat(with.err()).isEmpty();
  }

  @Test
  void certifyThenVerifyEndToEnd() throws Exception {
    Path out = dir.resolve("out");
    Run c = run("certify", "../samples/tensor-attention.yaml", "-o", out.toString());
    assertThat(c.code()).isEqualTo(1); // Lemma 4.5 fails, as the sample documents
    Run v = run("verify", out.resolve("certificate.json").toString(), "--spec",
        "../samples/tensor-attention.yaml");
    assertThat(v.out()).isEqualTo("ACCEPTED\n");
    assertThat(v.code()).isZero();
    Run wrongSpec = run("verify", out.resolve("certificate.json").toString(), "--spec",
        "../samples/layer-norm-mlp.yaml");
    assertThat(wrongSpec.code()).isEqualTo(1);
    assertThat(wrongSpec.out()).startsWith("REJECTED at $.spec.sha256: the given spec file has");
  }

  @Test
  void rejectsATamperedCertificateWithThePath() throws Exception {
    Path cert = certify();
    String json = Files.readString(cert);
    String tampered = json.replaceFirst("\"verdict\": \"PASS\"", "\"verdict\": \"FAIL\"");
    assertThat(tampered).isNotEqualTo(json);
    Files.writeString(cert, tampered);
    Run r = run("verify", cert.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).isEqualTo("REJECTED at $.verdict: the claims give PASS\n");
  }

  @Test
  void unreadableInputIsExitTwoWithOneLine() throws Exception {
    Path junk = dir.resolve("junk.json");
    Files.write(junk, new byte[] {0, 1, 2, (byte) 0xff});
    Run r = run("verify", junk.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).startsWith("error: " + junk + ": not valid JSON");
    assertThat(r.err().strip()).doesNotContain("\n").doesNotContain("Exception");

    // a certificate in the format before the canonical texts: certify again (one line, exit 2)
    Path v1 = dir.resolve("v1.json");
    Files.writeString(v1, "{\"certVersion\": \"1\"}", StandardCharsets.UTF_8);
    r = run("verify", v1.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("error: " + v1 + ": unsupported certVersion \"1\": this "
        + "verifier reads certVersion \"2\" (certify the spec again to write it)\n");

    r = run("verify", dir.resolve("missing.json").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("error: " + dir.resolve("missing.json") + ": no such file");
  }
}
