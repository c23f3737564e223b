package org.depthcert.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The read limits of {@link LocatedTree}: each hostile input is one located {@link SpecError}. */
class LocatedTreeHardeningTest {
  private static SpecError error(String name, String text) {
    return error(name, text.getBytes(StandardCharsets.UTF_8));
  }

  private static SpecError error(String name, byte[] bytes) {
    Throwable t = org.assertj.core.api.Assertions.catchThrowable(
        () -> LocatedTree.parse(name, bytes));
    assertThat(t).isInstanceOf(SpecError.class);
    SpecError e = (SpecError) t;
    assertThat(e.oneLine()).doesNotContain("\n");
    return e;
  }

  @Test
  void aYamlAliasIsRefusedWhereItIsUsed() {
    SpecError e = error("a.yaml", "title: &t hello\nsource: *t\n");
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.path()).isEqualTo("source");
    assertThat(e.getMessage()).contains("YAML aliases (*t) are not supported");
  }

  @Test
  void theBillionLaughsStopAtTheFirstAlias() {
    StringBuilder sb = new StringBuilder("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for (int i = 1; i < 10; i++) {
      sb.append("a").append(i).append(": &a").append(i).append(" [");
      for (int k = 0; k < 9; k++) {
        sb.append(k == 0 ? "" : ", ").append("*a").append(i - 1);
      }
      sb.append("]\n");
    }
    SpecError e = error("bomb.yaml", sb.toString());
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.path()).isEqualTo("a1[0]");
  }

  @Test
  void aYamlSyntaxErrorIsOneLineAtTheProblemsLine() {
    SpecError e = error("s.yaml", "title: x\nblocks:\n  b: {op: [a, b}\n");
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.getMessage()).startsWith("invalid YAML: while parsing a flow sequence: ")
        .doesNotContain("in 'reader'");
  }

  @Test
  void anUnclosedBracketOrQuoteIsReportedWhereItOpens() {
    // the '{' of line 3 is never closed; SnakeYAML notices only at the ':' of line 4
    SpecError brace = error("u.yaml", "title: x\nparameters:\n  n: {meaning: a\n  d: {meaning: b}\n");
    assertThat(brace.line()).isEqualTo(3);
    // the quote of line 2 is never closed; SnakeYAML notices at the end of the stream (line 4)
    SpecError quote = error("q.yaml", "title: x\nsource: 'abc\nclaims: []\n");
    assertThat(quote.line()).isEqualTo(2);
    assertThat(quote.getMessage()).contains("quoted scalar");
  }

  @Test
  void aNulByteIsReportedOnItsLine() {
    SpecError e = error("b.yaml", new byte[] {'a', ':', ' ', '1', '\n', 'b', 0, '\n'});
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.getMessage()).contains("binary");
  }

  @Test
  void jsonStringsNumbersAndNestingAreBounded() {
    // maxStringLength 1,000,000
    SpecError longString = error("s.json", "{\"title\": \"" + "x".repeat(1_000_001) + "\"}");
    assertThat(longString.getMessage()).startsWith("invalid JSON: ").contains("String value length");
    // maxNumberLength 100
    SpecError longNumber = error("n.json", "{\"n\": " + "9".repeat(101) + "}");
    assertThat(longNumber.getMessage()).contains("Number value length");
    // maxNestingDepth 64: 65 arrays fail, 64 (the limit) pass
    SpecError deep = error("d.json", "[".repeat(65) + "]".repeat(65));
    assertThat(deep.getMessage()).contains("nesting depth (65)");
    assertThat(LocatedTree.parse("ok.json",
        ("[".repeat(64) + "]".repeat(64)).getBytes(StandardCharsets.UTF_8)).root().isArray())
        .isTrue();
  }

  @Test
  void duplicateKeysAreRefusedInBothFormats() {
    assertThat(error("d.json", "{\"a\": 1,\n \"a\": 2}").getMessage()).contains("Duplicate field 'a'");
    assertThat(error("d.yaml", "a: 1\na: 2\n").getMessage()).contains("Duplicate field 'a'");
  }

  @Test
  void emptyAndBlankFilesAreRefused() {
    assertThat(error("e.yaml", "").getMessage()).isEqualTo("file is empty");
    assertThat(error("e.yaml", " \n\t\n").getMessage()).isEqualTo("file is empty");
  }

  @Test
  void aFloatIsKeptAsTextSoThatNoFloatingPointValueIsEverRead() {
    LocatedTree t = LocatedTree.parse("f.yaml", "x: 1.5\n".getBytes(StandardCharsets.UTF_8));
    assertThat(t.root().get("x").isTextual()).isTrue();
    assertThat(t.root().get("x").asText()).isEqualTo("1.5");
  }

  @Test
  void theFirstUserErrorIsThrownNotAnotherException() {
    assertThatThrownBy(() -> LocatedTree.parse("x.yaml", "- a\n- : : :\n  ]\n"
        .getBytes(StandardCharsets.UTF_8))).isInstanceOf(SpecError.class);
  }
}
