package org.depthcert.verifier.coq;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Optional;
import org.depthcert.verifier.Outcome;
import org.depthcert.verifier.Verifier;
import org.depthcert.verifier.spec.Catalog;
import org.depthcert.verifier.spec.SpecProblem;
import org.depthcert.verifier.spec.SpecReader;

/**
 * {@code depthcert coq}: a certificate the verifier accepts, turned into a .v file that Coq
 * re-checks. The statements come from the verifier's own reading of the spec and the catalog;
 * the certificate supplies the proofs' witnesses. A certificate the verifier rejects is refused
 * before anything is written.
 */
public final class CoqExport {
  private CoqExport() {}

  /**
   * The .v text for {@code certificate} about the spec {@code specFile} (its bytes) read with
   * {@code catalog}. Throws {@link NotExportable} when the verifier rejects the certificate or
   * the file cannot say what it states, and the spec reader's
   * {@link org.depthcert.verifier.spec.SpecUnreadable} for a spec it cannot read.
   */
  public static String export(byte[] certificate, String specFile, byte[] spec,
      Catalog catalog) {
    // with the spec, the verifier also checks that the certificate is about the spec's problem
    Outcome outcome = Verifier.verify(certificate,
        Optional.of(new Verifier.SpecInput(specFile, spec, catalog)));
    if (!outcome.accepted()) {
      throw new NotExportable("the verifier rejects the certificate: " + outcome.line());
    }
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(certificate);
    } catch (IOException e) {
      throw new NotExportable("the certificate is not JSON: " + e.getMessage());
    }
    return write(root, specFile, spec, catalog);
  }

  /**
   * The .v text without asking the verifier first: what the tests use to show that Coq itself
   * rejects a certificate with a wrong witness.
   */
  static String write(JsonNode root, String specFile, byte[] spec, Catalog catalog) {
    Optional<String> variant = root.has("variant") ? Optional.of(root.path("variant").asText())
        : Optional.empty();
    SpecProblem read = SpecReader.read(specFile, spec, catalog, variant);
    Problem problem = SpecProblems.of(read, root.path("spec").path("file").asText(specFile),
        CertificateReader.notes(root));
    return CoqWriter.write(problem, CertificateReader.witnesses(root));
  }
}
