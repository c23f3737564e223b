import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The last line of {@code mvn verify}: how many tests ran in the whole reactor and which checks
 * were skipped, and why (a test skips itself with an assumption when a tool such as pdflatex or
 * Chromium is missing). Reads every module's Surefire XML reports under ROOT. With the
 * environment variable CI=true a skipped check fails the build (CI installs every tool, so a
 * skip there means a check silently stopped running).
 *
 * <p>Run by the cli module (the last in the reactor) in the verify phase as a single-file Java
 * program: {@code java build-support/SkippedChecks.java ROOT}. Exit 0, or 1 when CI=true and
 * something was skipped.
 */
public class SkippedChecks {
  public static void main(String[] args) throws Exception {
    Path root = Path.of(args.length > 0 ? args[0] : ".");
    int tests = 0;
    Map<String, Integer> reasons = new TreeMap<>();
    List<Path> reports = new ArrayList<>();
    try (Stream<Path> modules = Files.list(root)) {
      for (Path m : modules.sorted().toList()) {
        Path dir = m.resolve("target").resolve("surefire-reports");
        if (Files.isDirectory(dir)) {
          try (Stream<Path> files = Files.list(dir)) {
            files.filter(f -> f.getFileName().toString().matches("TEST-.*\\.xml")).sorted()
                .forEach(reports::add);
          }
        }
      }
    }
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    for (Path report : reports) {
      NodeList cases = factory.newDocumentBuilder().parse(report.toFile())
          .getElementsByTagName("testcase");
      for (int i = 0; i < cases.getLength(); i++) {
        tests++;
        NodeList skipped = ((Element) cases.item(i)).getElementsByTagName("skipped");
        if (skipped.getLength() > 0) {
          String why = ((Element) skipped.item(0)).getAttribute("message")
              .replaceFirst("^Assumption failed: ", "").replaceAll("\\s+", " ").strip();
          reasons.merge(why.isEmpty() ? "no reason given" : why, 1, Integer::sum);
        }
      }
    }
    int skippedCount = reasons.values().stream().mapToInt(Integer::intValue).sum();
    boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
    if (reports.isEmpty()) {
      System.out.println("depthcert checks: no test reports found under " + root);
    } else if (skippedCount == 0) {
      System.out.println("depthcert checks: all " + tests + " tests ran, none skipped");
    } else {
      List<String> parts = new ArrayList<>();
      reasons.forEach((why, n) -> parts.add(n + " x " + why));
      System.out.println("depthcert checks: " + (tests - skippedCount) + " of " + tests
          + " tests ran; " + skippedCount + " SKIPPED" + (ci ? " (fails the build: CI=true)" : "")
          + ": " + String.join("; ", parts));
    }
    System.exit(ci && skippedCount > 0 ? 1 : 0);
  }
}
