package org.depthcert.spec;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * A parsed YAML or JSON document that remembers the line of every value, so that errors can say
 * where they are. Reading is hardened (issue 5): bounded size, nesting and string length, few
 * YAML aliases (no "billion laughs"), duplicate keys rejected, no polymorphic typing anywhere.
 */
public final class LocatedTree {
  /** Largest input file accepted, in bytes. */
  public static final long MAX_FILE_BYTES = 8L * 1024 * 1024;

  private final String file;
  private final JsonNode root;
  private final LineTable lines;

  private LocatedTree(String file, TreeBuilder built) {
    this.file = file;
    this.root = built.root();
    this.lines = built.lines();
  }

  public String file() {
    return file;
  }

  public JsonNode root() {
    return root;
  }

  /** Line of the value at {@code path}, or of its nearest located ancestor; 0 if unknown. */
  public int line(String path) {
    return lines.line(path);
  }

  public SpecError error(String path, String message) {
    return new SpecError(file, line(path), path, message);
  }

  public static LocatedTree read(Path path) {
    return parse(path.toString(), readBytes(path));
  }

  /** The bytes of an input file, refused (located) if it is missing, a directory or too large. */
  static byte[] readBytes(Path path) {
    String name = path.toString();
    try {
      if (Files.isDirectory(path)) {
        throw new SpecError(name, 0, "", "is a directory, not a file");
      }
      if (!Files.isRegularFile(path)) {
        throw new SpecError(name, 0, "", "no such file");
      }
      if (Files.size(path) > MAX_FILE_BYTES) {
        throw new SpecError(name, 0, "", "file larger than " + MAX_FILE_BYTES + " bytes");
      }
      return Files.readAllBytes(path);
    } catch (IOException e) {
      throw new SpecError(name, 0, "", "cannot read file: " + e.getMessage());
    }
  }

  public static LocatedTree parse(String name, byte[] bytes) {
    if (isBlank(bytes)) {
      throw new SpecError(name, 0, "", "file is empty");
    }
    int line = 1;
    for (byte b : bytes) {
      if (b == 0) {
        throw new SpecError(name, line, "",
            "file is binary (contains a NUL byte), not YAML or JSON");
      }
      if (b == '\n') {
        line++;
      }
    }
    boolean json = name.endsWith(".json");
    if (!json) {
      // the plain YAML specs are written in, read directly; anything else (or anything wrong)
      // is read by SnakeYAML below, which then gives exactly the errors it always gave
      TreeBuilder plain = PlainYamlReader.read(bytes);
      if (plain != null) {
        return new LocatedTree(name, plain);
      }
    }
    return parseWithJackson(name, bytes, json);
  }

  /** Reads with Jackson (and SnakeYAML for YAML): every document, every error message. */
  static LocatedTree parseWithJackson(String name, byte[] bytes, boolean json) {
    JsonFactory factory = json ? jsonFactory() : yamlFactory();
    String kind = json ? "invalid JSON: " : "invalid YAML: ";
    JsonParser parser = null;
    try {
      parser = factory.createParser(bytes);
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw new SpecError(name, 0, "", "file is empty");
      }
      TreeBuilder built = new TreeBuilder();
      JacksonTreeReader.read(name, parser, built);
      if (parser.nextToken() != null) {
        throw new SpecError(name, parser.currentLocation().getLineNr(), "",
            "more than one document in the file");
      }
      return new LocatedTree(name, built);
    } catch (SpecError e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      // SnakeYAML's own exceptions (bad indentation, unclosed quotes, ...) carry the exact mark
      // of the problem; Jackson's carry a location, or none (constraint violations): then the
      // parser's position is the best line there is.
      MarkedYAMLException marked = marked(e);
      if (marked != null) {
        // The problem mark is where SnakeYAML noticed the problem: for an unclosed quote or
        // bracket that is a later line (often the end of the file). The context mark is where
        // the construct that was never finished began: the line the user has to fix.
        int l = marked.getProblemMark() == null ? 0 : marked.getProblemMark().getLine() + 1;
        if (marked.getContextMark() != null && marked.getContextMark().getLine() + 1 < l) {
          l = marked.getContextMark().getLine() + 1;
        }
        throw new SpecError(name, l, "", kind + describe(marked));
      }
      int l = 0;
      if (e instanceof JsonProcessingException && ((JsonProcessingException) e).getLocation()
          != null) {
        l = ((JsonProcessingException) e).getLocation().getLineNr();
      } else if (parser != null) {
        l = parser.currentLocation().getLineNr();
      }
      String msg = e instanceof JsonProcessingException
          ? ((JsonProcessingException) e).getOriginalMessage() : e.getMessage();
      throw new SpecError(name, Math.max(l, 0), "", kind + oneLine(String.valueOf(msg)));
    } finally {
      if (parser != null) {
        try {
          parser.close();
        } catch (IOException ignored) {
          // nothing was written; a failure to close an in-memory parser changes nothing
        }
      }
    }
  }

  /** True for no bytes or only white space, as {@code String.isBlank} decides. */
  private static boolean isBlank(byte[] bytes) {
    for (byte b : bytes) {
      if (b < 0) {
        return new String(bytes, StandardCharsets.UTF_8).isBlank(); // non-ASCII: decode
      }
      if (!Character.isWhitespace(b)) {
        return false;
      }
    }
    return true;
  }

  private static MarkedYAMLException marked(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof MarkedYAMLException) {
        return (MarkedYAMLException) t;
      }
    }
    return null;
  }

  /** SnakeYAML's context and problem, without its multi-line source excerpt. */
  private static String describe(MarkedYAMLException e) {
    String problem = e.getProblem() == null ? "syntax error" : e.getProblem();
    String context = e.getContext();
    return oneLine(context == null ? problem : context + ": " + problem);
  }

  /** Messages are printed on one line: newlines and runs of blanks become single spaces. */
  static String oneLine(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }

  private static StreamReadConstraints constraints() {
    return StreamReadConstraints.builder()
        .maxNestingDepth(64)
        .maxStringLength(1_000_000)
        .maxNumberLength(100)
        .maxDocumentLength(MAX_FILE_BYTES)
        .build();
  }

  private static JsonFactory jsonFactory() {
    return JsonFactory.builder()
        // no String.intern() of every field name: a large spec has 10^5 distinct node names
        .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
        .streamReadConstraints(constraints())
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build();
  }

  private static YAMLFactory yamlFactory() {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(20);
    options.setAllowDuplicateKeys(false);
    options.setNestingDepthLimit(64);
    options.setCodePointLimit((int) MAX_FILE_BYTES);
    return YAMLFactory.builder()
        .loaderOptions(options)
        .streamReadConstraints(constraints())
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build();
  }
}
