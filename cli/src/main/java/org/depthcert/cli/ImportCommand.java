package org.depthcert.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.depthcert.onnx.Imported;
import org.depthcert.onnx.OnnxImporter;
import org.depthcert.rules.Catalog;
import org.depthcert.spec.LocatedTree;
import org.depthcert.spec.SpecReader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code depthcert import MODEL.onnx [--dim 64=d]... [--name TITLE] -o SPEC.yaml}. */
@Command(name = "import", mixinStandardHelpOptions = true,
    description = {"Reads an ONNX model (as PyTorch's torch.onnx.export writes it) and writes a "
        + "spec of the architecture it computes: one block for the graph, nodes named after the "
        + "ONNX nodes, each with a note giving the ONNX op and its attributes. check, certify "
        + "and verify then take the spec like a hand-written one. The op table is in "
        + "docs/onnx.md; an op outside it stops the import (exit 2), it is never counted as "
        + "depth 0.",
        "ONNX dim_params (dynamic axes) become parameters; the sequence length becomes n."},
    footer = {"", "Example:",
        "  depthcert import enc.onnx --dim 64=d --dim 128=f -o enc.yaml && depthcert certify "
            + "enc.yaml"})
final class ImportCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "MODEL", description = "ONNX model file (.onnx)")
  Path model;

  @Option(names = "--dim", paramLabel = "VALUE=NAME",
      description = "name a concrete size, making it a symbolic parameter, e.g. --dim 64=d; "
          + "may be repeated")
  List<String> dims = new ArrayList<>();

  @Option(names = "--name", paramLabel = "TITLE", description = "the spec's title")
  String title;

  @Option(names = "--seq", paramLabel = "DIM_PARAM",
      description = "the dim_param that is the sequence length n (default: n, or the only one)")
  String seq;

  @Option(names = {"-o", "--output"}, paramLabel = "SPEC", required = true,
      description = "the spec file to write (YAML)")
  Path output;

  @CommandLine.Mixin
  CatalogOption catalog = new CatalogOption();

  @CommandLine.Spec
  CommandLine.Model.CommandSpec cmd;

  @Override
  public Integer call() {
    Catalog cat = catalog.load();
    Imported imported = OnnxImporter.importModel(model, dims, title, seq, cat);
    // the spec must load before it is written: an import never leaves an unreadable spec behind
    byte[] bytes = imported.yaml().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    SpecInput.check(SpecReader.read(LocatedTree.parse(output.toString(), bytes),
        SpecReader.sha256(bytes), cat.declaredConstants()), cat);
    AtomicFiles.write(output, imported.yaml());
    var err = cmd.commandLine().getErr();
    for (String w : imported.warnings()) {
      err.println("warning: " + w);
    }
    err.flush();
    var out = cmd.commandLine().getOut();
    out.println("imported " + imported.onnxNodes() + " ONNX nodes as " + imported.specNodes()
        + " spec nodes (" + imported.depthZero().size() + " wiring or shape plumbing, depth 0)");
    out.println("wrote " + output);
    out.flush();
    return 0;
  }
}
