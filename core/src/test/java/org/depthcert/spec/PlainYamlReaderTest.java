package org.depthcert.spec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The direct reader of plain YAML against SnakeYAML (through Jackson), the reader it stands in
 * for: whenever it accepts a document, the tree and the line of every value must be exactly what
 * SnakeYAML gives; and it must not accept a document SnakeYAML refuses. Attacked with every YAML
 * file of the repository (samples, the bad-input corpus, the lemma catalog) and with tens of
 * thousands of random edits of them.
 */
class PlainYamlReaderTest {
  private static final Path ROOT = Path.of("..");

  /** Every value's path (as {@link Fields} writes paths) with its line. */
  static Map<String, Integer> allLines(LocatedTree t) {
    Map<String, Integer> out = new TreeMap<>();
    walk(t, t.root(), "", out);
    return out;
  }

  private static void walk(LocatedTree t, JsonNode n, String path, Map<String, Integer> out) {
    out.put(path, t.line(path));
    if (n.isObject()) {
      for (Map.Entry<String, JsonNode> e : n.properties()) {
        walk(t, e.getValue(), Fields.child(path, e.getKey()), out);
      }
    } else if (n.isArray()) {
      for (int i = 0; i < n.size(); i++) {
        walk(t, n.get(i), Fields.index(path, i), out);
      }
    }
  }

  /**
   * Null if the direct reader declines; else asserts it agrees with SnakeYAML and returns the
   * tree. {@code what} names the input in a failure.
   */
  static LocatedTree agree(String what, byte[] bytes) {
    TreeBuilder direct = PlainYamlReader.read(bytes);
    if (direct == null) {
      return null;
    }
    LocatedTree fast = LocatedTree.parse("x.yaml", bytes);
    LocatedTree slow;
    try {
      slow = LocatedTree.parseWithJackson("x.yaml", bytes, false);
    } catch (SpecError e) {
      throw new AssertionError("accepted what SnakeYAML refuses (" + e.oneLine() + "): " + what
          + "\n" + new String(bytes, StandardCharsets.UTF_8));
    }
    assertThat(fast.root()).as(what).isEqualTo(slow.root());
    // JsonNode equality does not see the node types of numbers: compare them too
    assertThat(fast.root().toString()).as(what).isEqualTo(slow.root().toString());
    assertThat(allLines(fast)).as(what).isEqualTo(allLines(slow));
    return fast;
  }

  static List<Path> repositoryYaml() throws IOException {
    List<Path> files = new ArrayList<>();
    for (String dir : List.of("samples", "lemmas/src/main/resources", "docs",
        "cli/src/test/resources", "report-templates/src/test/resources")) {
      try (Stream<Path> s = Files.walk(ROOT.resolve(dir))) {
        s.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(files::add);
      }
    }
    return files;
  }

  @Test
  void everyYamlFileOfTheRepositoryReadsAsSnakeYamlReadsIt() throws IOException {
    List<Path> files = repositoryYaml();
    assertThat(files).hasSizeGreaterThan(100);
    int accepted = 0;
    for (Path p : files) {
      if (agree(p.toString(), Files.readAllBytes(p)) != null) {
        accepted++;
      }
    }
    // the subset is meant to be what specs are written in: most files must be read directly
    // (the declined ones use block scalars, escapes, aliases, or are broken on purpose)
    assertThat(accepted).as("files read directly").isGreaterThan(files.size() / 2);
  }

  @Test
  void randomEditsOfEveryFileNeverMakeTheReadersDisagree() throws IOException {
    Random rnd = new Random(13);
    String alphabet = " \n:-#[]{},\"'&*!|>?%@`~.0123456789abnNtTyY_x\t\\";
    int accepted = 0;
    for (Path p : repositoryYaml()) {
      String text = new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
      for (int k = 0; k < 120; k++) {
        StringBuilder sb = new StringBuilder(text);
        int edits = 1 + rnd.nextInt(3);
        for (int e = 0; e < edits && sb.length() > 0; e++) {
          int at = rnd.nextInt(sb.length());
          switch (rnd.nextInt(3)) {
            case 0:
              sb.deleteCharAt(at);
              break;
            case 1:
              sb.insert(at, alphabet.charAt(rnd.nextInt(alphabet.length())));
              break;
            default:
              sb.setCharAt(at, alphabet.charAt(rnd.nextInt(alphabet.length())));
          }
        }
        if (agree(p + " edit " + k, sb.toString().getBytes(StandardCharsets.UTF_8)) != null) {
          accepted++;
        }
      }
    }
    assertThat(accepted).as("edited files read directly").isGreaterThan(1000);
  }

