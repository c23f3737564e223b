package org.depthcert.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.depthcert.fold.Folder;
import org.depthcert.rules.Catalog;
import org.depthcert.rules.CatalogReader;
import org.junit.jupiter.api.Test;

/**
 * Lines deep in a large spec (issue #13: the reader no longer keeps a path per value): a bad
 * node 50,000 of a 60,000-node chain is reported on its own line, in flow style (read directly),
 * block style (read directly) and JSON (read by Jackson).
 */
class LargeSpecLinesTest {
  private static final int NODES = 60_000;
  private static final int BAD = 50_000;

  /** Nine header lines (YAML), so that node i of a flow-style chain is on line 10 + i. */
  private static StringBuilder yamlHeader() {
    return new StringBuilder(String.join("\n",
        "title: t",
        "parameters:",
        "  n: {meaning: length}",
        "  d: {meaning: width, assume: \"d <= n\"}",
        "blocks:",
        "  b:",
        "    inputs: {X: [n, d]}",
        "    nodes:",
        "      N0: {op: add, in: [X, X]}",
        ""));
  }

  /** Node i in flow style on line 9 + i; node {@link #BAD} has op {@code badOp}. */
  private static byte[] flowChain(String badOp, String badField) {
    StringBuilder sb = yamlHeader();
    for (int i = 1; i < NODES; i++) {
      String op = i == BAD ? badOp : "add";
      String extra = i == BAD && badField != null ? ", " + badField + ": x" : "";
      sb.append("      N").append(i).append(": {op: ").append(op).append(", in: [N")
          .append(i - 1).append(", X]").append(extra).append("}\n");
    }
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Node i in block style: five lines from line 10 + 5(i-1) (name, op, in, two items); the op
   * of node i is on line 11 + 5(i-1), its second input on line 14 + 5(i-1).
   */
  private static byte[] blockChain(String badField) {
    StringBuilder sb = yamlHeader();
    for (int i = 1; i < NODES; i++) {
      sb.append("      N").append(i).append(":\n        op: add\n        in:\n          - N")
          .append(i - 1).append("\n          - ").append(i == BAD && badField != null
              ? "{" + badField + ": 1}" : "X").append('\n');
    }
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** JSON, one node per line: node i on line 6 + i. */
  private static byte[] jsonChain(String badField) {
    StringBuilder sb = new StringBuilder("{\"title\": \"t\",\n"
        + "\"parameters\": {\"n\": {\"meaning\": \"length\"}, \"d\": {\"meaning\": \"width\"}},\n"
        + "\"blocks\": {\"b\": {\n"
        + "\"inputs\": {\"X\": [\"n\", \"d\"]},\n"
        + "\"nodes\": {\n"
        + "\"N0\": {\"op\": \"add\", \"in\": [\"X\", \"X\"]}");
    for (int i = 1; i < NODES; i++) {
      sb.append(",\n\"N").append(i).append("\": {\"op\": \"add\", \"in\": [\"N").append(i - 1)
          .append("\", \"X\"]").append(i == BAD && badField != null ? ", \"" + badField
              + "\": 1" : "").append('}');
    }
    sb.append("}}}}\n");
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static SpecError readError(String name, byte[] bytes) {
    Throwable t = catchThrowable(() -> SpecReader.read(LocatedTree.parse(name, bytes), "0"));
    assertThat(t).isInstanceOf(SpecError.class);
    return (SpecError) t;
  }

  private static final String CATALOG = String.join("\n",
      "source: test",
      "rules:",
      "  - id: t/std",
      "    number: Lemma 3.4 Part 1",
      "    title: float ops",
      "    ops: [add, mul]",
      "    signature: elementwise",
      "    depth: d_std",
      "    size: {std: 1}",
      "");

  @Test
  void anUnknownOpAtNode50000OfAFlowStyleChainIsReportedOnItsLine() {
    byte[] yaml = flowChain("frobnicate", null);
    assertThat(PlainYamlReader.read(yaml)).as("read directly").isNotNull();
    Spec spec = SpecReader.read(LocatedTree.parse("chain.yaml", yaml), "0");
    Catalog catalog = CatalogReader.read(Map.of("t.yaml", CATALOG.getBytes(StandardCharsets.UTF_8)));
    Throwable t = catchThrowable(() -> Folder.fold(spec, catalog));
    assertThat(t).isInstanceOf(SpecError.class);
    SpecError e = (SpecError) t;
    // header lines 1-9 hold N0; N50000 is 50,000 lines further: 9 + 50,000
    assertThat(e.line()).isEqualTo(50_009);
    assertThat(e.path()).isEqualTo("blocks.b.nodes.N50000.op");
    assertThat(e.getMessage()).startsWith("unknown op 'frobnicate'");
  }

  @Test
  void aFlowStyleChainReadsDirectlyAsSnakeYamlReadsIt() {
    // 60,000 distinct names through the direct reader's 4,096-slot string cache: collisions
    // must never give a node another node's name
    byte[] yaml = flowChain("add", null);
    LocatedTree direct = LocatedTree.parse("chain.yaml", yaml);
    LocatedTree snake = LocatedTree.parseWithJackson("chain.yaml", yaml, false);
    assertThat(direct.root()).isEqualTo(snake.root());
    for (int i = 0; i < NODES; i += 997) {
      String p = "blocks.b.nodes.N" + i + ".in[0]";
      assertThat(direct.line(p)).as(p).isEqualTo(9 + i).isEqualTo(snake.line(p));
    }
  }

  @Test
  void anUnknownFieldDeepInAFlowStyleChainIsReportedOnItsLine() {
    SpecError e = readError("chain.yaml", flowChain("add", "inn"));
    assertThat(e.line()).isEqualTo(50_009);
    assertThat(e.path()).isEqualTo("blocks.b.nodes.N50000.inn");
    assertThat(e.getMessage()).startsWith("unknown field 'inn'");
  }

  @Test
  void linesDeepInABlockStyleChainAreThoseSnakeYamlGives() {
    byte[] yaml = blockChain(null);
    assertThat(PlainYamlReader.read(yaml)).as("read directly").isNotNull();
    LocatedTree direct = LocatedTree.parse("chain.yaml", yaml);
    // N1 starts on line 10, each node takes 5 lines: N50000's name on 10 + 5 * 49,999
    int name = 10 + 5 * (BAD - 1);
    assertThat(direct.line("blocks.b.nodes.N50000")).isEqualTo(name + 1); // its mapping: 'op'
    assertThat(direct.line("blocks.b.nodes.N50000.op")).isEqualTo(name + 1);
    assertThat(direct.line("blocks.b.nodes.N50000.in")).isEqualTo(name + 3); // the first '-'
    assertThat(direct.line("blocks.b.nodes.N50000.in[1]")).isEqualTo(name + 4);
    assertThat(direct.line("blocks.b.nodes.N50000.in[7]")).isEqualTo(name + 3); // no such item
    assertThat(direct.line("blocks.b.nodes.N50000.nosuch.x")).isEqualTo(name + 1);
    LocatedTree snake = LocatedTree.parseWithJackson("chain.yaml", yaml, false);
    assertThat(direct.root()).isEqualTo(snake.root());
    for (String p : new String[] {"", "blocks.b.nodes.N50000", "blocks.b.nodes.N50000.op",
        "blocks.b.nodes.N50000.in", "blocks.b.nodes.N50000.in[1]", "blocks.b.nodes.N59999.in[0]"}) {
      assertThat(direct.line(p)).as(p).isEqualTo(snake.line(p));
    }
    SpecError e = readError("chain.yaml", blockChain("bad"));
    assertThat(e.line()).isEqualTo(name + 4);
    assertThat(e.path()).isEqualTo("blocks.b.nodes.N50000.in[1]");
    assertThat(e.getMessage()).startsWith("expected a text or a whole number, found a mapping");
  }

  @Test
  void linesDeepInAJsonChainAreReported() {
    // the header's five lines, then N0 on line 6: N50000 on line 50,006
    SpecError e = readError("chain.json", jsonChain("inn"));
    assertThat(e.line()).isEqualTo(50_006);
    assertThat(e.path()).isEqualTo("blocks.b.nodes.N50000.inn");
    LocatedTree t = LocatedTree.parse("chain.json", jsonChain(null));
    assertThat(t.line("blocks.b.nodes.N59999.in[1]")).isEqualTo(6 + 59_999);
    assertThat(t.line("blocks.b.inputs.X[0]")).isEqualTo(4);
  }
}
