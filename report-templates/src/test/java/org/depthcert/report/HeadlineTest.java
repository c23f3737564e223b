package org.depthcert.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class HeadlineTest {
  private static ObjectNode certificate(String... verdicts) {
    ObjectNode c = new ObjectMapper().createObjectNode();
    ArrayNode claims = c.putArray("claims");
    for (int i = 0; i < verdicts.length; i++) {
      claims.addObject().put("id", "Lemma " + (i + 1)).put("verdict", verdicts[i]);
    }
    return c;
  }

  @Test
  void namesTheFailingClaimsFirst() {
    assertThat(ReportModel.headline(certificate("HOLDS", "FAILS", "UNDECIDED", "FAILS")))
        .isEqualTo("2 of 4 claims fail: Lemma 2, Lemma 4");
  }

  @Test
  void undecidedOnlyWhenNothingFails() {
    assertThat(ReportModel.headline(certificate("TIGHT", "UNDECIDED")))
        .isEqualTo("None of 2 claims fails; undecided: Lemma 2");
  }

  @Test
  void countsAgreeInNumber() {
    // one failing claim of three: the verb agrees with the one that fails
    assertThat(ReportModel.headline(certificate("HOLDS", "FAILS", "TIGHT")))
        .isEqualTo("1 of 3 claims fails: Lemma 2");
    assertThat(ReportModel.headline(certificate("FAILS"))).isEqualTo("1 of 1 claim fails: Lemma 1");
    assertThat(ReportModel.headline(certificate("UNDECIDED")))
        .isEqualTo("The claim is undecided: Lemma 1");
  }

  @Test
  void allHoldAndNoClaims() {
    assertThat(ReportModel.headline(certificate("TIGHT", "HOLDS"))).isEqualTo("All 2 claims hold");
    assertThat(ReportModel.headline(certificate("HOLDS"))).isEqualTo("The claim holds");
    assertThat(ReportModel.headline(certificate())).isEqualTo("No claims to check");
  }
}
