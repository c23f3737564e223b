package org.depthcert.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.depthcert.algebra.Polynomial;
import org.depthcert.expr.FormulaParser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Both renderings of every sample, checked against the certificate they come from. */
class ReportsTest {
  static Stream<Path> specs() {
    return Stream.concat(Certificates.samples().stream(), Stream.of(Certificates.INJECTION));
  }

  @ParameterizedTest
  @MethodSource("specs")
  void sameInputGivesIdenticalBytes(Path spec) {
    // two independent runs of the whole pipeline, as two CLI invocations would do
    ObjectNode first = Certificates.certify(spec);
    ObjectNode second = Certificates.certify(spec);
    assertThat(Reports.html(second)).isEqualTo(Reports.html(first));
    assertThat(Reports.latex(second, false)).isEqualTo(Reports.latex(first, false));
    assertThat(Reports.latex(second, true)).isEqualTo(Reports.latex(first, true));
  }

  @ParameterizedTest
  @MethodSource("specs")
  void htmlShowsTheVerdictEveryClaimAndEachCriticalNodeInThePicture(Path spec) {
    ObjectNode cert = Certificates.cached(spec);
    String html = Reports.html(cert);
    assertThat(html).contains("<header class=\"banner v-" + cert.path("verdict").asText() + "\">")
        .doesNotContainIgnoringCase("<script");
    for (JsonNode claim : cert.path("claims")) {
      assertThat(html).contains("<span class=\"badge v-" + claim.path("verdict").asText());
    }
    int drawn = 0;
    int critical = 0;
    for (JsonNode b : cert.path("blocks")) {
      if (b.path("opaque").asBoolean()) {
        continue;
      }
      drawn++;
      Set<String> onPaths = new TreeSet<>();
      b.path("criticalPaths").forEach(p -> p.path("nodes").forEach(n -> onPaths.add(n.asText())));
      critical += onPaths.size();
    }
    assertThat(count(html, "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"dag\"")).isEqualTo(drawn);
    assertThat(count(html, "<g class=\"node critical\">")).isEqualTo(critical);
  }

  @ParameterizedTest
  @MethodSource("specs")
  void derivationAlongEachCriticalPathAddsUpToThePathsTerm(Path spec) {
    ObjectNode cert = Certificates.cached(spec);
    Map<String, Object> model = ReportModel.build(cert, ReportModel.Flavour.TEX);
    FormulaParser parser = parser(cert);
    int paths = 0;
    for (Object b : (List<?>) model.get("blocks")) {
      for (Object p : (List<?>) ((Map<?, ?>) b).get("paths")) {
        Map<?, ?> path = (Map<?, ?>) p;
        Polynomial sum = Polynomial.ZERO;
        List<?> steps = (List<?>) path.get("steps");
        for (Object s : steps) {
          sum = sum.plus(parser.parsePolynomial(ascii(((Map<?, ?>) s).get("local"))));
        }
        Polynomial term = parser.parsePolynomial(ascii(path.get("term")));
        assertThat(sum).as("sum of local depths along path %s", path.get("route")).isEqualTo(term);
        assertThat(parser.parsePolynomial(ascii(((Map<?, ?>) steps.get(steps.size() - 1))
            .get("arrival")))).isEqualTo(term);
        paths++;
      }
    }
    assertThat(paths).isPositive();
  }

  private static String ascii(Object formula) {
    return (String) ((Map<?, ?>) formula).get("ascii");
  }

  private static FormulaParser parser(JsonNode cert) {
    Set<String> symbols = new TreeSet<>();
    cert.path("parameters").forEach(p -> symbols.add(p.path("name").asText()));
    cert.path("constants").forEach(c -> symbols.add(c.asText()));
    return new FormulaParser(symbols);
  }

  static int count(String haystack, String needle) {
    Matcher m = Pattern.compile(Pattern.quote(needle)).matcher(haystack);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
