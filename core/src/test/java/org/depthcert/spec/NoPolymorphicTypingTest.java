package org.depthcert.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No Jackson polymorphic ("default") typing anywhere in the project's main code (issue 5): with it,
 * a crafted input names a class to instantiate, the root of Jackson's deserialisation gadget
 * CVEs. The project reads inputs as trees only; this scan keeps it that way.
 */
class NoPolymorphicTypingTest {
  /** Calls and annotations that turn on class names taken from the input. */
  static final Pattern FORBIDDEN = Pattern.compile("activateDefaultTyping|enableDefaultTyping"
      + "|activateDefaultTypingAsProperty|@JsonTypeInfo|JsonTypeInfo\\.Id\\.CLASS"
      + "|JsonTypeInfo\\.Id\\.MINIMAL_CLASS|DefaultTyping\\.|PolymorphicTypeValidator"
      + "|@JsonSubTypes|enableDefaultTypingAsProperty");

  /** The project root, seen from a module's directory (Surefire's working directory). */
  private static final Path ROOT = Path.of("..");

  static List<String> offences(String source) {
    List<String> found = new ArrayList<>();
    String[] lines = source.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (FORBIDDEN.matcher(lines[i]).find()) {
        found.add((i + 1) + ": " + lines[i].strip());
      }
    }
    return found;
  }

  static List<Path> mainSources() {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> modules = Files.list(ROOT)) {
      for (Path module : modules.sorted().toList()) {
        Path src = module.resolve("src/main/java");
        if (Files.isDirectory(src)) {
          try (Stream<Path> walk = Files.walk(src)) {
            walk.filter(p -> p.toString().endsWith(".java")).sorted().forEach(files::add);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  @Test
  void theScanRecognisesEveryWayOfTurningPolymorphicTypingOn() {
    assertThat(offences("mapper.activateDefaultTyping(ptv);")).hasSize(1);
    assertThat(offences("m.enableDefaultTyping(ObjectMapper.DefaultTyping.NON_FINAL);"))
        .hasSize(1);
    assertThat(offences("@JsonTypeInfo(use = JsonTypeInfo.Id.CLASS)\nclass A {}"))
        .containsExactly("1: @JsonTypeInfo(use = JsonTypeInfo.Id.CLASS)");
    assertThat(offences("JsonNode root = tree.root();")).isEmpty();
  }

  @Test
  void noMainSourceOfAnyModuleTurnsItOn() throws IOException {
    List<Path> files = mainSources();
    // the core and cli modules at least: an empty scan would pass vacuously
    assertThat(files).anyMatch(p -> p.endsWith("LocatedTree.java"))
        .anyMatch(p -> p.endsWith("Main.java"));
    List<String> all = new ArrayList<>();
    for (Path f : files) {
      for (String o : offences(Files.readString(f, StandardCharsets.UTF_8))) {
        all.add(f + ":" + o);
      }
    }
    assertThat(all).isEmpty();
  }
}
