package org.depthcert.spec;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.depthcert.algebra.Assumption;
import org.depthcert.algebra.DepthTerm;
import org.depthcert.algebra.Feasibility;
import org.depthcert.algebra.Polynomial;
import org.depthcert.algebra.Symbols;

/**
 * Loads an architecture spec (YAML or JSON, DESIGN.md section 2) and validates everything that
 * does not need the lemma catalog: fields, names, formulas, symbols, the model's block references.
 */
public final class SpecReader {
  private static final Set<String> TOP_FIELDS = Set.of("title", "description", "source",
      "parameters", "constants", "assumptions", "blocks", "model", "claims", "reading",
      "variants");
  private static final Set<String> PARAM_FIELDS =
      Set.of("meaning", "assume", "growth", "equals");
  private static final Set<String> CLAIM_FIELDS =
      Set.of("id", "subject", "stated", "class", "source", "note");
  private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
  private static final Pattern GROWTH_ASSUME =
      Pattern.compile("\\s*([A-Za-z][A-Za-z0-9_]*)\\s*(<=|≤|=)\\s*(poly\\(n\\)|O\\((.*)\\))\\s*");
  private static final Pattern LOG =
      Pattern.compile("\\s*(\\\\)?log(\\^\\{?(\\d+)\\}?)?\\s*n\\s*");

  /** Largest k accepted in a growth O(log^k n); see {@link #growthBound}. */
  public static final int MAX_LOG_POWER = 1000;

  private SpecReader() {}

  public static Spec read(Path path) {
    return read(path, Set.of());
  }

  /**
   * Reads a spec whose formulas may also use {@code catalogConstants}, the depth constants that
   * the loaded lemma files declare (such as {@code d_log}).
   */
  public static Spec read(Path path, Set<String> catalogConstants) {
    byte[] bytes = LocatedTree.readBytes(path); // once: the tree and the hash of the same bytes
    return read(LocatedTree.parse(path.toString(), bytes), sha256(bytes), catalogConstants);
  }

  public static Spec read(LocatedTree tree, String sha256) {
    return read(tree, sha256, Set.of());
  }

