package org.depthcert.spec;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
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
  private final Map<String, Integer> lines;

  private LocatedTree(String file, JsonNode root, Map<String, Integer> lines) {
    this.file = file;
    this.root = root;
    this.lines = lines;
  }

  public String file() {
    return file;
  }

  public JsonNode root() {
    return root;
  }

  /** Line of the value at {@code path}, or of its nearest located ancestor; 0 if unknown. */
  public int line(String path) {
    String p = path;
    while (true) {
      Integer l = lines.get(p);
      if (l != null) {
        return l;
      }
      int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
      if (cut <= 0) {
        return lines.getOrDefault("", 0);
      }
      p = p.substring(0, cut);
    }
  }

  public SpecError error(String path, String message) {
    return new SpecError(file, line(path), path, message);
  }

  public static LocatedTree read(Path path) {
    String name = path.toString();
    byte[] bytes;
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
      bytes = Files.readAllBytes(path);
    } catch (IOException e) {
      throw new SpecError(name, 0, "", "cannot read file: " + e.getMessage());
    }
    return parse(name, bytes);
  }

  public static LocatedTree parse(String name, byte[] bytes) {
    if (bytes.length == 0 || new String(bytes, StandardCharsets.UTF_8).isBlank()) {
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
    JsonFactory factory = json ? jsonFactory() : yamlFactory();
    Map<String, Integer> lines = new HashMap<>();
    String kind = json ? "invalid JSON: " : "invalid YAML: ";
    JsonParser parser = null;
    try {
      parser = factory.createParser(bytes);
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw new SpecError(name, 0, "", "file is empty");
      }
      JsonNode root = readValue(name, parser, "", lines);
      if (parser.nextToken() != null) {
        throw new SpecError(name, parser.currentLocation().getLineNr(), "",
            "more than one document in the file");
      }
      return new LocatedTree(name, root, lines);
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

  /** Reads the value at the current token, iteratively, recording each value's line. */
  private static JsonNode readValue(String name, JsonParser p, String rootPath,
      Map<String, Integer> lines) throws IOException {
    JsonNodeFactory f = JsonNodeFactory.instance;
    Deque<Object[]> stack = new ArrayDeque<>(); // {container, path, pendingFieldName}
    JsonNode result = null;
    JsonToken t = p.currentToken();
    String path = rootPath;
    while (true) {
      String valuePath = path;
      JsonNode value = null;
      boolean opened = false;
      if (!stack.isEmpty()) {
        Object[] top = stack.peek();
        String containerPath = (String) top[1];
        if (top[0] instanceof ObjectNode) {
          if (t == JsonToken.END_OBJECT) {
            stack.pop();
            value = null;
            if (stack.isEmpty()) {
              result = (JsonNode) top[0];
              break;
            }
            t = p.nextToken();
            continue;
          }
          String field = p.currentName();
          t = p.nextToken();
          valuePath = containerPath.isEmpty() ? field : containerPath + "." + field;
          top[2] = field;
        } else {
          if (t == JsonToken.END_ARRAY) {
            stack.pop();
            if (stack.isEmpty()) {
              result = (JsonNode) top[0];
              break;
            }
            t = p.nextToken();
            continue;
          }
          valuePath = containerPath + "[" + ((ArrayNode) top[0]).size() + "]";
        }
      }
      lines.put(valuePath, p.currentTokenLocation().getLineNr());
      if (p instanceof YAMLParser && ((YAMLParser) p).isCurrentAlias()) {
        // Jackson would read an alias as the text of its name; refuse it plainly instead (and
        // no alias can then expand into a "billion laughs").
        throw new SpecError(name, p.currentTokenLocation().getLineNr(), valuePath,
            "YAML aliases (*" + p.getText() + ") are not supported: write the value out");
      }
      switch (t) {
        case START_OBJECT:
          value = f.objectNode();
          opened = true;
          break;
        case START_ARRAY:
          value = f.arrayNode();
          opened = true;
          break;
        case VALUE_STRING:
          value = f.textNode(p.getText());
          break;
        case VALUE_NUMBER_INT:
          value = f.numberNode(p.getBigIntegerValue());
          break;
        case VALUE_NUMBER_FLOAT:
          // Kept as text: the tool never reads a float; a formula field will reject it clearly.
          value = f.textNode(p.getText());
          break;
        case VALUE_TRUE:
        case VALUE_FALSE:
          value = f.booleanNode(t == JsonToken.VALUE_TRUE);
          break;
        case VALUE_NULL:
          value = f.nullNode();
          break;
        default:
          throw new IOException("unexpected token " + t);
      }
      if (stack.isEmpty() && !opened) {
        return value;
      }
      if (!stack.isEmpty()) {
        Object[] top = stack.peek();
        if (top[0] instanceof ObjectNode) {
          ((ObjectNode) top[0]).set((String) top[2], value);
        } else {
          ((ArrayNode) top[0]).add(value);
        }
      }
      if (opened) {
        stack.push(new Object[] {value, valuePath, null});
      }
      t = p.nextToken();
    }
    return result;
  }
}
