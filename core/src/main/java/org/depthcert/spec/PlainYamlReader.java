package org.depthcert.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * A direct reader for the plain YAML that specs are written in (issue #13: SnakeYAML read large
 * specs at 2-3 MB/s): block mappings and lists indented with spaces, one-line flow collections
 * such as {@code {op: add, in: [X, X]}}, one-line plain and quoted scalars, comments. It produces
 * the tree and the lines SnakeYAML (through Jackson) would produce for such a document, or
 * declines ({@code null}) at the first thing outside that subset: anchors, aliases, tags, block
 * scalars, multi-line scalars and flows, escapes, tabs, CR, document markers, keys that are not
 * simple names, duplicate keys, deep nesting, long scalars, numbers other than plain decimals,
 * booleans and nulls spelled as words, and every syntax error. The caller then reads the document
 * with SnakeYAML, so that everything outside the subset, errors included, reads exactly as it
 * always did: this reader never reports an error itself.
 */
final class PlainYamlReader {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  /** The resolver Jackson's YAML parser uses to type plain scalars (SnakeYAML's default). */
  private static final Resolver RESOLVER = new Resolver();
  /** Well below the readers' limits (nesting 64, strings 1,000,000 chars): decline before. */
  private static final int MAX_DEPTH = 40;
  private static final int MAX_SCALAR = 100_000;
  private static final int MAX_KEY = 200;

