package org.depthcert.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.depthcert.check.VerdictWords;

/**
 * The audit JSON tree ({@code AuditReport.build}, docs/audit.md) turned into what the audit
 * templates read: plain maps, lists, strings and booleans, no nulls, with formulas as markup
 * built in Java ({@link Markup}). Text from the paper (title, ids, messages) stays plain strings,
 * so the templates' auto-escaping handles it.
 */
final class AuditModel {
  private static final List<String> SEVERITIES = List.of("error", "warning", "info");

  private final ReportModel.Flavour flavour;

  private AuditModel(ReportModel.Flavour flavour) {
    this.flavour = flavour;
  }

  static Map<String, Object> build(JsonNode audit, ReportModel.Flavour flavour) {
    return new AuditModel(flavour).root(audit);
  }

  private Map<String, Object> root(JsonNode a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("title", Markup.text(a, "title"));
    m.put("source", Markup.text(a, "source"));
    m.put("file", Markup.text(a, "spec"));
    m.put("fileTex", Markup.texPath(Markup.text(a, "spec")));
    m.put("tool", Markup.text(a, "tool") + " " + Markup.text(a, "version"));
    m.put("verdict", Markup.text(a, "verdict"));
    m.put("headline", headline(a));
    m.put("meaning", VerdictWords.MEANING);
    List<Map<String, Object>> archs = new ArrayList<>();
    for (JsonNode x : a.path("architectures")) {
      List<Map<String, Object>> readings = new ArrayList<>();
      for (JsonNode r : x.path("readings")) {
        readings.add(Map.of("variant", Markup.text(r, "variant"), "reading",
            Markup.text(r, "reading"), "description", Markup.text(r, "description"), "reason",
            Markup.text(r, "reason"), "depth",
            Markup.text(r, "depth")));
      }
      Map<String, Object> arch = new LinkedHashMap<>();
      arch.put("key", Markup.text(x, "key"));
      arch.put("name", Markup.text(x, "name"));
      arch.put("spec", Markup.text(x, "spec"));
      arch.put("specTex", Markup.texPath(Markup.text(x, "spec")));
      arch.put("depth", Markup.text(x, "depth"));
      arch.put("klass", Markup.text(x, "class"));
      arch.put("sizeDegree", Markup.text(x, "sizeDegree"));
      // the spec's readings of the paper, shown when there is more than one
      arch.put("readings", readings.size() > 1 ? readings : List.of());
      archs.add(arch);
    }
    m.put("architectures", archs);
    List<Map<String, Object>> groups = groups(a, flavour);
    Map<String, String> anchorOf = new LinkedHashMap<>();
    Map<String, String> countsOf = new LinkedHashMap<>();
    groups.forEach(g -> anchorOf.put((String) g.get("claim"), (String) g.get("anchor")));
    groups.forEach(g -> countsOf.put((String) g.get("claim"), (String) g.get("counts")));
    List<Map<String, Object>> claims = new ArrayList<>();
    List<Map<String, Object>> failing = new ArrayList<>();
    for (JsonNode c : a.path("claims")) {
      Map<String, Object> row = claim(c, anchorOf.getOrDefault(Markup.text(c, "id"), ""));
      row.put("anchor", "claim-" + claims.size());
      row.put("findingsCounts", countsOf.getOrDefault(Markup.text(c, "id"), ""));
      claims.add(row);
      if (Markup.text(c, "verdict").equals("FAILS")) {
        failing.add(row);
      }
    }
    m.put("claims", claims);
    m.put("failing", failing);
    m.put("groups", groups);
    m.put("errorsIn", errorsIn(a));
    return m;
  }

  /**
   * The verdict line of {@code audit}'s text table, without the verdict word: "1 of 29
   * statements fail; 4 errors, 19 warnings, 9 notes".
   */
  static String headline(JsonNode a) {
    long failing = 0;
    for (JsonNode c : a.path("claims")) {
      if (Markup.text(c, "verdict").equals("FAILS")) {
        failing++;
      }
    }
    JsonNode s = a.path("summary");
    return failing + " of " + a.path("claims").size() + " statements fail; "
        + s.path("error").asLong() + " errors, " + s.path("warning").asLong() + " warnings, "
        + s.path("info").asLong() + " notes";
  }

