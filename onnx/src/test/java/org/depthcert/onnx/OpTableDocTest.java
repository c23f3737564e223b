package org.depthcert.onnx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/onnx.md prints the op table; this keeps the document and OpTable in sync. */
class OpTableDocTest {
  private static final String BEGIN = "<!-- op table: generated from OpTable, checked by "
      + "OpTableDocTest -->\n";
  private static final String END = "<!-- end of op table -->";

  @Test
  void docsOnnxMdHoldsTheOpTable() throws IOException {
    String doc = Files.readString(Path.of("../docs/onnx.md"), StandardCharsets.UTF_8);
    int from = doc.indexOf(BEGIN);
    int to = doc.indexOf(END);
    assertThat(from).as("docs/onnx.md has the op table markers").isNotNegative();
    assertThat(doc.substring(from + BEGIN.length(), to)).isEqualTo(OpTable.markdown());
  }

  @Test
  void everyCatalogOpTheTableNamesIsInTheBundledCatalogExceptErf() {
    for (OpTable.Entry e : OpTable.all().values()) {
      for (String op : e.catalogOps()) {
        if (!op.equals("erf")) {
          assertThat(Fixtures.CATALOG.forOp(op)).as(e.onnxOp() + " -> " + op).isPresent();
        }
      }
    }
    assertThat(Fixtures.CATALOG.forOp("erf")).isEmpty();
  }
}
