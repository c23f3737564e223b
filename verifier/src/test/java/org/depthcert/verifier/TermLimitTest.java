package org.depthcert.verifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The term limit ({@code depthcert.maxTerms}, issue #13 goal 5): a certificate beyond it is
 * stopped with the size it reached and how to raise the limit (exit 2 on the command line), not
 * rejected as wrong, and checked in full once the limit is raised.
 */
class TermLimitTest {
  @AfterEach
  void clearTheLimit() {
    System.clearProperty(TermLimit.PROPERTY);
  }

  @Test
  void theDefaultIs4096AndAnyWholeNumberFromOneIsALimit() {
    assertThat(TermLimit.current()).isEqualTo(4096);
    System.setProperty(TermLimit.PROPERTY, "1");
    assertThat(TermLimit.current()).isEqualTo(1);
    System.setProperty(TermLimit.PROPERTY, "2147483647");
    assertThat(TermLimit.current()).isEqualTo(Integer.MAX_VALUE);
    for (String bad : new String[] {"0", "-1", "abc", "4096.0", "2147483648", "", " 5"}) {
      System.setProperty(TermLimit.PROPERTY, bad);
      assertThatThrownBy(TermLimit::current).as(bad).isInstanceOf(UnreadableCertificate.class)
          .hasMessage("depthcert.maxTerms must be a whole number >= 1, not '" + bad + "'");
    }
  }

  @Test
  void aMaxTermBeyondTheLimitIsStoppedWithItsSizeAndAcceptedAtItsSize() {
    for (String name : Certificates.NAMES) {
      byte[] cert = Certificates.bytes(name);
      int largest = largestMaxTerm(Tamper.read(cert));
      System.setProperty(TermLimit.PROPERTY, Integer.toString(largest));
      assertThat(Verifier.verify(cert, Optional.empty()).accepted()).as(name).isTrue();
      if (largest > 1) {
        // one below the largest term: the first term of that size read stops the check
        System.setProperty(TermLimit.PROPERTY, Integer.toString(largest - 1));
        assertThatThrownBy(() -> Verifier.verify(cert, Optional.empty())).as(name)
            .isInstanceOf(UnreadableCertificate.class)
            .hasMessageMatching("\\$\\..*\\.max: a max term has " + largest + " parts, more "
                + "than the limit of " + (largest - 1) + " \\(depthcert\\.maxTerms\\); to check "
                + "it, raise the limit with --max-terms " + largest);
      }
    }
  }

  @Test
  void aMonomialWhoseShiftIsTooLargeIsStoppedAndRejectedOnceTheLimitAllowsIt() throws Exception {
    // d_std^5000 in the block depth of assumed-constants (2*d_std + d_sum): (1 + x)^5000 has
    // 5001 terms, over the default 4096. With the limit at 5001 it is read, and rejected: the
    // ASCII form still says 2*d_std + d_sum.
    byte[] hostile = RejectionTest.edit("assumed",
        "/blocks/0/depth/max/0/monomials/0/exponents/d_std", "5000");
    String at = "$.blocks[0].depth.max[0].monomials[0].exponents";
    assertThatThrownBy(() -> Verifier.verify(hostile, Optional.empty()))
        .isInstanceOf(UnreadableCertificate.class)
        .hasMessage(at + ": a monomial expands to 5001 terms under the shift x = 1 + x', more "
            + "than the limit of 4096 (depthcert.maxTerms); to check it, raise the limit with "
            + "--max-terms 5001");
    System.setProperty(TermLimit.PROPERTY, "5001");
    Outcome o = Verifier.verify(hostile, Optional.empty());
    assertThat(o.accepted()).isFalse();
    assertThat(o.reason()).contains("does not say the monomials'");
    // thirteen variables of exponent 1: 2^13 = 8192 terms
    byte[] wide = RejectionTest.edit("assumed", "/blocks/0/depth/max/0/monomials/0/exponents",
        "{\"a\": 1, \"b\": 1, \"c\": 1, \"d\": 1, \"e\": 1, \"f\": 1, \"g\": 1, "
            + "\"h\": 1, \"i\": 1, \"j\": 1, \"k\": 1, \"l\": 1, \"m\": 1}");
    System.clearProperty(TermLimit.PROPERTY);
    assertThatThrownBy(() -> Verifier.verify(wide, Optional.empty()))
        .isInstanceOf(UnreadableCertificate.class).hasMessageContaining("expands to 8192 terms")
        .hasMessageEndingWith("--max-terms 8192");
    // the largest exponents a certificate can write, 2^31 - 1 three times: (2^31)^3 = 2^93
    // terms saturate at the long range's top instead of overflowing to a small number
    byte[] huge = RejectionTest.edit("assumed", "/blocks/0/depth/max/0/monomials/0/exponents",
        "{\"a\": 2147483647, \"b\": 2147483647, \"c\": 2147483647}");
    assertThatThrownBy(() -> Verifier.verify(huge, Optional.empty()))
        .isInstanceOf(UnreadableCertificate.class)
        .hasMessageContaining("expands to " + Long.MAX_VALUE + " terms");
  }

  /** The most parts of any {@code max} array in the certificate. */
  private static int largestMaxTerm(JsonNode n) {
    int most = 0;
    if (n.isObject() && n.has("max") && n.get("max").isArray()) {
      most = n.get("max").size();
    }
    for (JsonNode child : n) {
      most = Math.max(most, largestMaxTerm(child));
    }
    return most;
  }
}
