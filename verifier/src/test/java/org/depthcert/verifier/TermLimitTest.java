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
      int largest = Math.max(1, largestMaxTerm(Tamper.read(cert))); // a lone term is one part
      System.setProperty(TermLimit.PROPERTY, Integer.toString(largest));
      assertThat(Verifier.verify(cert, Optional.empty()).accepted()).as(name).isTrue();
      if (largest > 1) {
        // one below the largest term: the first term of that size read stops the check
        System.setProperty(TermLimit.PROPERTY, Integer.toString(largest - 1));
        assertThatThrownBy(() -> Verifier.verify(cert, Optional.empty())).as(name)
            .isInstanceOf(UnreadableCertificate.class)
            .hasMessageMatching("\\$\\..*: a max term has " + largest + " parts, more "
                + "than the limit of " + (largest - 1) + " \\(depthcert\\.maxTerms\\); to check "
                + "it, raise the limit with --max-terms " + largest);
      }
    }
  }

  @Test
  void aMonomialWhoseShiftIsTooLargeIsStoppedAndRejectedOnceTheLimitAllowsIt() throws Exception {
    // d_std^5000 as the block depth of assumed-constants (2*d_std + d_sum): (1 + x)^5000 has
    // 5001 terms, over the default 4096. With the limit at 5001 it is read, and rejected: a
    // depth term is linear in the depth constants.
    byte[] hostile = RejectionTest.edit("assumed", "/blocks/0/depth",
        RejectionTest.depth("d_std^5000"));
    String at = "$.blocks[0].depth";
    assertThatThrownBy(() -> Verifier.verify(hostile, Optional.empty()))
        .isInstanceOf(UnreadableCertificate.class)
        .hasMessage(at + ": a monomial expands to 5001 terms under the shift x = 1 + x', more "
            + "than the limit of 4096 (depthcert.maxTerms); to check it, raise the limit with "
            + "--max-terms 5001");
    System.setProperty(TermLimit.PROPERTY, "5001");
    Outcome o = Verifier.verify(hostile, Optional.empty());
    assertThat(o.accepted()).isFalse();
    assertThat(o.reason()).isEqualTo("not linear in the depth constants: d_std^5000");
    assertThat(o.path()).isEqualTo(at);
    // thirteen variables of exponent 1: 2^13 = 8192 terms
    byte[] wide = RejectionTest.edit("assumed", "/blocks/0/depth",
        RejectionTest.depth("a*b*c*d*e*f*g*h*i*j*k*l*m"));
    System.clearProperty(TermLimit.PROPERTY);
    assertThatThrownBy(() -> Verifier.verify(wide, Optional.empty()))
        .isInstanceOf(UnreadableCertificate.class).hasMessageContaining("expands to 8192 terms")
        .hasMessageEndingWith("--max-terms 8192");
    // the largest exponents the text form reads (six digits), 999999 four times: (10^6)^4 =
    // 10^24 terms saturate at the long range's top instead of overflowing to a small number
    byte[] huge = RejectionTest.edit("assumed", "/blocks/0/depth",
        RejectionTest.depth("a^999999*b^999999*c^999999*d^999999"));
    assertThatThrownBy(() -> Verifier.verify(huge, Optional.empty()))
        .isInstanceOf(UnreadableCertificate.class)
        .hasMessageContaining("expands to " + Long.MAX_VALUE + " terms");
  }

  /** The most parts of any depth term {@code max(t1, ..., tk)} written in the certificate. */
  private static int largestMaxTerm(JsonNode n) {
    int most = 0;
    if (n.isTextual() && n.textValue().startsWith("max(")) {
      most = n.textValue().split(", ", -1).length;
    }
    for (JsonNode child : n) {
      most = Math.max(most, largestMaxTerm(child));
    }
    return most;
  }
}
