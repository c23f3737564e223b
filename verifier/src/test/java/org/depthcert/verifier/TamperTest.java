package org.depthcert.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Issue 5's tamper test on the snapshot certificates: every meaning-changing single-number
 * mutant must be rejected. The counts are printed for the report.
 */
class TamperTest {
  static final java.util.List<String> NAMES = Certificates.NAMES;

  @ParameterizedTest
  @FieldSource("NAMES")
  void everyMeaningChangingMutantIsRejected(String name) {
    Tamper.Tally t = Tamper.run(name, Certificates.bytes(name),
        Optional.of(Certificates.spec(name)));
    System.out.println("[tamper] " + t);
    assertThat(t.missed()).as("accepted mutants that change meaning").isEmpty();
    assertThat(t.rejected() + t.equivalent()).isEqualTo(t.tried());
    // Sanity: the walk found the numbers (hundreds of monomials in every sample).
    assertThat(t.tried()).isGreaterThan(100);
  }
}