  private Map<String, Object> claim(JsonNode c, String findingsAnchor) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", Markup.text(c, "id"));
    m.put("kind", Markup.text(c, "kind"));
    m.put("section", Markup.text(c, "section"));
    m.put("architecture", Markup.text(c, "architecture"));
    m.put("subject", Markup.text(c, "subject"));
    m.put("line", Markup.text(c, "line"));
    m.put("verdict", Markup.text(c, "verdict"));
    m.put("stated", Markup.text(c, "stated"));
    m.put("computed", Markup.text(c, "computed"));
    boolean statedTerm = c.path("statedTerm").isObject();
    boolean computedTerm = c.path("computedTerm").isObject();
    m.put("hasStatedTerm", statedTerm);
    m.put("statedTerm", statedTerm ? Markup.term(c.path("statedTerm"), flavour) : Map.of());
    m.put("hasComputedTerm", computedTerm);
    m.put("computedTerm", computedTerm ? Markup.term(c.path("computedTerm"), flavour)
        : Map.of());
    m.put("statedAsWritten", Markup.text(c, "statedAsWritten"));
    m.put("claimedClass", Markup.text(c, "claimedClass"));
    m.put("computedClass", Markup.text(c, "computedClass"));
    String slack = Markup.text(c, "slack");
    m.put("slack", slack.equals("0") ? "" : slack);
    m.put("holdsIf", Markup.text(c, "holdsIf"));
    m.put("holdsIfWords", Markup.holdsIfWords(Markup.text(c, "holdsIfKind")));
    m.put("counterexample", point(c.path("counterexample")));
    m.put("findingsAnchor", findingsAnchor);
    // which construction the verdict is about, and the verdict in every reading
    m.put("construction", Markup.text(c, "construction"));
    m.put("reading", Markup.text(c, "reading"));
    m.put("readingSummary", Markup.text(c, "readingSummary"));
    List<Map<String, Object>> readings = new ArrayList<>();
    for (JsonNode r : c.path("readings")) {
      List<String> detail = new ArrayList<>();
      String rs = Markup.text(r, "slack");
      if (!rs.isEmpty() && !rs.equals("0")) {
        detail.add("slack " + rs);
      }
      if (r.path("counterexample").isObject()) {
        detail.add("counterexample " + point(r.path("counterexample")));
      }
      if (!Markup.text(r, "holdsIf").isEmpty()) {
        detail.add(Markup.holdsIfWords(Markup.text(r, "holdsIfKind")) + " "
            + Markup.text(r, "holdsIf"));
      }
      readings.add(Map.of("reading", Markup.text(r, "reading"), "verdict",
          Markup.text(r, "verdict"), "computed", Markup.text(r, "computed"), "detail",
          String.join("; ", detail)));
    }
    m.put("readings", readings.size() > 1 && !Markup.text(c, "readingSummary").isEmpty()
        ? readings : List.of());
    return m;
  }

  /**
   * The findings grouped by claim, in the order the audit gives them (paper order), errors first
   * within a group (a stable sort keeps the checks' order otherwise); each group with the
   * claim's verdict when the claim is a row of the table, and an anchor to link to.
   */
  private static List<Map<String, Object>> groups(JsonNode a, ReportModel.Flavour flavour) {
    Map<String, String> verdicts = new LinkedHashMap<>();
    a.path("claims").forEach(c -> verdicts.put(Markup.text(c, "id"), Markup.text(c, "verdict")));
    Map<String, List<Map<String, Object>>> byClaim = new LinkedHashMap<>();
    for (JsonNode f : a.path("findings")) {
      byClaim.computeIfAbsent(Markup.text(f, "claim"), k -> new ArrayList<>())
          .add(Map.of("severity", Markup.text(f, "severity"), "check", Markup.text(f, "check"),
              "message", Markup.prose(Markup.text(f, "message"), flavour), "line",
              Markup.text(f, "line"), "about", Markup.text(f, "about")));
    }
    List<Map<String, Object>> out = new ArrayList<>();
    for (Map.Entry<String, List<Map<String, Object>>> e : byClaim.entrySet()) {
      Map<String, Object> g = new LinkedHashMap<>();
      g.put("claim", e.getKey());
      g.put("anchor", "findings-" + out.size());
      g.put("verdict", verdicts.getOrDefault(e.getKey(), ""));
      // most severe first, so that a group's first line says the worst about the statement
      List<Map<String, Object>> sorted = new ArrayList<>(e.getValue());
      sorted.sort(Comparator.comparingInt(f -> SEVERITIES.indexOf((String) f.get("severity"))));
      g.put("findings", sorted);
      g.put("counts", counts(e.getValue()));
      out.add(g);
    }
    return out;
  }

  /** "2 errors, 1 warning" for a group's findings, most severe first. */
  private static String counts(List<Map<String, Object>> findings) {
    List<String> parts = new ArrayList<>();
    String[][] kinds = {{"error", "error", "errors"}, {"warning", "warning", "warnings"},
        {"info", "note", "notes"}};
    for (String[] k : kinds) {
      long n = findings.stream().filter(f -> f.get("severity").equals(k[0])).count();
      if (n > 0) {
        parts.add(n + " " + (n == 1 ? k[1] : k[2]));
      }
    }
    return String.join(", ", parts);
  }

  /**
   * The claims with an error finding, each with the checks that found it: "Lemma 5.2
   * (proof-arithmetic)". After the failing statements this is what a reader wants to see first:
   * which proofs are wrong, even where the statement itself holds.
   */
  private static List<Map<String, Object>> errorsIn(JsonNode a) {
    Map<String, List<String>> checks = new LinkedHashMap<>();
    Map<String, String> anchors = new LinkedHashMap<>();
    List<String> claimsInOrder = new ArrayList<>();
    for (JsonNode f : a.path("findings")) {
      String claim = Markup.text(f, "claim");
      if (!claimsInOrder.contains(claim)) {
        anchors.put(claim, "findings-" + claimsInOrder.size());
        claimsInOrder.add(claim);
      }
      if (!Markup.text(f, "severity").equals("error")) {
        continue;
      }
      List<String> list = checks.computeIfAbsent(claim, k -> new ArrayList<>());
      if (!list.contains(Markup.text(f, "check"))) {
        list.add(Markup.text(f, "check"));
      }
    }
    List<Map<String, Object>> out = new ArrayList<>();
    checks.forEach((claim, list) -> out.add(Map.of("claim", claim, "checks",
        String.join(", ", list), "anchor", anchors.get(claim))));
    return out;
  }

  private static String point(JsonNode p) {
    if (!p.isObject()) {
      return "";
    }
    return p.properties().stream().map(e -> e.getKey() + " = " + e.getValue().asText())
        .collect(Collectors.joining(", "));
  }
}
