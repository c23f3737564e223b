package org.depthcert.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.depthcert.cert.CertificateBuilder;
import org.depthcert.check.Checker;
import org.depthcert.fold.Folder;
import org.depthcert.lemmas.LemmaCatalog;
import org.depthcert.spec.LocatedTree;
import org.depthcert.spec.SpecReader;
import org.junit.jupiter.api.Test;

/**
 * Issue #13 goal 3: a block far above the drawing limit still renders (before, a 10^4-node chain
 * overflowed the stack in the layout), the picture holds at most the limit's boxes plus one
 * folded box per long critical path, and both reports say what was left out.
 */
class LargeBlockDrawingTest {
  private static final int NODES = 3000;

  @Test
  void aLongChainIsDrawnCutAndTheReportSaysWhatIsMissing() {
    ObjectNode cert = CertificateBuilder.build(Checker.check(Folder.fold(SpecReader.read(
        LocatedTree.parse("chain.yaml", chain().getBytes(StandardCharsets.UTF_8)), "0"),
        LemmaCatalog.standard())));
    String html = Reports.html(cert);
    // one critical path (a chain has one maximal term): at most 120 boxes + 1 folded box
    assertThat(count(html, "<g class=\"node")).isBetween(3, DrawingSelection.MAX_BOXES + 1);
    // 3001 boxes (input X and 3000 nodes); every one not drawn is counted in the note
    assertThat(html).contains("of 3001 boxes").contains("are left out")
        .contains("nodes of critical path 1 not drawn");
    // the tables still list every node: the last one appears
    assertThat(html).contains("N" + (NODES - 1));
    assertThat(Reports.latex(cert, false)).contains("of 3001 boxes").contains("are left out");
  }

  private static String chain() {
    StringBuilder sb = new StringBuilder("title: chain\nparameters:\n  n: {meaning: length}\n"
        + "  d: {meaning: width, assume: \"d <= n\"}\n"
        + "blocks:\n  b:\n    inputs: {X: [n, d]}\n    nodes:\n"
        + "      N0: {op: add, in: [X, X]}\n");
    for (int i = 1; i < NODES; i++) {
      sb.append("      N").append(i).append(": {op: ").append(i % 2 == 0 ? "add" : "exp")
          .append(", in: [N").append(i - 1).append(i % 2 == 0 ? ", X" : "").append("]}\n");
    }
    return sb.append("    output: N").append(NODES - 1).append('\n').toString();
  }

  private static int count(String s, String needle) {
    Matcher m = Pattern.compile(Pattern.quote(needle)).matcher(s);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