  @Test
  void theConstructsOfTheSubsetReadAsSnakeYamlReadsThem() {
    String[] docs = {
      "a: 1\nb: [x, 'y', \"z\"]\nc: {p: q, r: [1, 2]}\n",
      "a:\n  b:\n    c: d\n  e: f\ng: h\n",
      "list:\n- a\n- b\nafter: x\n",
      "list:\n  - a\n  -   b\n  - {k: v}\n  - [1, 2]\n",
      "claims:\n  - id: c1\n    subject: model\n  -   id: c2\n      note: two\n",
      "a:\nb:\n  # a comment\n\n  c:   # comment\n    d: e  # trailing\n",
      "x: it's a (test), [1] {2} ok? yes! & | % @ ~ $ ^\n",
      "x: 'it''s'\ny: ''\nz: \"\"\n",
      "q: \"d <= n\"\nr: δ ≤ n\ns: \\log n\n",
      "n: 0\nm: 123456789012345678\nk: 2*n\nf: n\ng: N0\nh: y\n",
      "- a\n- b: c\n  d: e\n- - x\n",
      "a: {}\nb: []\nc: { }\nd: [ a , b ]\n",
      "a:\n  - b:\n    - c\n    - d\n",
      "key:\n\n\n  value: 1\n",
      "a: 1\n   \n# end\n",
    };
    int accepted = 0;
    for (String d : docs) {
      if (agree(d, d.getBytes(StandardCharsets.UTF_8)) != null) {
        accepted++;
      }
    }
    assertThat(accepted).isGreaterThanOrEqualTo(docs.length - 2);
  }

  /**
   * {@link PlainYamlReader#mayBeWord} skips SnakeYAML's resolver for most names; wherever it
   * does, the resolver must say str. Checked on every case spelling of the YAML 1.1 words (all
   * of them at most 5 letters), every 1- and 2-character name and 200,000 random ones.
   */
  @Test
  void theResolverIsSkippedOnlyWhereItWouldSayString() {
    org.yaml.snakeyaml.resolver.Resolver resolver = new org.yaml.snakeyaml.resolver.Resolver();
    List<String> names = new ArrayList<>();
    for (String w : List.of("yes", "no", "true", "false", "on", "off", "null", "y", "n")) {
      for (int mask = 0; mask < 1 << w.length(); mask++) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < w.length(); i++) {
          char ch = w.charAt(i);
          sb.append((mask >> i & 1) == 1 ? Character.toUpperCase(ch) : ch);
        }
        names.add(sb.toString());
        names.add(sb + "x");
        names.add(sb + "1");
      }
    }
    String chars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-.";
    for (int i = 0; i < 52; i++) {
      names.add(chars.substring(i, i + 1));
      for (int j = 0; j < chars.length(); j++) {
        names.add("" + chars.charAt(i) + chars.charAt(j));
      }
    }
    Random rnd = new Random(5);
    for (int k = 0; k < 200_000; k++) {
      StringBuilder sb = new StringBuilder().append(chars.charAt(rnd.nextInt(52)));
      for (int len = rnd.nextInt(7); len > 0; len--) {
        sb.append(chars.charAt(rnd.nextInt(chars.length())));
      }
      names.add(sb.toString());
    }
    for (String name : names) {
      if (!PlainYamlReader.mayBeWord(name)) {
        assertThat(resolver.resolve(org.yaml.snakeyaml.nodes.NodeId.scalar, name, true))
            .as(name).isEqualTo(org.yaml.snakeyaml.nodes.Tag.STR);
      }
    }
  }

  @Test
  void whatTheSubsetLeavesOutIsDeclined() {
    String[] docs = {
      "a: &x 1\nb: *x\n", "a: !!str 1\n", "a: |\n  text\n", "a: b\n  c\n", "a: \"x\\ny\"\n",
      "a:\tb\n", "a: b\r\n", "---\na: b\n", "a: b\n...\n", "%YAML 1.1\n---\na: b\n",
      "a: [b,\n  c]\n", "a: 1\na: 2\n", "a: yes\n", "a: null\n", "a: ~\n", "a: 1.5\n",
      "a: 0x1F\n", "a: 010\n", "on: 1\n", "\"a\": 1\n", "? a\n: b\n", "a: b: c\n",
      "a: [b, ]\n", "a: {b}\n", "  a: b\n", "a: b #c\n  d\n", "a:b\n", "a: -1\n",
    };
    for (String d : docs) {
      assertThat(PlainYamlReader.read(d.getBytes(StandardCharsets.UTF_8))).as(d).isNull();
    }
  }
}
