package org.depthcert.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.depthcert.algebra.DepthTerm;
import org.depthcert.algebra.Polynomial;
import org.depthcert.spec.Fields;
import org.depthcert.spec.Formulas;
import org.depthcert.spec.LocatedTree;
import org.depthcert.spec.Parameter;
import org.depthcert.spec.Spec;
import org.depthcert.spec.SpecReader;

/**
 * Reads a paper file (docs/audit.md): its architectures (specs by path relative to the paper
 * file) and its results. Formulas are parsed with the symbols of the result's architecture; every
 * error names the paper file, the line and the path.
 */
public final class PaperReader {
  private static final Set<String> TOP = Set.of("title", "source", "architectures", "results");
  private static final Set<String> ARCH = Set.of("spec", "name");
  private static final Set<String> RESULT = Set.of("id", "kind", "section", "architecture",
      "subject", "statement", "proof", "cites", "inclusions", "source", "note", "definition",
      "given", "introduces");
  private static final Set<String> STATEMENT =
      Set.of("depth", "class", "premises", "problem", "complete", "names", "assumes");
  private static final Set<String> PROOF = Set.of("steps", "total", "bound");
  private static final Set<String> STEP =
      Set.of("computes", "cites", "depth", "times", "nodes", "uses");
  private static final Set<String> KINDS =
      Set.of("lemma", "theorem", "corollary", "fact", "proposition", "remark", "definition");

  private PaperReader() {}

  public static Paper read(Path file) {
    LocatedTree tree = LocatedTree.read(file);
    Fields f = new Fields(tree);
    JsonNode root = tree.root();
    if (!root.isObject()) {
      throw f.error("", "a paper file is a mapping with title, architectures and results");
    }
    f.onlyFields(root, "", TOP);
    LinkedHashMap<String, Architecture> archs = new LinkedHashMap<>();
    JsonNode archNode = f.object(root, "", "architectures", true);
    Path dir = file.toAbsolutePath().getParent();
    for (Map.Entry<String, JsonNode> e : f.entries(archNode)) {
      String p = Fields.child("architectures", e.getKey());
      if (!e.getValue().isObject()) {
        throw f.error(p, "expected {spec: path/to/spec.yaml, name: ...}");
      }
      f.onlyFields(e.getValue(), p, ARCH);
      String specPath = f.text(e.getValue(), p, "spec", true);
      Path resolved = file.getParent() == null ? Path.of(specPath)
          : file.getParent().resolve(specPath).normalize();
      if (!resolved.toAbsolutePath().normalize().toFile().isFile()) {
        throw f.error(Fields.child(p, "spec"), "no spec file " + resolved + " (paths are "
            + "relative to the paper file, in " + dir + ")");
      }
      Spec spec = SpecReader.read(resolved);
      archs.put(e.getKey(), new Architecture(e.getKey(),
          f.text(e.getValue(), p, "name", false).isEmpty() ? spec.title()
              : f.text(e.getValue(), p, "name", false), spec, p));
    }
    List<PaperResult> results = new ArrayList<>();
    JsonNode list = f.array(root, "", "results", true);
    Set<String> ids = new TreeSet<>();
    for (int i = 0; i < list.size(); i++) {
      String p = Fields.index("results", i);
      PaperResult r = result(f, list.get(i), p, archs);
      if (!ids.add(r.id())) {
        throw f.error(Fields.child(p, "id"), "duplicate result id '" + r.id() + "'");
      }
      results.add(r);
    }
    for (PaperResult r : results) {
      checkReferences(f, r, archs);
      checkDefinitionLinks(f, r, results, archs);
    }
    return new Paper(tree.file(), f.text(root, "", "title", true),
        f.text(root, "", "source", false), archs, List.copyOf(results), tree);
  }

  private static PaperResult result(Fields f, JsonNode n, String p,
      Map<String, Architecture> archs) {
    if (!n.isObject()) {
      throw f.error(p, "a result is a mapping {id, kind, statement, proof, ...}");
    }
    f.onlyFields(n, p, RESULT);
    String id = f.text(n, p, "id", true);
    String kind = f.text(n, p, "kind", true);
    if (!KINDS.contains(kind)) {
      throw f.error(Fields.child(p, "kind"), "kind must be one of "
          + String.join(", ", new TreeSet<>(KINDS)) + "; found '" + kind + "'");
    }
    Optional<String> arch = f.optionalText(n, p, "architecture");
    if (arch.isPresent() && !archs.containsKey(arch.get())) {
      throw f.error(Fields.child(p, "architecture"), "unknown architecture '" + arch.get()
          + "'; the paper file declares " + String.join(", ", archs.keySet()));
    }
    Optional<String> subject = f.optionalText(n, p, "subject");
    if (subject.isPresent() && arch.isEmpty()) {
      throw f.error(Fields.child(p, "subject"), "a subject needs 'architecture' (the spec it "
          + "names a part of)");
    }
    Formulas formulas = new Formulas(f, symbols(arch.map(archs::get)));
    Statement statement = statement(f, n, p, formulas, archs);
    Optional<Proof> proof = Optional.empty();
    JsonNode proofNode = f.object(n, p, "proof", false);
    if (proofNode != null) {
      proof = Optional.of(proof(f, proofNode, Fields.child(p, "proof"), formulas));
    }
    boolean inclusions = n.has("inclusions") && n.get("inclusions").asBoolean(false);
    List<String> given = strings(f, n, p, "given");
    List<String> introduces = strings(f, n, p, "introduces");
    if (!kind.equals("definition") && (!given.isEmpty() || !introduces.isEmpty())) {
      throw f.error(Fields.child(p, given.isEmpty() ? "introduces" : "given"), "only a "
          + "definition (kind: definition) says what it takes as given or introduces");
    }
    return new PaperResult(id, kind, f.text(n, p, "section", false), arch, subject, statement,
        proof, strings(f, n, p, "cites"), inclusions, f.text(n, p, "source", false), p,
        f.optionalText(n, p, "definition"), given, introduces);
  }

