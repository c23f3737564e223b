package org.depthcert.onnx;

import com.google.protobuf.CodedInputStream;
import com.google.protobuf.InvalidProtocolBufferException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.depthcert.onnx.proto.OnnxProto.GraphProto;
import org.depthcert.onnx.proto.OnnxProto.ModelProto;
import org.depthcert.onnx.proto.OnnxProto.OperatorSetIdProto;
import org.depthcert.onnx.proto.OnnxProto.StringStringEntryProto;
import org.depthcert.onnx.proto.OnnxProto.TensorProto;
import org.depthcert.spec.SpecError;

/**
 * Reads an ONNX model file as untrusted input: a bounded size and protobuf nesting depth, a model
 * that names a graph and the default-domain opset, an opset the op table was written for, and
 * every external-data weight file present. Anything else is one {@link SpecError} (exit 2).
 */
public final class OnnxFile {
  /** Largest model file read (the weights travel inside; a bigger model keeps them external). */
  public static final long MAX_FILE_BYTES = 512L * 1024 * 1024;
  /** Protobuf message nesting allowed; real graphs nest a few levels (graph, node, attribute). */
  public static final int MAX_NESTING = 32;
  /** Nodes in the main graph. */
  public static final int MAX_NODES = 100_000;
  /** Opsets of the default domain whose semantics the op table follows (ONNX 1.2 to 1.12). */
  public static final int MIN_OPSET = 7;
  public static final int MAX_OPSET = 17;

  private OnnxFile() {}

  /** The model, with its opset checked; {@code name} is how errors name the file. */
  public static Model read(Path path) {
    String name = path.toString();
    try {
      if (!Files.isRegularFile(path)) {
        throw new SpecError(name, 0, "", Files.isDirectory(path) ? "is a directory, not a file"
            : "no such file");
      }
      if (Files.size(path) > MAX_FILE_BYTES) {
        throw new SpecError(name, 0, "", "file larger than " + MAX_FILE_BYTES + " bytes");
      }
      try (InputStream in = Files.newInputStream(path)) {
        return parse(name, in, path.toAbsolutePath().getParent());
      }
    } catch (IOException e) {
      throw new SpecError(name, 0, "", "cannot read file: " + e.getMessage());
    }
  }

  static Model parse(String name, InputStream in, Path dir) throws IOException {
    CodedInputStream coded = CodedInputStream.newInstance(in);
    coded.setRecursionLimit(MAX_NESTING);
    coded.setSizeLimit((int) Math.min(Integer.MAX_VALUE, MAX_FILE_BYTES));
    ModelProto model;
    try {
      model = ModelProto.parseFrom(coded);
    } catch (InvalidProtocolBufferException e) {
      throw new SpecError(name, 0, "", "not an ONNX model (protobuf: " + e.getMessage() + ")");
    }
    if (!model.hasIrVersion() || !model.hasGraph() || model.getGraph().getNodeCount() == 0) {
      throw new SpecError(name, 0, "", "not an ONNX model (no IR version or no graph with "
          + "nodes)");
    }
    GraphProto g = model.getGraph();
    if (g.getNodeCount() > MAX_NODES) {
      throw new SpecError(name, 0, "graph", g.getNodeCount() + " nodes, more than the limit "
          + MAX_NODES);
    }
    long opset = -1;
    for (OperatorSetIdProto o : model.getOpsetImportList()) {
      if (o.getDomain().isEmpty() || o.getDomain().equals("ai.onnx")) {
        opset = o.getVersion();
      }
    }
    if (opset < 0) {
      throw new SpecError(name, 0, "opset_import", "the model imports no default-domain "
          + "(ai.onnx) opset");
    }
    if (opset < MIN_OPSET || opset > MAX_OPSET) {
      throw new SpecError(name, 0, "opset_import", "unsupported opset " + opset
          + " (the op table follows opsets " + MIN_OPSET + " to " + MAX_OPSET + ")");
    }
    for (int i = 0; i < g.getInitializerCount(); i++) {
      checkExternal(name, dir, g.getInitializer(i), "graph.initializer[" + i + "]");
    }
    return new Model(name, model, (int) opset);
  }

  /**
   * Weights stored outside the model file must be there: a model whose weights are missing is
   * not the model the user means, even though its depth does not depend on their values.
   */
  private static void checkExternal(String name, Path dir, TensorProto t, String path)
      throws IOException {
    if (t.getDataLocation() != TensorProto.DataLocation.EXTERNAL) {
      return;
    }
    String location = null;
    long offset = 0;
    long length = -1;
    for (StringStringEntryProto e : t.getExternalDataList()) {
      switch (e.getKey()) {
        case "location":
          location = e.getValue();
          break;
        case "offset":
          offset = parseLong(name, path, e.getValue());
          break;
        case "length":
          length = parseLong(name, path, e.getValue());
          break;
        default:
          break;
      }
    }
    if (location == null) {
      throw new SpecError(name, 0, path, "external-data weight '" + t.getName()
          + "' names no location");
    }
    Path file = dir == null ? Path.of(location) : dir.resolve(location).normalize();
    if (dir != null && !file.startsWith(dir.normalize())) {
      throw new SpecError(name, 0, path, "external-data weight '" + t.getName()
          + "' points outside the model's directory: " + location);
    }
    if (!Files.isRegularFile(file)) {
      throw new SpecError(name, 0, path, "external-data weight '" + t.getName()
          + "' is missing: no file " + location + " beside the model");
    }
    if (length >= 0 && Files.size(file) < offset + length) {
      throw new SpecError(name, 0, path, "external-data weight '" + t.getName() + "' is "
          + "truncated: " + location + " has " + Files.size(file) + " bytes, needs "
          + (offset + length));
    }
  }

  private static long parseLong(String name, String path, String v) {
    try {
      return Long.parseLong(v);
    } catch (NumberFormatException e) {
      throw new SpecError(name, 0, path, "external-data field is not a number: " + v);
    }
  }

  /** A parsed model: the file name errors use, the protobuf, and its default-domain opset. */
  public record Model(String file, ModelProto proto, int opset) {}
}