  public static Spec read(LocatedTree tree, String sha256, Set<String> catalogConstants) {
    Fields f = new Fields(tree);
    JsonNode root = tree.root();
    if (!root.isObject()) {
      throw f.error("", "a spec must be a mapping with title, parameters, blocks, model, claims");
    }
    f.onlyFields(root, "", TOP_FIELDS);
    String title = f.text(root, "", "title", true);
    List<Parameter> parameters = new ArrayList<>();
    List<GrowthBound> growth = new ArrayList<>();
    List<String> assumeTexts = new ArrayList<>();
    List<String> assumePaths = new ArrayList<>();
    JsonNode params = f.object(root, "", "parameters", false);
    Set<String> sizeParams = new TreeSet<>();
    Set<String> allParams = new TreeSet<>();
    if (params != null) {
      for (Map.Entry<String, JsonNode> e : f.entries(params)) {
        String p = Fields.child("parameters", e.getKey());
        String name = e.getKey();
        checkName(f, name, p);
        if (Symbols.isDepthConstant(name)) {
          throw f.error(p, "parameter '" + name + "' looks like a depth constant (d_...); "
              + "declare it under 'constants'");
        }
        JsonNode v = e.getValue() == null || e.getValue().isNull()
            ? com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode()
            : e.getValue();
        if (!v.isObject()) {
          throw f.error(p, "expected {meaning: ..., assume: ..., growth: ...}");
        }
        f.onlyFields(v, p, PARAM_FIELDS);
        Optional<String> assume = f.optionalText(v, p, "assume");
        Optional<String> gr = f.optionalText(v, p, "growth");
        Parameter.Kind kind = gr.isPresent() ? Parameter.Kind.STRUCTURAL : Parameter.Kind.SIZE;
        parameters.add(new Parameter(name, kind, f.text(v, p, "meaning", false), assume, gr,
            Optional.empty()));
        allParams.add(name);
        if (kind == Parameter.Kind.SIZE) {
          sizeParams.add(name);
        }
        if (gr.isPresent()) {
          growth.add(growthBound(f, name, name + " = " + gr.get(), Fields.child(p, "growth")));
        }
        if (assume.isPresent()) {
          Matcher m = GROWTH_ASSUME.matcher(assume.get());
          if (m.matches()) {
            growth.add(growthBound(f, name, assume.get(), Fields.child(p, "assume")));
          } else {
            assumeTexts.add(assume.get());
            assumePaths.add(Fields.child(p, "assume"));
          }
        }
      }
    }
    List<String> constants = new ArrayList<>();
    JsonNode consts = f.array(root, "", "constants", false);
    if (consts != null) {
      for (int i = 0; i < consts.size(); i++) {
        String p = Fields.index("constants", i);
        String c = f.scalar(consts.get(i), p);
        if (!Symbols.isDepthConstant(c) || !NAME.matcher(c).matches()) {
          throw f.error(p, "a declared depth constant is named d_<name>, e.g. d_g; found '" + c
              + "'");
        }
        if (Symbols.BUILT_IN_CONSTANTS.contains(c) || constants.contains(c)) {
          throw f.error(p, "duplicate name '" + c + "'");
        }
        if (catalogConstants.contains(c)) {
          throw f.error(p, "'" + c + "' is already declared by a loaded lemma file; use it "
              + "without declaring it");
        }
        constants.add(c);
      }
    }
    relations(f, params, parameters, sizeParams);
    Set<String> depthSymbols = new TreeSet<>(allParams);
    depthSymbols.addAll(constants);
    depthSymbols.addAll(catalogConstants);
    Formulas dimFormulas = new Formulas(f, sizeParams);
    Formulas depthFormulas = new Formulas(f, depthSymbols);
    List<Assumption> assumptions = new ArrayList<>();
    for (int i = 0; i < assumeTexts.size(); i++) {
      assumptions.add(depthFormulas.assumption(assumeTexts.get(i), assumePaths.get(i)));
    }
    JsonNode extra = f.array(root, "", "assumptions", false);
    if (extra != null) {
      for (int i = 0; i < extra.size(); i++) {
        String p = Fields.index("assumptions", i);
        assumptions.add(depthFormulas.assumption(f.scalar(extra.get(i), p), p));
        assumePaths.add(p);
      }
    }
    checkFeasible(f, assumptions, assumePaths, depthSymbols);
    BlockReader blockReader = new BlockReader(f, dimFormulas, depthFormulas);
    LinkedHashMap<String, BlockSpec> blocks = new LinkedHashMap<>();
    JsonNode blocksNode = f.object(root, "", "blocks", true);
    for (Map.Entry<String, JsonNode> e : f.entries(blocksNode)) {
      String p = Fields.child("blocks", e.getKey());
      checkName(f, e.getKey(), p);
      blocks.put(e.getKey(), blockReader.read(e.getKey(), e.getValue(), p));
    }
    if (blocks.isEmpty()) {
      throw f.error("blocks", "a spec needs at least one block");
    }
    JsonNode modelNode = root.get("model");
    List<ModelItem> model = modelNode == null || modelNode.isNull()
        ? List.of(new ModelItem.BlockStep(blocks.keySet().iterator().next(), "model"))
        : modelItems(f, modelNode, "model", blocks, new Formulas(f, structural(parameters)),
            parameters);
    List<ClaimSpec> claims = claims(f, root, depthFormulas, blocks);
    SpecReadings readings = VariantReader.read(f, root, blocks);
    return new Spec(tree.file(), sha256, title, f.text(root, "", "description", false),
        f.text(root, "", "source", false), List.copyOf(parameters), List.copyOf(constants),
        List.copyOf(assumptions), List.copyOf(growth), blocks, model, claims, tree, readings);
  }

  /**
   * A contradictory assumption set makes every claim hold vacuously (issue #9 class 3): refuse
   * it, naming a minimal conflicting subset, unless an admissible integer point is found.
   */
  private static void checkFeasible(Fields f, List<Assumption> assumptions, List<String> paths,
      Set<String> declared) {
    Feasibility.Result r = Feasibility.check(assumptions, declared);
    if (r.feasible()) {
      return;
    }
    List<String> texts = new ArrayList<>();
    r.conflict().forEach(i -> texts.add("'" + assumptions.get(i).text() + "'"));
    String at = r.conflict().isEmpty() ? "" : paths.get(r.conflict().get(0));
    throw f.error(at, r.proved()
        ? "contradictory assumptions (every variable is an integer >= 1): "
            + String.join(", ", texts) + " have no common solution"
        : "no integer point found where every assumption holds (" + String.join(", ", texts)
            + "); depthcert checks claims only over a non-empty domain");
  }