  private static Statement statement(Fields f, JsonNode n, String p, Formulas formulas,
      Map<String, Architecture> archs) {
    JsonNode s = f.object(n, p, "statement", false);
    if (s == null) {
      return new Statement(Optional.empty(), Optional.empty(), Optional.empty(), List.of(),
          Optional.empty(), Optional.empty(), Optional.empty());
    }
    String sp = Fields.child(p, "statement");
    f.onlyFields(s, sp, STATEMENT);
    Optional<String> depthText = f.optionalText(s, sp, "depth");
    Optional<DepthTerm> depth =
        depthText.map(t -> formulas.term(t, Fields.child(sp, "depth")));
    Optional<String> cls = f.optionalText(s, sp, "class");
    cls.ifPresent(c -> checkClass(f, c, Fields.child(sp, "class")));
    Optional<String> complete = f.optionalText(s, sp, "complete");
    complete.ifPresent(c -> checkClass(f, c, Fields.child(sp, "complete")));
    List<Premise> premises = new ArrayList<>();
    List<String> texts = strings(f, s, sp, "premises");
    for (int i = 0; i < texts.size(); i++) {
      String text = texts.get(i);
      String pp = Fields.index(Fields.child(sp, "premises"), i);
      premises.add(Premise.parse(text).orElseThrow(() -> f.error(pp, "a premise is written "
          + "'d <= O(n)', 'p <= poly(n)', 'm <= O(1)', 'd <= n' or 'TC0 != NC1'; found '"
          + text + "'")));
    }
    if (complete.isPresent() && !s.has("problem")) {
      throw f.error(Fields.child(sp, "complete"), "'complete' says which class a problem is "
          + "complete for: it needs 'problem'");
    }
    Optional<String> names = f.optionalText(s, sp, "names");
    if (names.isPresent() && !archs.containsKey(names.get())) {
      throw f.error(Fields.child(sp, "names"), "unknown architecture '" + names.get()
          + "'; the paper file declares " + String.join(", ", archs.keySet()));
    }
    LinkedHashMap<String, String> assumes = new LinkedHashMap<>();
    JsonNode a = f.object(s, sp, "assumes", false);
    if (a != null) {
      for (Map.Entry<String, JsonNode> e : f.entries(a)) {
        String ap = Fields.child(Fields.child(sp, "assumes"), e.getKey());
        String range = f.scalar(e.getValue(), ap);
        if (IndexSet.parse(range).isEmpty()) {
          throw f.error(ap, "an index set is written 'i in [m]' (1..m) or 'i in {0, ..., m}'; "
              + "found '" + range + "'");
        }
        assumes.put(e.getKey(), range);
      }
    }
    return new Statement(depthText, depth, cls, List.copyOf(premises),
        f.optionalText(s, sp, "problem"), complete, names, assumes, s.has("premises"));
  }

  private static void checkClass(Fields f, String c, String path) {
    if (!c.matches("(AC|TC|NC)\\d+|P")) {
      throw f.error(path, "a class is written like TC0, NC1, AC0; found '" + c + "'");
    }
  }

  private static Proof proof(Fields f, JsonNode n, String p, Formulas formulas) {
    f.onlyFields(n, p, PROOF);
    List<ProofStep> steps = new ArrayList<>();
    JsonNode list = f.array(n, p, "steps", false);
    if (list != null) {
      for (int i = 0; i < list.size(); i++) {
        String sp = Fields.index(Fields.child(p, "steps"), i);
        JsonNode s = list.get(i);
        if (!s.isObject()) {
          throw f.error(sp, "a step is {computes: ..., cites: [...], depth: ...}");
        }
        f.onlyFields(s, sp, STEP);
        String depthText = f.text(s, sp, "depth", true);
        DepthTerm depth = formulas.term(depthText, Fields.child(sp, "depth"));
        Polynomial times = f.optionalText(s, sp, "times")
            .map(t -> formulas.polynomial(t, Fields.child(sp, "times"))).orElse(Polynomial.ONE);
        if (times.isZero() || !times.isNonNegativeCoefficientwise()
            || times.variables().stream().anyMatch(v -> v.startsWith("d_"))) {
          throw f.error(Fields.child(sp, "times"), "times must be a positive count such as m or "
              + "m+1; found " + times.ascii());
        }
        steps.add(new ProofStep(f.text(s, sp, "computes", true), strings(f, s, sp, "cites"),
            depthText, depth, times, strings(f, s, sp, "nodes"), sp, strings(f, s, sp, "uses")));
      }
    }
    Optional<String> totalText = f.optionalText(n, p, "total");
    Optional<DepthTerm> total = totalText.map(t -> formulas.term(t, Fields.child(p, "total")));
    return new Proof(List.copyOf(steps), totalText, total, f.optionalText(n, p, "bound"), p);
  }

