package org.depthcert.verifier.coq;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Optional;
import org.depthcert.verifier.Outcome;
import org.depthcert.verifier.Verifier;

/**
 * {@code depthcert coq}: a certificate the verifier accepts, turned into a .v file that Coq
 * re-checks. A certificate the verifier rejects is refused before anything is written.
 */
public final class CoqExport {
  private CoqExport() {}

  /**
   * The .v text for {@code certificate}, checked against {@code spec}'s bytes. Throws
   * {@link NotExportable} when the verifier rejects the certificate or the file cannot say it.
   */
  public static String export(byte[] certificate, byte[] spec) {
    Outcome outcome = Verifier.verify(certificate, Optional.of(spec));
    if (!outcome.accepted()) {
      throw new NotExportable("the verifier rejects the certificate: " + outcome.line());
    }
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(certificate);
    } catch (IOException e) {
      throw new NotExportable("the certificate is not JSON: " + e.getMessage());
    }
    return CoqWriter.write(CertificateReader.problem(root), CertificateReader.witnesses(root));
  }
}
