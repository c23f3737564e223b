package org.depthcert.cert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The certificate file's layout: canonical JSON with containers of scalars on one line. */
class CompactLayoutTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void scalarsOnlyContainersStayOnOneLineOthersGetOneMemberPerLine() throws Exception {
    JsonNode tree = JSON.readTree("{\"b\": [{\"input\": \"N9\", \"localTerm\": 0, "
        + "\"inputTerm\": 1}], \"a\": {\"shape\": [\"n\", \"d\"], \"e\": [], \"o\": {}, "
        + "\"t\": true, \"z\": null}, \"c\": \"max(2*d_std, d_exp)\"}");
    // by hand: keys sorted at every level, two-space indent per level, final newline
    assertThat(Canonical.certificate(tree)).isEqualTo("{\n"
        + "  \"a\": {\n"
        + "    \"e\": [],\n"
        + "    \"o\": {},\n"
        + "    \"shape\": [\"n\", \"d\"],\n"
        + "    \"t\": true,\n"
        + "    \"z\": null\n"
        + "  },\n"
        + "  \"b\": [\n"
        + "    {\"input\": \"N9\", \"inputTerm\": 1, \"localTerm\": 0}\n"
        + "  ],\n"
        + "  \"c\": \"max(2*d_std, d_exp)\"\n"
        + "}\n");
  }

  @Test
  void itReadsBackToTheSameTreeAsTheOtherLayoutForAnyStrings() throws Exception {
    // quotes, backslashes, control characters, non-ASCII: escaped as Jackson's writer does
    Random r = new Random(5);
    String alphabet = "ab\"\\/\n\t\u0001\u001f\u00e9\u2295 {}[],:";
    for (int k = 0; k < 500; k++) {
      ObjectNode o = JSON.createObjectNode();
      for (int i = 0; i < 4; i++) {
        StringBuilder s = new StringBuilder();
        for (int j = r.nextInt(8); j > 0; j--) {
          s.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        s.append(r.nextBoolean() ? "\ud83d\ude00" : "");
        o.put(s.toString(), s.toString());
        o.putArray("list" + i).add(s.toString()).add(r.nextLong()).addObject().put("k", i);
      }
      String compact = Canonical.certificate(o);
      assertThat(JSON.readTree(compact)).isEqualTo(JSON.readTree(Canonical.write(o)));
      // the same characters outside the layout's whitespace, so the same escapes
      assertThat(compact.replaceAll("\\s", "")).isEqualTo(Canonical.write(o)
          .replaceAll("\\s", ""));
    }
  }

  @Test
  void aFloatIsRefused() {
    ObjectNode o = JSON.createObjectNode().put("x", 1.5);
    assertThatThrownBy(() -> Canonical.certificate(o))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no floats");
  }
}
