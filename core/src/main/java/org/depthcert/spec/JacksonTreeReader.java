package org.depthcert.spec;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;

/**
 * Reads a document from a Jackson parser (JSON, or YAML through SnakeYAML) into a
 * {@link TreeBuilder}, iteratively, with the line of each value's first token.
 */
final class JacksonTreeReader {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private JacksonTreeReader() {}

  /** Reads the value at the parser's current token (the document's first). */
  static void read(String name, JsonParser p, TreeBuilder b) throws IOException {
    boolean yaml = p instanceof YAMLParser;
    JsonToken t = p.currentToken();
    while (true) {
      if (t == JsonToken.FIELD_NAME) {
        b.field(p.currentName());
        t = p.nextToken();
        continue;
      }
      if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
        b.end();
        if (b.depth() == 0) {
          return;
        }
        t = p.nextToken();
        continue;
      }
      int line = p.currentTokenLocation().getLineNr();
      if (yaml && ((YAMLParser) p).isCurrentAlias()) {
        // Jackson would read an alias as the text of its name; refuse it plainly instead (and
        // no alias can then expand into a "billion laughs").
        throw new SpecError(name, line, b.nextPath(),
            "YAML aliases (*" + p.getText() + ") are not supported: write the value out");
      }
      switch (t) {
        case START_OBJECT:
          b.startObject(line);
          break;
        case START_ARRAY:
          b.startArray(line);
          break;
        case VALUE_STRING:
        case VALUE_NUMBER_FLOAT:
          // a float is kept as text: the tool never reads a float; a formula field rejects it
          b.value(NODES.textNode(p.getText()), line);
          break;
        case VALUE_NUMBER_INT:
          b.value(NODES.numberNode(p.getBigIntegerValue()), line);
          break;
        case VALUE_TRUE:
        case VALUE_FALSE:
          b.value(NODES.booleanNode(t == JsonToken.VALUE_TRUE), line);
          break;
        case VALUE_NULL:
          b.value(NODES.nullNode(), line);
          break;
        default:
          throw new IOException("unexpected token " + t);
      }
      if (b.depth() == 0) {
        return; // the document is one scalar
      }
      t = p.nextToken();
    }
  }
}