  /** Thrown to decline the document; carries no stack trace (it is control flow). */
  private static final class Decline extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Decline() {
      super(null, null, false, false);
    }
  }

  private static final Decline DECLINE = new Decline();

  private final char[] c;
  private final int n;
  private final TreeBuilder out = new TreeBuilder();
  private final ShortStrings shared = new ShortStrings();
  private final Map<String, Boolean> words = new HashMap<>();
  private int pos;
  /** 1-based line of {@code pos}. */
  private int line = 1;
  /** Index of the first character of the current line. */
  private int lineStart;
  /** Indent of the content line {@code pos} is on (set by {@link #nextContent}); -1 at the end. */
  private int indent;
  private int depth;

  private PlainYamlReader(char[] c) {
    this.c = c;
    this.n = c.length;
  }

  /** The document's tree and lines, or null when the document is outside the plain subset. */
  static TreeBuilder read(byte[] bytes) {
    if (bytes.length > LocatedTree.MAX_FILE_BYTES) {
      return null;
    }
    char[] chars = chars(bytes);
    if (chars == null) {
      return null;
    }
    PlainYamlReader r = new PlainYamlReader(chars);
    try {
      r.document();
      return r.out;
    } catch (Decline d) {
      return null;
    }
  }

  /**
   * The characters, or null if any is one this reader leaves to SnakeYAML: invalid UTF-8, tabs,
   * CR, other control characters, the YAML 1.1 line breaks NEL, LS and PS, a byte order mark.
   */
  private static char[] chars(byte[] bytes) {
    boolean ascii = true;
    for (byte b : bytes) {
      if (b < 0) {
        ascii = false;
      } else if ((b < 0x20 && b != '\n') || b == 0x7F) {
        return null;
      }
    }
    if (ascii) {
      char[] c = new char[bytes.length];
      for (int i = 0; i < bytes.length; i++) {
        c[i] = (char) bytes[i];
      }
      return c;
    }
    CharBuffer decoded;
    try {
      decoded = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
    } catch (CharacterCodingException e) {
      return null;
    }
    char[] c = new char[decoded.remaining()];
    decoded.get(c);
    for (char ch : c) {
      if ((ch >= 0x7F && ch < 0xA0) || ch == 0x2028 || ch == 0x2029 || ch == 0xFEFF
          || ch == 0xFFFE || ch == 0xFFFF) {
        return null;
      }
    }
    return c;
  }

  private void document() {
    nextContent();
    if (indent != 0) {
      throw DECLINE; // empty, or an indented first line: SnakeYAML decides
    }
    blockNode();
    if (indent != -1) {
      throw DECLINE;
    }
  }

  /**
   * Moves {@code pos} to the first character of the next line with content (neither blank nor
   * only a comment), from the start of a line, and sets {@link #indent}.
   */
  private void nextContent() {
    while (pos < n) {
      int start = pos;
      int i = pos;
      while (i < n && c[i] == ' ') {
        i++;
      }
      if (i < n && c[i] != '\n' && c[i] != '#') {
        pos = i;
        lineStart = start;
        indent = i - start;
        if (indent == 0 && (c[i] == '%' || startsWith(i, "---") || startsWith(i, "..."))) {
          throw DECLINE; // directives and document markers
        }
        return;
      }
      while (i < n && c[i] != '\n') {
        i++;
      }
      pos = i < n ? i + 1 : n;
      if (i < n) {
        line++;
      }
    }
    indent = -1;
  }

  private boolean startsWith(int at, String s) {
    if (at + s.length() > n) {
      return false;
    }
    for (int k = 0; k < s.length(); k++) {
      if (c[at + k] != s.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** A block mapping or list starting at {@code pos}, the first content of its line. */
  private void blockNode() {
    if (isDashEntry()) {
      blockSequence(indent, false);
    } else {
      blockMapping(indent);
    }
  }

  private boolean isDashEntry() {
    return c[pos] == '-' && (pos + 1 == n || c[pos + 1] == ' ' || c[pos + 1] == '\n');
  }

  /** A block mapping whose keys are at column {@code col}; the first key is at {@code pos}. */
  private void blockMapping(int col) {
    enter();
    fresh(out.startObject(line));
    while (true) {
      int keyLine = line;
      out.field(key());
      pos++; // the ':'
      skipSpaces();
      if (atLineEnd()) {
        endOfLine();
        nextContent();
        if (indent > col) {
          blockNode();
        } else if (indent == col && isDashEntry()) {
          blockSequence(col, true);
        } else {
          // SnakeYAML: an empty scalar at the ':', which Jackson reads as an empty text
          fresh(out.value(shared.text(""), keyLine));
        }
      } else {
        inlineValue(false);
        endOfLine();
        nextContent();
      }
      if (indent < col) {
        break;
      }
      if (indent > col) {
        throw DECLINE; // a continuation line or bad indentation
      }
    }
    out.end();
    depth--;
  }

  /**
   * A block list whose dashes are at column {@code col}; {@code indentless} when it is the value
   * of a key at the same column (then a key at that column ends it).
   */
  private void blockSequence(int col, boolean indentless) {
    enter();
    fresh(out.startArray(line));
    while (true) {
      pos++; // the '-'
      skipSpaces();
      if (atLineEnd()) {
        endOfLine();
        nextContent();
        if (indent <= col) {
          throw DECLINE; // an empty item
        }
        blockNode();
      } else if (isDashEntry()) {
        throw DECLINE; // "- - x"
      } else if (looksLikeKey()) {
        blockMapping(pos - lineStart);
      } else {
        inlineValue(false);
        endOfLine();
        nextContent();
      }
      if (indent < col || (indent == col && indentless && !isDashEntry())) {
        break;
      }
      if (indent > col || !isDashEntry()) {
        throw DECLINE;
      }
    }
    out.end();
    depth--;
  }

  /**
   * A value on the current line: after {@code key: } or {@code - } (block context), or an entry
   * of a flow collection.
   */
  private void inlineValue(boolean inFlow) {
    char ch = peek();
    if (ch == '{' || ch == '[') {
      flow();
    } else if (ch == '"' || ch == '\'') {
      quoted();
    } else {
      plain(inFlow);
    }
  }

  /** A one-line flow mapping or list at {@code pos}. */
  private void flow() {
    enter();
    boolean mapping = c[pos] == '{';
    char close = mapping ? '}' : ']';
    fresh(mapping ? out.startObject(line) : out.startArray(line));
    pos++;
    skipSpaces();
    if (peek() == close) {
      pos++;
    } else {
      while (true) {
        if (mapping) {
          out.field(key());
          pos++; // the ':'
          if (peek() != ' ') {
            throw DECLINE;
          }
          skipSpaces();
        }
        inlineValue(true);
        skipSpaces();
        char ch = peek();
        if (ch == close) {
          pos++;
          break;
        }
        if (ch != ',') {
          throw DECLINE;
        }
        pos++;
        skipSpaces();
        ch = peek();
        if (ch == ',' || ch == ']' || ch == '}') {
          throw DECLINE; // an empty entry or a trailing comma
        }
      }
    }
    out.end();
    depth--;
  }

  /** A one-line quoted scalar without escapes ('' in single quotes is a quote). */
  private void quoted() {
    char q = c[pos];
    int start = pos + 1;
    StringBuilder sb = null;
    int i = start;
    while (true) {
      if (i >= n || c[i] == '\n' || (q == '"' && c[i] == '\\')) {
        throw DECLINE;
      }
      if (c[i] == q) {
        if (q == '\'' && i + 1 < n && c[i + 1] == '\'') {
          if (sb == null) {
            sb = new StringBuilder();
          }
          sb.append(c, start, i + 1 - start);
          i += 2;
          start = i;
          continue;
        }
        break;
      }
      i++;
    }
    if (i - start > MAX_SCALAR) {
      throw DECLINE;
    }
    String value = sb == null ? shared.string(c, start, i - start)
        : sb.append(c, start, i - start).toString();
    fresh(out.value(shared.text(value), line));
    pos = i + 1;
  }

  /**
   * A plain scalar: in a flow it ends at ',', ']' or '}'; in block context at the end of the
   * line or at " #". Declines on every character that could make SnakeYAML read it otherwise.
   */
  private void plain(boolean inFlow) {
    int start = pos;
    if (!plainStart(c[start])) {
      throw DECLINE;
    }
    int i = start;
    int end = start; // after the last non-space character
    while (i < n) {
      char ch = c[i];
      if (ch == '\n' || ((ch == ',' || ch == ']' || ch == '}') && inFlow)) {
        break;
      }
      if (ch == '#') {
        if (inFlow || c[i - 1] != ' ') {
          throw DECLINE;
        }
        break;
      }
      if (ch == ':' || (inFlow && (ch == '[' || ch == '{' || ch == '?')) || !plainChar(ch)) {
        throw DECLINE;
      }
      if (ch != ' ') {
        end = i + 1;
      }
      i++;
    }
    if (end - start > MAX_SCALAR) {
      throw DECLINE;
    }
    pos = end;
    String s = shared.string(c, start, end - start);
    fresh(out.value(resolve(s), line));
  }

  private static boolean plainStart(char ch) {
    return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9')
        || ch == '_' || ch == '(' || ch == '\\' || ch >= 0xA0;
  }

  private static boolean plainChar(char ch) {
    return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9')
        || ch >= 0xA0 || " _+-*/^().<=>~$\\;'\",[]{}?!&|%@".indexOf(ch) >= 0;
  }

  /**
   * The node Jackson makes of a plain scalar: text, or a whole number for a plain decimal;
   * declines on what SnakeYAML's resolver would read as anything else (true, null, 0x1F, 1.5).
   */
  private JsonNode resolve(String s) {
    char first = s.charAt(0);
    if (first >= '0' && first <= '9') {
      if (s.length() <= 18 && decimal(s)) {
        return NODES.numberNode(BigInteger.valueOf(Long.parseLong(s)));
      }
    } else if (!mayBeWord(s)) {
      return shared.text(s);
    }
    if (!isString(s)) {
      throw DECLINE;
    }
    return shared.text(s);
  }

  /** SnakeYAML's resolver types {@code s} as a string; remembered per word ("op" 10^5 times). */
  private boolean isString(String s) {
    Boolean known = words.get(s);
    if (known == null) {
      known = RESOLVER.resolve(NodeId.scalar, s, true) == Tag.STR;
      words.put(s, known);
    }
    return known;
  }

  /**
   * False when SnakeYAML's resolver certainly types {@code s} (a plain scalar not starting with
   * a digit) as a string, so that it need not run its regular expressions on every name: its
   * only other types for such a scalar are the YAML 1.1 booleans and nulls, words of 2 to 5
   * ASCII letters starting with one of yYnNtTfFoO (yes, No, TRUE, off, null, ...).
   * {@code PlainYamlReaderTest} checks this against the resolver.
   */
  static boolean mayBeWord(String s) {
    if (s.length() > 5 || "yYnNtTfFoO".indexOf(s.charAt(0)) < 0) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'))) {
        return false;
      }
    }
    return true;
  }

  private static boolean decimal(String s) {
    if (s.charAt(0) == '0') {
      return s.length() == 1;
    }
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /** A simple key (a name such as {@code op}, {@code N12}, {@code d_exp}) and its ':'. */
  private String key() {
    if (!looksLikeKey()) {
      throw DECLINE;
    }
    int start = pos;
    while (c[pos] != ':') {
      pos++;
    }
    String k = shared.string(c, start, pos - start);
    if (mayBeWord(k) && !isString(k)) {
      throw DECLINE; // a key such as 'on' or 'null': let SnakeYAML and Jackson decide
    }
    return k;
  }

  /** True if {@code pos} starts {@code name:} followed by a space or the end of the line. */
  private boolean looksLikeKey() {
    int i = pos;
    char ch = c[i];
    if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || ch == '_')) {
      return false;
    }
    while (i < n && i - pos <= MAX_KEY) {
      ch = c[i];
      if (ch == ':') {
        return i + 1 == n || c[i + 1] == ' ' || c[i + 1] == '\n';
      }
      if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9')
          || ch == '_' || ch == '-' || ch == '.')) {
        return false;
      }
      i++;
    }
    return false;
  }

  private char peek() {
    return pos < n ? c[pos] : '\n';
  }

  private void skipSpaces() {
    while (pos < n && c[pos] == ' ') {
      pos++;
    }
  }

  /** At the end of the line, or at a comment after a space. */
  private boolean atLineEnd() {
    return pos == n || c[pos] == '\n' || (c[pos] == '#' && c[pos - 1] == ' ');
  }

  /** Only spaces and a comment may follow a value; moves past the line break. */
  private void endOfLine() {
    skipSpaces();
    if (!atLineEnd()) {
      throw DECLINE;
    }
    while (pos < n && c[pos] != '\n') {
      pos++;
    }
    if (pos < n) {
      pos++;
      line++;
    }
  }

  private void enter() {
    if (++depth > MAX_DEPTH) {
      throw DECLINE;
    }
  }

  /** A duplicate key is SnakeYAML's to report. */
  private static void fresh(boolean added) {
    if (!added) {
      throw DECLINE;
    }
  }
}