  /**
   * Reads each size parameter's {@code equals: "h*e"} once every parameter is known: a product of
   * other size parameters, so that a reshape of [n, d] into [h, n, e] can be checked.
   */
  private static void relations(Fields f, JsonNode params, List<Parameter> parameters,
      Set<String> sizeParams) {
    if (params == null) {
      return;
    }
    for (int i = 0; i < parameters.size(); i++) {
      Parameter par = parameters.get(i);
      JsonNode v = params.get(par.name());
      if (v == null || !v.isObject() || !v.has("equals")) {
        continue;
      }
      String p = Fields.child(Fields.child("parameters", par.name()), "equals");
      if (par.kind() != Parameter.Kind.SIZE) {
        throw f.error(p, "only a size parameter (no 'growth') can equal a product of others");
      }
      Set<String> others = new TreeSet<>(sizeParams);
      others.remove(par.name());
      Polynomial rhs = new Formulas(f, others).polynomial(f.scalar(v.get("equals"), p), p);
      if (rhs.isZero() || !rhs.isNonNegativeCoefficientwise()) {
        throw f.error(p, "'equals' is a polynomial with non-negative coefficients in other size "
            + "parameters, e.g. h*e");
      }
      parameters.set(i, new Parameter(par.name(), par.kind(), par.meaning(), par.assume(),
          par.growth(), Optional.of(rhs)));
    }
  }

  private static Set<String> structural(List<Parameter> parameters) {
    Set<String> s = new TreeSet<>();
    parameters.stream().filter(p -> p.kind() == Parameter.Kind.STRUCTURAL)
        .forEach(p -> s.add(p.name()));
    return s;
  }

  /**
   * A repeat count may only use structural parameters (declared with {@code growth}): a size
   * parameter there is the common slip of declaring {@code m} without {@code growth}, and the
   * formula parser alone would only say "unknown symbol 'm'".
   */
  private static void sizeParameterAsCount(Fields f, String countText, String path,
      List<Parameter> parameters) {
    for (Parameter p : parameters) {
      if (p.kind() != Parameter.Kind.STRUCTURAL
          && Pattern.compile("(?<![A-Za-z0-9_])" + Pattern.quote(p.name()) + "(?![A-Za-z0-9_])")
              .matcher(countText).find()) {
        throw f.error(path, "'" + p.name() + "' is declared as a size parameter, so it cannot "
            + "count repetitions; a repeat count needs a structural parameter: declare it with "
            + "growth, e.g. " + p.name() + ": {meaning: ..., growth: \"O(1)\"}");
      }
    }
  }

  private static void checkName(Fields f, String name, String path) {
    if (!NAME.matcher(name).matches()) {
      // names are used in formulas, ASCII output and LaTeX, so they are ASCII: say so when a
      // Unicode letter (a Greek delta, say) is what broke the rule
      boolean unicode = name.codePoints().anyMatch(c -> c > 0x7F && Character.isLetter(c));
      throw f.error(path, "'" + name + "' is not a valid name (ASCII letters, digits and _, "
          + "starting with a letter" + (unicode ? "; write a Unicode letter out, e.g. delta for "
          + "\u03B4" : "") + ")");
    }
  }

  private static GrowthBound growthBound(Fields f, String variable, String text, String path) {
    String rhs = text.replaceFirst("^\\s*[A-Za-z][A-Za-z0-9_]*\\s*(<=|≤|=)\\s*", "").trim();
    if (rhs.equals("poly(n)")) {
      return new GrowthBound(variable, GrowthBound.Kind.POLYNOMIAL, 0, text);
    }
    if (rhs.startsWith("O(") && rhs.endsWith(")")) {
      String inner = rhs.substring(2, rhs.length() - 1).trim();
      if (inner.equals("1")) {
        return new GrowthBound(variable, GrowthBound.Kind.CONSTANT, 0, text);
      }
      if (inner.equals("n")) {
        return new GrowthBound(variable, GrowthBound.Kind.LINEAR, 0, text);
      }
      Matcher m = LOG.matcher(inner);
      if (m.matches()) {
        // Bounded so that the class level (power times degree, summed) stays an exact int.
        if (m.group(3) != null && (m.group(3).length() > 4
            || Integer.parseInt(m.group(3)) > MAX_LOG_POWER)) {
          throw f.error(path, "log power " + m.group(3) + " is too large: at most "
              + MAX_LOG_POWER + " (a class level must be an exact small integer)");
        }
        int power = m.group(3) == null ? 1 : Integer.parseInt(m.group(3));
        return new GrowthBound(variable, GrowthBound.Kind.POLYLOG, power, text);
      }
    }
    throw f.error(path, "unsupported growth '" + rhs + "'; use O(1), O(log n), O(log^k n), O(n) "
        + "or poly(n)");
  }

