package org.depthcert.report;

import com.fasterxml.jackson.databind.JsonNode;
import freemarker.template.TemplateModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The certificate JSON tree turned into what a template reads: plain maps, lists, strings and
 * booleans (no nulls: absent values are empty strings or false), plus markup built in Java:
 * formulas (MathML for HTML, the tool's own LaTeX for TeX) and pictures (SVG or TikZ). Text from
 * the spec stays plain strings, so the template's auto-escaping handles it.
 */
final class ReportModel {
  /** Which output the model is for: decides how formulas and pictures are made. */
  enum Flavour { HTML, TEX }

  private final Flavour flavour;
  /**
   * Each depth term's expanded form by its text, derived once per report: the derivations of a
   * wide block's critical paths meet the same arrivals again and again.
   */
  private final Map<String, JsonNode> expanded = new HashMap<>();

  private ReportModel(Flavour flavour) {
    this.flavour = flavour;
  }

  static Map<String, Object> build(JsonNode cert, Flavour flavour) {
    return new ReportModel(flavour).root(cert);
  }

  private Map<String, Object> root(JsonNode c) {
    Map<String, Object> m = new LinkedHashMap<>();
    JsonNode spec = c.path("spec");
    m.put("title", text(spec, "title"));
    m.put("source", prose(text(spec, "source")));
    m.put("description", prose(text(spec, "description")));
    m.put("file", text(spec, "file"));
    // a long path in typewriter type cannot break: allow a line break after each slash
    m.put("fileBreakable", flavour == Flavour.TEX
        ? tex(Latex.escape(text(spec, "file")).replace("/", "/\\allowbreak{}")) : "");
    m.put("specSha256", text(spec, "sha256"));
    m.put("catalogSha256", text(c.path("catalog"), "sha256"));
    m.put("specShaBreakable", breakableHash(text(spec, "sha256")));
    m.put("catalogShaBreakable", breakableHash(text(c.path("catalog"), "sha256")));
    m.put("tool", text(c.path("tool"), "name") + " " + text(c.path("tool"), "version"));
    m.put("certVersion", text(c, "certVersion"));
    m.put("verdict", text(c, "verdict"));
    // the certificate of a variant (a reading of the paper the spec declares) says which
    m.put("variant", text(c, "variant"));
    m.put("meaning", org.depthcert.check.VerdictWords.MEANING);
    m.put("headline", headline(c));
    m.put("parameters", parameters(c));
    List<String> assumptions = new ArrayList<>();
    c.path("assumptions").forEach(a -> assumptions.add(text(a, "text")));
    c.path("growth").forEach(g -> assumptions.add(text(g, "text")));
    m.put("assumptions", assumptions);
    m.put("constants", strings(c.path("constants")));
    m.put("userAssumptions", userAssumptions(c));
    JsonNode k = c.path("class");
    Map<String, Object> klass = new LinkedHashMap<>();
    klass.put("id", text(k, "id"));
    klass.put("statement", prose(text(k, "statement")));
    List<Object> premises = new ArrayList<>();
    k.path("premises").forEach(x -> premises.add(prose(x.asText())));
    klass.put("premises", premises);
    List<Map<String, Object>> corollaries = new ArrayList<>();
    for (JsonNode x : k.path("corollaries")) {
      corollaries.add(Map.of("statement", prose(text(x, "statement")), "reference",
          text(x, "reference")));
    }
    klass.put("corollaries", corollaries);
    m.put("klass", klass);
    JsonNode model = c.path("model");
    m.put("depth", term(model.path("depth")));
    m.put("composition", text(model, "composition"));
    m.put("compositionPicture", flavour == Flavour.HTML
        ? html(CompositionSvg.draw(model.path("items"))) : "");
    m.put("claims", claims(c));
    List<Map<String, Object>> findings = new ArrayList<>();
    for (JsonNode f : c.path("findings")) {
      findings.add(Map.of("claim", text(f, "claim"), "check", text(f, "check"), "severity",
          text(f, "severity"), "message", prose(text(f, "message"))));
    }
    m.put("findings", findings);
    Map<String, JsonNode> rules = new LinkedHashMap<>();
    c.path("rules").forEach(r -> rules.put(text(r, "id"), r));
    m.put("blocks", blocks(c, rules));
    JsonNode size = c.path("size");
    m.put("sizeGadgets", polynomial(size.path("gadgets")));
    m.put("sizeDegree", size.path("degreeInN").asText());
    m.put("sizeBound", size.path("bound").asText());
    List<Map<String, Object>> byKind = new ArrayList<>();
    size.path("byKind").properties().forEach(e -> byKind.add(Map.of("kind", e.getKey(),
        "size", polynomial(e.getValue()))));
    m.put("sizeByKind", byKind);
    List<Map<String, Object>> ruleList = new ArrayList<>();
    for (JsonNode r : rules.values()) {
      ruleList.add(Map.of("id", text(r, "id"), "number", text(r, "number"), "title",
          text(r, "title"), "cites", text(r, "cites"), "kind", text(r, "kind"), "depth",
          term(r.path("depth"))));
    }
    m.put("rules", ruleList);
    return m;
  }

  /**
   * One sentence a reader takes in at a glance: how many claims hold, and which ones fail or are
   * undecided, by their paper labels.
   */
  static String headline(JsonNode c) {
    int total = c.path("claims").size();
    List<String> fails = new ArrayList<>();
    List<String> undecided = new ArrayList<>();
    for (JsonNode cl : c.path("claims")) {
      String v = text(cl, "verdict");
      if (v.equals("FAILS")) {
        fails.add(text(cl, "id"));
      } else if (v.equals("UNDECIDED")) {
        undecided.add(text(cl, "id"));
      }
    }
    if (total == 0) {
      return "No claims to check";
    }
    if (!fails.isEmpty()) {
      return fails.size() + " of " + total + (total == 1 ? " claim" : " claims")
          + (fails.size() == 1 ? " fails: " : " fail: ") + String.join(", ", fails);
    }
    if (!undecided.isEmpty()) {
      return (total == 1 ? "The claim is undecided: " : "None of " + total
          + " claims fails; undecided: ") + String.join(", ", undecided);
    }
    return total == 1 ? "The claim holds" : "All " + total + " claims hold";
  }

  private List<Map<String, Object>> parameters(JsonNode c) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (JsonNode p : c.path("parameters")) {
      out.add(Map.of("name", text(p, "name"), "kind", text(p, "kind"), "meaning",
          text(p, "meaning"), "assume", text(p, "assume"), "growth", text(p, "growth")));
    }
    return out;
  }

  private List<Map<String, Object>> claims(JsonNode c) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (JsonNode cl : c.path("claims")) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", text(cl, "id"));
      m.put("subject", text(cl, "subject"));
      m.put("subjectBreakable", flavour == Flavour.TEX ? Markup.texPath(text(cl, "subject")) : "");
      m.put("idBreakable", flavour == Flavour.TEX ? Markup.texAnywhere(text(cl, "id")) : "");
      m.put("source", prose(text(cl, "source")));
      m.put("note", prose(text(cl, "note")));
      m.put("verdict", text(cl, "verdict"));
      m.put("statedAsWritten", text(cl, "statedAsWritten"));
      m.put("statedWritten", asWritten(text(cl, "statedAsWritten")));
      m.put("hasStated", cl.has("stated"));
      m.put("stated", cl.has("stated") ? term(cl.path("stated")) : Map.of());
      m.put("computed", term(cl.path("computed")));
      boolean slack = cl.has("slack") && !Markup.ascii(cl.path("slack")).equals("0");
      m.put("hasSlack", slack);
      m.put("slack", slack ? polynomial(cl.path("slack")) : Map.of());
      boolean excess = cl.has("excess") && !Markup.ascii(cl.path("excess")).equals("0");
      m.put("hasExcess", excess);
      m.put("excess", excess ? polynomial(cl.path("excess")) : Map.of());
      List<Map<String, Object>> termSlacks = new ArrayList<>();
      for (Map<String, JsonNode> t : TermSlacks.of(cl)) {
        termSlacks.add(Map.of("term", polynomial(t.get("term")), "slack",
            polynomial(t.get("slack"))));
      }
      m.put("termSlacks", termSlacks);
      m.put("holdsIf", text(cl, "holdsIf"));
      m.put("holdsIfWords", Markup.holdsIfWords(text(cl.path("holdsIfCheck"), "kind")));
      m.put("counterexample", point(cl.path("counterexample")));
      m.put("claimedClass", text(cl, "claimedClass"));
      m.put("classVerdict", text(cl, "classVerdict"));
      out.add(m);
    }
    return out;
  }

  private List<Map<String, Object>> blocks(JsonNode c, Map<String, JsonNode> rules) {
    List<Map<String, Object>> out = new ArrayList<>();
    int index = 0;
    for (JsonNode b : c.path("blocks")) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("name", text(b, "name"));
      m.put("title", text(b, "title"));
      m.put("opaque", b.path("opaque").asBoolean());
      m.put("depth", term(b.path("depth")));
      if (b.path("opaque").asBoolean()) {
        m.put("picture", "");
        m.put("pictureOmits", "");
        m.put("paths", List.of());
        m.put("nodes", List.of());
        out.add(m);
        continue;
      }
      BlockGraph g = BlockGraph.of(b);
      DrawingSelection.Drawing drawing = DrawingSelection.of(g);
      m.put("picture", flavour == Flavour.HTML
          ? html(SvgDag.draw(drawing.graph(), "b" + index + "-"))
          : tex(TikzDag.draw(drawing.graph())));
      m.put("pictureOmits", drawing.omitted());
      List<Map<String, Object>> paths = new ArrayList<>();
      for (BlockGraph.Path p : g.paths) {
        paths.add(Map.of("number", String.valueOf(p.index() + 1), "colour", p.colour(),
            "texColour", tex(TikzDag.colour(p.colour())), "term", polynomial(p.term()),
            "route", String.join(" \u2192 ", p.ids()), "steps", derivation(b, p.ids())));
      }
      m.put("paths", paths);
      List<Map<String, Object>> nodes = new ArrayList<>();
      for (JsonNode n : b.path("nodes")) {
        nodes.add(node(n, rules.get(text(n, "rule")), g));
      }
      m.put("nodes", nodes);
      out.add(m);
      index++;
    }
    return out;
  }

  private Map<String, Object> node(JsonNode n, JsonNode rule, BlockGraph g) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", text(n, "name"));
    m.put("op", text(n, "op"));
    m.put("shape", Shapes.text(n.path("shape")));
    m.put("lemma", text(n, "lemma"));
    m.put("rule", text(n, "rule"));
    m.put("ruleTitle", rule == null ? "" : text(rule, "title"));
    m.put("cites", rule == null ? "" : text(rule, "cites"));
    m.put("mode", text(n, "mode"));
    m.put("note", text(n, "note"));
    m.put("local", term(n.path("local")));
    m.put("arrival", term(n.path("arrival")));
    m.put("critical", g.isCritical(text(n, "name")));
    List<String> by = new ArrayList<>();
    n.path("attainedBy").forEach(a -> {
      String i = text(a, "input");
      if (!by.contains(i)) {
        by.add(i);
      }
    });
    m.put("attainedBy", String.join(", ", by));
    List<Map<String, Object>> sides = new ArrayList<>();
    for (JsonNode s : n.path("sideConditions")) {
      sides.add(Map.of("hypothesis", text(s, "hypothesis"), "instantiated",
          text(s, "instantiated"), "status", text(s, "status"), "detail", text(s, "detail")));
    }
    m.put("sideConditions", sides);
    m.put("violated", sides.stream().anyMatch(s -> !"DISCHARGED".equals(s.get("status"))));
    return m;
  }

  /**
   * The depth derivation along one critical path: at each node after the first, the term that
   * arrives from the previous node plus the node's local term. The certificate's attainedBy
   * entries say which input attains which term; we follow the one whose input term is the
   * previous step's term.
   */
  private List<Map<String, Object>> derivation(JsonNode block, List<String> ids) {
    Map<String, JsonNode> nodes = new LinkedHashMap<>();
    block.path("nodes").forEach(n -> nodes.put(text(n, "name"), n));
    List<Map<String, Object>> steps = new ArrayList<>();
    String prevTerm = "0";
    for (int i = 1; i < ids.size(); i++) {
      JsonNode n = nodes.get(ids.get(i));
      if (n == null) {
        break;
      }
      // witness k is of arrival term k; its input and local terms are positions (format "2")
      JsonNode arrival = expanded(n.path("arrival")).path("max");
      JsonNode local = expanded(n.path("local")).path("max");
      JsonNode from = nodes.containsKey(ids.get(i - 1))
          ? expanded(nodes.get(ids.get(i - 1)).path("arrival")).path("max") : null;
      int chosen = -1;
      for (int k = 0; k < n.path("attainedBy").size(); k++) {
        JsonNode a = n.path("attainedBy").get(k);
        if (text(a, "input").equals(ids.get(i - 1))) {
          String inputTerm = from == null ? "0"
              : text(from.path(a.path("inputTerm").asInt()), "ascii");
          if (chosen < 0 || inputTerm.equals(prevTerm)) {
            chosen = k;
          }
        }
      }
      if (chosen < 0) {
        break;
      }
      prevTerm = text(arrival.path(chosen), "ascii");
      steps.add(Map.of("node", text(n, "name"), "op", text(n, "op"), "lemma",
          text(n, "lemma"), "from", ids.get(i - 1), "local", polynomial(local.path(
              n.path("attainedBy").get(chosen).path("localTerm").asInt())),
          "arrival", polynomial(arrival.path(chosen))));
    }
    return steps;
  }

  /**
   * A SHA-256 for {@code \\texttt}: 64 hex digits do not fit a narrow column, so a line may break
   * after every 16. Anything that is not a hex digest is only escaped.
   */
  private static TemplateModel breakableHash(String hash) {
    return tex(hash.matches("[0-9a-f]{64}") ? hash.replaceAll("(\\w{16})(?=\\w)",
        "$1\\\\allowbreak{}") : Latex.escape(hash));
  }

  /**
   * Text with math in it (between dollars, or notation such as {@code TC^0}) as markup for this
   * flavour; everything else in it escaped (see {@link ProseMath}).
   */
  private TemplateModel prose(String text) {
    return Markup.prose(text, flavour);
  }

  /**
   * A bound as the paper prints it (its LaTeX source), typeset as math when it is within
   * {@link SafeMath}'s subset, else shown as code.
   */
  private TemplateModel asWritten(String source) {
    var f = SafeMath.parse(source);
    if (flavour == Flavour.HTML) {
      return html(f.map(SafeMath.Formula::mathml)
          .orElse("<code>" + Xml.escape(source) + "</code>"));
    }
    return tex(f.map(x -> "$" + x.latex() + "$")
        .orElse("\\texttt{" + Latex.escape(source) + "}"));
  }

  private JsonNode expanded(JsonNode term) {
    return term.isTextual() ? expanded.computeIfAbsent(term.textValue(),
        k -> Markup.expandedTerm(term)) : term;
  }

  private Map<String, Object> term(JsonNode t) {
    return Markup.term(expanded(t), flavour);
  }

  private Map<String, Object> polynomial(JsonNode p) {
    return Markup.polynomial(p, flavour);
  }

  private static String point(JsonNode p) {
    if (!p.isObject()) {
      return "";
    }
    return p.properties().stream().map(e -> e.getKey() + " = " + e.getValue().asText())
        .collect(Collectors.joining(", "));
  }

  /** Depth constants and gadget kinds from lemma files, with the file and its hash. */
  private static List<Map<String, Object>> userAssumptions(JsonNode c) {
    List<Map<String, Object>> list = new ArrayList<>();
    for (JsonNode u : c.path("userAssumptions")) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("name", text(u, "name"));
      m.put("kind", text(u, "kind"));
      m.put("text", text(u, "text"));
      m.put("file", text(u, "file"));
      m.put("line", String.valueOf(u.path("line").asInt()));
      m.put("sha256", text(u, "sha256"));
      m.put("sha256Start", text(u, "sha256").substring(0, Math.min(16, text(u, "sha256")
          .length())));
      list.add(m);
    }
    return list;
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(x -> out.add(x.asText()));
    return out;
  }

  private static String text(JsonNode o, String field) {
    JsonNode v = o.path(field);
    return v.isValueNode() ? v.asText() : "";
  }

  private static TemplateModel html(String markup) {
    return Markup.html(markup);
  }

  private static TemplateModel tex(String markup) {
    return Markup.tex(markup);
  }
}
