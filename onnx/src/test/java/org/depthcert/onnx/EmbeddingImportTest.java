package org.depthcert.onnx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.depthcert.check.CheckResult;
import org.depthcert.onnx.proto.OnnxProto.GraphProto;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Gather of table rows at indices from data is the catalog's embedding, never free wiring. */
class EmbeddingImportTest {
  @TempDir
  Path tmp;

  @Test
  void aLookupAtDataIndicesIsAnEmbedding() throws IOException {
    GraphProto.Builder g = GraphProto.newBuilder().setName("g")
        .addInput(ModelBuilder.value("ids", "n")).addInitializer(ModelBuilder.weight("E", 10, 4))
        .addOutput(ModelBuilder.value("y", "n", 4))
        .addNode(ModelBuilder.node("Gather", "lookup", "y", "E", "ids"));
    Path p = tmp.resolve("emb.onnx");
    Files.write(p, ModelBuilder.model(g).toByteArray());
    Imported imported = OnnxImporter.importModel(p, List.of("10=v"), null, null,
        Fixtures.CATALOG);
    assertThat(imported.yaml()).contains("lookup__ids: {op: reshape, in: [ids], shape: [\"n\", "
        + "1]").contains("lookup: {op: embedding, in: [lookup__ids, E]");
    CheckResult r = Fixtures.check(imported);
    // embedding: a comparison with the ids 1..v (Lemma 3.4 Part 1, d_std), then the one-hot row
    // times the table (Lemma 4.1, d_std + d_sum): 2 d_std + d_sum
    assertThat(r.folded().model().depth()).isEqualTo(Fixtures.term("2d_std + d_sum"));
  }
}