  private static List<String> strings(Fields f, JsonNode n, String p, String field) {
    List<String> out = new ArrayList<>();
    JsonNode a = f.array(n, p, field, false);
    if (a != null) {
      for (int i = 0; i < a.size(); i++) {
        out.add(f.scalar(a.get(i), Fields.index(Fields.child(p, field), i)));
      }
    }
    return List.copyOf(out);
  }

  /** Symbols a result's formulas may use: its architecture's parameters and constants. */
  private static Set<String> symbols(Optional<Architecture> arch) {
    Set<String> s = new TreeSet<>();
    arch.ifPresent(a -> {
      for (Parameter param : a.spec().parameters()) {
        s.add(param.name());
      }
      s.addAll(a.spec().declaredConstants());
    });
    return s;
  }

  /**
   * {@code definition:} names a result of kind definition; a definition's {@code given} nodes
   * are nodes of its subject block; {@code assumes} names opaque blocks of the architecture.
   */
  private static void checkDefinitionLinks(Fields f, PaperResult r, List<PaperResult> all,
      Map<String, Architecture> archs) {
    if (r.definition().isPresent()) {
      String d = r.definition().get();
      boolean ok = all.stream().anyMatch(x -> x.id().equals(d) && x.kind().equals("definition"));
      if (!ok) {
        throw f.error(Fields.child(r.path(), "definition"), "no result '" + d + "' of kind "
            + "definition in this paper file");
      }
    }
    if (!r.given().isEmpty()) {
      String subject = r.subject().orElse("");
      Spec spec = r.architecture().map(a -> archs.get(a).spec()).orElse(null);
      var block = spec == null ? null : spec.blocks().get(subject);
      if (block == null || block.isOpaque()) {
        throw f.error(Fields.child(r.path(), "given"), "a definition with 'given' needs "
            + "'architecture' and a block with nodes as 'subject'");
      }
      for (int i = 0; i < r.given().size(); i++) {
        String g = r.given().get(i);
        if (block.nodes().stream().noneMatch(x -> x.name().equals(g))) {
          throw f.error(Fields.index(Fields.child(r.path(), "given"), i), "no node '" + g
              + "' in block '" + subject + "' of " + spec.file());
        }
      }
    }
    for (String b : r.statement().assumes().keySet()) {
      Spec spec = r.architecture().map(a -> archs.get(a).spec()).orElse(null);
      if (spec == null || !spec.blocks().containsKey(b) || !spec.blocks().get(b).isOpaque()) {
        throw f.error(Fields.child(Fields.child(Fields.child(r.path(), "statement"), "assumes"),
            b), "'" + b + "' is not an opaque block of the result's architecture");
      }
    }
  }

  /** A subject must name a part of the architecture's spec. */
  private static void checkReferences(Fields f, PaperResult r, Map<String, Architecture> archs) {
    boolean withNodes = r.proof().map(Proof::steps).orElse(List.of()).stream()
        .anyMatch(s -> !s.nodes().isEmpty());
    String subject = r.subject().orElse("model");
    if (subject.equals("model") || subject.startsWith("rule:")) {
      if (withNodes) {
        throw f.error(Fields.child(r.path(), "proof"), "proof steps name 'nodes' only when the "
            + "subject is a block or block.node");
      }
      return;
    }
    Spec spec = archs.get(r.architecture().orElseThrow()).spec();
    int dot = subject.indexOf('.');
    String block = dot < 0 ? subject : subject.substring(0, dot);
    boolean ok = spec.blocks().containsKey(block) && (dot < 0 || spec.blocks().get(block).nodes()
        .stream().anyMatch(x -> x.name().equals(subject.substring(dot + 1))));
    if (!ok) {
      throw f.error(Fields.child(r.path(), "subject"), "unknown subject '" + subject + "' in "
          + spec.file() + "; use model, a block (" + String.join(", ", spec.blocks().keySet())
          + "), block.node or rule:<op>");
    }
    for (ProofStep s : r.proof().map(Proof::steps).orElse(List.of())) {
      for (int i = 0; i < s.nodes().size(); i++) {
        String node = s.nodes().get(i);
        if (spec.blocks().get(block).nodes().stream().noneMatch(x -> x.name().equals(node))) {
          throw f.error(Fields.index(Fields.child(s.path(), "nodes"), i), "no node '" + node
              + "' in block '" + block + "' of " + spec.file());
        }
      }
    }
  }
}