  private static List<ModelItem> modelItems(Fields f, JsonNode node, String path,
      Map<String, BlockSpec> blocks, Formulas counts, List<Parameter> parameters) {
    if (!node.isArray()) {
      throw f.error(path, "the model is a list of block names and {repeat: m, body: [...]}");
    }
    List<ModelItem> items = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      String p = Fields.index(path, i);
      JsonNode item = node.get(i);
      if (item.isTextual()) {
        if (!blocks.containsKey(item.asText())) {
          throw f.error(p, "unknown block '" + item.asText() + "'; blocks are "
              + String.join(", ", blocks.keySet()));
        }
        items.add(new ModelItem.BlockStep(item.asText(), p));
      } else if (item.isObject()) {
        f.onlyFields(item, p, Set.of("repeat", "body"));
        String countText = f.text(item, p, "repeat", true);
        sizeParameterAsCount(f, countText, Fields.child(p, "repeat"), parameters);
        Polynomial count = counts.polynomial(countText, Fields.child(p, "repeat"));
        if (!Counts.positiveInteger(count)) {
          throw f.error(Fields.child(p, "repeat"), "a repeat count must be a positive "
              + "integer-valued polynomial in structural parameters (declared with 'growth'): "
              + "whole non-negative coefficients, not 0; found " + count.ascii());
        }
        JsonNode body = f.array(item, p, "body", true);
        items.add(new ModelItem.Repeat(count, countText,
            modelItems(f, body, Fields.child(p, "body"), blocks, counts, parameters), p));
      } else {
        throw f.error(p, "expected a block name or {repeat: m, body: [...]}");
      }
    }
    if (items.isEmpty()) {
      throw f.error(path, "empty composition");
    }
    return List.copyOf(items);
  }

  private static List<ClaimSpec> claims(Fields f, JsonNode root, Formulas depths,
      Map<String, BlockSpec> blocks) {
    List<ClaimSpec> claims = new ArrayList<>();
    JsonNode node = f.array(root, "", "claims", false);
    if (node == null) {
      return claims;
    }
    Set<String> ids = new TreeSet<>();
    for (int i = 0; i < node.size(); i++) {
      String p = Fields.index("claims", i);
      JsonNode c = node.get(i);
      if (!c.isObject()) {
        throw f.error(p, "a claim is a mapping {id, subject, stated, source}");
      }
      f.onlyFields(c, p, CLAIM_FIELDS);
      String id = f.text(c, p, "id", true);
      if (!ids.add(id)) {
        throw f.error(Fields.child(p, "id"), "duplicate claim id '" + id + "'");
      }
      String subject = f.text(c, p, "subject", true);
      if (!subject.equals("model") && !subject.startsWith("rule:")
          && !blocks.containsKey(subject) && !isNode(blocks, subject)) {
        throw f.error(Fields.child(p, "subject"), "unknown subject '" + subject
            + "'; use 'model', a block name (" + String.join(", ", blocks.keySet())
            + "), block.node, or rule:<op>");
      }
      Optional<String> statedText = f.optionalText(c, p, "stated");
      Optional<DepthTerm> stated =
          statedText.map(t -> depths.term(t, Fields.child(p, "stated")));
      Optional<String> cls = f.optionalText(c, p, "class");
      if (cls.isPresent() && !cls.get().matches("(AC|TC|NC)\\d+")) {
        throw f.error(Fields.child(p, "class"), "a class is written like TC0, NC1, AC0");
      }
      if (statedText.isEmpty() && cls.isEmpty()) {
        throw f.error(p, "a claim states a depth ('stated') or a class ('class'), or both");
      }
      claims.add(new ClaimSpec(id, subject, statedText, stated, cls,
          f.text(c, p, "source", false), p));
    }
    return List.copyOf(claims);
  }

  /** True for {@code block.node} naming a node of a (non-opaque) block. */
  private static boolean isNode(Map<String, BlockSpec> blocks, String subject) {
    int dot = subject.indexOf('.');
    if (dot < 0) {
      return false;
    }
    BlockSpec b = blocks.get(subject.substring(0, dot));
    String node = subject.substring(dot + 1);
    return b != null && b.nodes().stream().anyMatch(n -> n.name().equals(node));
  }

  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }
}
