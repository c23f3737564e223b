package org.depthcert.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The verifier shares no code with the engine: no compiled class of it names a class of the
 * engine's packages (class references are UTF-8 names in the constant pool, so a byte search of
 * the class files finds every one). A class name starts with a capital letter, which tells a
 * reference such as {@code org/depthcert/lemmas/LemmaCatalog} from the resource folder
 * {@code /org/depthcert/lemmas/} the verifier's own catalog reader finds index.txt in.
 */
class IndependenceTest {
  private static final List<String> ENGINE = List.of("org/depthcert/algebra",
      "org/depthcert/fold", "org/depthcert/spec", "org/depthcert/rules", "org/depthcert/check",
      "org/depthcert/expr", "org/depthcert/cert", "org/depthcert/cli", "org/depthcert/lemmas");

  @Test
  void noVerifierClassReferencesTheEngine() throws Exception {
    Path classes = Paths.get(Verifier.class.getProtectionDomain().getCodeSource().getLocation()
        .toURI());
    List<Path> files;
    try (Stream<Path> s = Files.walk(classes)) {
      files = s.filter(p -> p.toString().endsWith(".class")).toList();
    }
    assertThat(files).as("compiled verifier classes").hasSizeGreaterThan(10);
    assertThat(files).as("the verifier's own spec reader is among them")
        .anyMatch(p -> p.endsWith(Path.of("spec", "SpecReader.class")));
    for (Path f : files) {
      String text = read(f);
      assertThat(text).as(f.toString()).contains("org/depthcert/verifier");
      for (String engine : ENGINE) {
        assertThat(text).as(f + " references " + engine)
            .doesNotContainPattern(java.util.regex.Pattern.quote(engine) + "/[A-Z]");
      }
    }
  }

  @Test
  void theModulePomDependsOnNoOtherDepthcertModule() throws Exception {
    // Surefire and pitest run in the module directory; the only org.depthcert coordinates in
    // the pom are the parent's and the module's own.
    String pom = Files.readString(Paths.get("pom.xml"));
    assertThat(pom).contains("<artifactId>depthcert-verifier</artifactId>");
    assertThat(pom.split("<groupId>org.depthcert</groupId>", -1)).hasSize(2);
    assertThat(pom).doesNotContain("depthcert-core").doesNotContain("depthcert-lemmas");
  }

  private static String read(Path f) throws IOException {
    return new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
  }
}
