package org.depthcert.cert;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.depthcert.algebra.Assumption;
import org.depthcert.algebra.CounterexampleSearch;
import org.depthcert.algebra.Decision;
import org.depthcert.algebra.DepthTerm;
import org.depthcert.algebra.HoldsIf;
import org.depthcert.algebra.Multiplier;
import org.depthcert.algebra.Polynomial;
import org.depthcert.algebra.Symbols;
import org.depthcert.algebra.TermCertificate;
import org.depthcert.check.CheckResult;
import org.depthcert.check.ClaimResult;
import org.depthcert.check.ClassConclusion;
import org.depthcert.check.Finding;
import org.depthcert.check.UserAssumptions;
import org.depthcert.fold.Attainment;
import org.depthcert.fold.BlockResult;
import org.depthcert.fold.CriticalPath;
import org.depthcert.fold.Folded;
import org.depthcert.fold.NodeResult;
import org.depthcert.fold.SideCondition;
import org.depthcert.rules.Declaration;
import org.depthcert.rules.Rule;
import org.depthcert.spec.BlockSpec;
import org.depthcert.spec.GrowthBound;
import org.depthcert.spec.ModelItem;
import org.depthcert.spec.Parameter;
import org.depthcert.spec.Spec;

/**
 * Builds the certificate of DESIGN.md section 6 from a checked spec: the DAG with every rule
 * applied, local and arrival depths and which inputs attain them (the potentials of a longest-path
 * certificate), critical paths, sizes, per-claim verdicts with their multipliers or counterexample,
 * and the class conclusion. HTML, LaTeX and the verifier all read this one model.
 */
public final class CertificateBuilder {
  private CertificateBuilder() {}

  public static ObjectNode build(CheckResult result) {
    Folded folded = result.folded();
    Spec spec = folded.spec();
    ObjectNode c = Json.F.objectNode();
    c.put("certVersion", Tool.CERT_VERSION);
    ObjectNode tool = c.putObject("tool");
    tool.put("name", Tool.NAME);
    tool.put("version", Tool.VERSION);
    ObjectNode s = c.putObject("spec");
    s.put("file", spec.file());
    s.put("sha256", spec.sha256());
    s.put("title", spec.title());
    s.put("source", spec.source());
    s.put("description", spec.description());
    ArrayNode specConstants = s.putArray("constants");
    spec.declaredConstants().forEach(specConstants::add);
    c.putObject("catalog").put("sha256", folded.catalog().sha256());
    ArrayNode userAssumptions = c.putArray("userAssumptions");
    for (Declaration d : UserAssumptions.used(folded)) {
      ObjectNode o = userAssumptions.addObject();
      o.put("kind", d.kind() == Declaration.Kind.CONSTANT ? "constant" : "gadget");
      o.put("name", d.name());
      o.put("meaning", d.meaning());
      o.put("citation", d.citation());
      o.put("text", d.text());
      o.put("file", d.file());
      o.put("line", d.line());
      o.put("sha256", d.sha256());
    }
    ArrayNode params = c.putArray("parameters");
    for (Parameter p : spec.parameters()) {
      ObjectNode o = params.addObject();
      o.put("name", p.name());
      o.put("kind", p.kind().name().toLowerCase());
      o.put("meaning", p.meaning());
      p.assume().ifPresent(a -> o.put("assume", a));
      p.growth().ifPresent(g -> o.put("growth", g));
      p.equals().ifPresent(e -> o.set("equals", Json.text(e)));
    }
    ArrayNode constants = c.putArray("constants");
    constants(folded).forEach(constants::add);
    ArrayNode assumptions = c.putArray("assumptions");
    spec.assumptions().forEach(a -> inequality(assumptions.addObject(), a));
    c.set("domainWitness", Json.point(result.witness()));
    ArrayNode growth = c.putArray("growth");
    for (GrowthBound g : spec.growthBounds()) {
      ObjectNode o = growth.addObject();
      o.put("variable", g.variable());
      o.put("kind", g.kind().name().toLowerCase());
      o.put("logPower", g.logPower());
      o.put("text", g.text());
    }
    ArrayNode rules = c.putArray("rules");
    Set<String> used = new TreeSet<>();
    ArrayNode blocks = c.putArray("blocks");
    for (BlockSpec b : spec.blocks().values()) {
      blocks.add(block(folded, b, used));
    }
    // A claim about a lemma itself ("rule:<op>") needs that lemma even when no node applies it,
    // so that an independent checker can find the claim's subject in the certificate.
    for (org.depthcert.spec.ClaimSpec claim : spec.claims()) {
      if (claim.subject().startsWith("rule:")) {
        folded.catalog().forOp(claim.subject().substring(5)).ifPresent(r -> used.add(r.id()));
      }
    }
    for (Rule r : folded.catalog().rules()) {
      if (used.contains(r.id())) {
        rules.add(rule(folded, r));
      }
    }
    c.set("model", model(folded));
    ObjectNode size = c.putObject("size");
    ObjectNode byKind = size.putObject("byKind");
    folded.model().size().forEach((k, v) -> byKind.set(k, Json.text(v)));
    ClassConclusion cls = result.conclusion();
    size.set("gadgets", Json.text(cls.gadgetCount()));
    cls.sizeDegree().ifPresent(k -> size.put("degreeInN", k));
    size.put("bound", cls.sizeBound());
    ObjectNode klass = c.putObject("class");
    klass.put("id", cls.id());
    klass.put("statement", cls.statement());
    klass.put("constantDepth", cls.constantDepth());
    klass.put("polynomialSize", cls.polynomialSize());
    ArrayNode premises = klass.putArray("premises");
    cls.premises().forEach(premises::add);
    klass.set("corollaries", Corollaries.of(cls.id()));
    ArrayNode claims = c.putArray("claims");
    result.claims().forEach(r -> claims.add(claim(r)));
    ArrayNode findings = c.putArray("findings");
    result.findings().forEach(f -> findings.add(finding(f)));
    c.put("strict", result.strict());
    c.put("verdict", result.verdict());
    return c;
  }

  /** Built-in constants that occur, in paper order, then declared ones. */
  private static Set<String> constants(Folded folded) {
    Set<String> all = new TreeSet<>(Symbols.VARIABLE_ORDER);
    all.addAll(folded.model().depth().variables());
    folded.blocks().values().forEach(b -> all.addAll(b.depth().variables()));
    all.addAll(folded.spec().declaredConstants());
    all.removeIf(v -> !Symbols.isDepthConstant(v));
    return all;
  }

  private static ObjectNode block(Folded folded, BlockSpec b, Set<String> used) {
    ObjectNode o = Json.F.objectNode();
    o.put("name", b.name());
    o.put("title", b.title());
    o.put("opaque", b.isOpaque());
    if (b.isOpaque()) {
      o.set("depth", Json.text(b.opaqueDepth().orElseThrow()));
      return o;
    }
    BlockResult r = folded.blocks().get(b.name());
    ArrayNode inputs = o.putArray("inputs");
    b.inputs().forEach((name, shape) -> {
      ObjectNode i = inputs.addObject();
      i.put("name", name);
      i.set("shape", Json.shape(shape));
    });
    o.put("output", b.output());
    o.set("depth", Json.text(r.depth()));
    ArrayNode nodes = o.putArray("nodes");
    Map<String, DepthTerm> arrivals = new HashMap<>();
    for (NodeResult n : r.nodes()) {
      used.add(n.rule().id());
      nodes.add(node(n, arrivals));
      arrivals.put(n.name(), n.arrival());
    }
    ArrayNode paths = o.putArray("criticalPaths");
    for (CriticalPath p : r.criticalPaths()) {
      ObjectNode po = paths.addObject();
      po.set("term", Json.text(p.term()));
      ArrayNode ns = po.putArray("nodes");
      p.nodes().forEach(ns::add);
    }
    o.set("size", sizes(r.size()));
    return o;
  }

  /** {@code arrivals}: those of the nodes before {@code n} (its inputs among them). */
  private static ObjectNode node(NodeResult n, Map<String, DepthTerm> arrivals) {
    ObjectNode o = Json.F.objectNode();
    o.put("name", n.name());
    o.put("op", n.op());
    o.put("rule", n.rule().id());
    o.put("lemma", n.rule().number());
    o.put("note", n.spec().note());
    ArrayNode in = o.putArray("inputs");
    n.spec().inputs().forEach(in::add);
    n.spec().each().ifPresent(each -> {
      ArrayNode e = o.putArray("each");
      each.forEach(sh -> e.add(Json.shape(sh)));
    });
    n.spec().count().ifPresent(cnt -> o.put("count", cnt.ascii()));
    o.put("mode", n.rule().isDerived() ? (n.spec().modular() ? "modular" : "tight") : "axiom");
    o.set("shape", Json.shape(n.shape()));
    // The shape bindings as exact polynomials: the rule's depth is instantiated with them.
    ObjectNode bindings = o.putObject("bindings");
    n.bindings().forEach((k, v) -> bindings.set(k, Json.text(v)));
    o.set("local", Json.text(n.local()));
    o.set("arrival", Json.text(n.arrival()));
    attainedBy(o.putArray("attainedBy"), n, arrivals);
    o.set("size", sizes(n.size()));
    n.modellingAssumption().ifPresent(m -> o.put("modellingAssumption", m));
    ArrayNode sides = o.putArray("sideConditions");
    for (SideCondition sc : n.sideConditions()) {
      ObjectNode so = sides.addObject();
      so.put("hypothesis", sc.hypothesis());
      so.put("instantiated", sc.instantiated());
      so.put("status", sc.status().name());
      so.put("detail", sc.detail());
    }
    return o;
  }

  /**
   * One witness per arrival term, in the arrival's order: the input and, by position, the term
   * of that input's arrival and the term of {@code local} that add up to it. Positions instead
   * of the terms themselves: the terms are written once, in the arrivals and the local depth.
   */
  private static void attainedBy(ArrayNode out, NodeResult n, Map<String, DepthTerm> arrivals) {
    Map<Polynomial, Attainment> byTerm = new HashMap<>();
    n.attainedBy().forEach(a -> byTerm.put(a.term(), a));
    for (Polynomial term : n.arrival().terms()) {
      Attainment a = byTerm.get(term);
      List<Polynomial> from = a.input().isEmpty() || !arrivals.containsKey(a.input())
          ? DepthTerm.ZERO.terms() : arrivals.get(a.input()).terms();
      ObjectNode ao = out.addObject();
      ao.put("input", a.input());
      ao.put("inputTerm", from.indexOf(a.inputTerm()));
      ao.put("localTerm", n.local().terms().indexOf(a.localTerm()));
    }
  }

  private static ObjectNode rule(Folded folded, Rule r) {
    ObjectNode o = Json.F.objectNode();
    o.put("id", r.id());
    o.put("number", r.number());
    o.put("title", r.title());
    o.put("cites", r.cites());
    o.put("kind", r.isDerived() ? "derived" : "axiom");
    ArrayNode ops = o.putArray("ops");
    r.ops().forEach(ops::add);
    ArrayNode hyp = o.putArray("hypotheses");
    r.hypotheses().forEach(hyp::add);
    if (r.isDerived()) {
      BlockResult proof = folded.proofs().fold(r);
      o.set("depth", Json.text(proof.depth()));
      r.stated().ifPresent(st -> o.set("stated", Json.text(st)));
      if (usedModularly(folded, r)) {
        // fold <= stated, proved before the use (issue #9 class 2), for the verifier to re-check
        certificates(o.putArray("statedCertificates"), folded.proofs().statedProof(r));
      }
    } else {
      o.set("depth", Json.text(r.depth().orElseThrow()));
    }
    return o;
  }

  private static boolean usedModularly(Folded folded, Rule r) {
    return folded.blocks().values().stream().anyMatch(b -> b.nodes().stream()
        .anyMatch(n -> n.rule().id().equals(r.id()) && n.spec().modular()));
  }

  private static ObjectNode model(Folded folded) {
    ObjectNode o = Json.F.objectNode();
    o.put("composition", folded.model().composition());
    o.set("depth", Json.text(folded.model().depth()));
    ArrayNode items = o.putArray("items");
    folded.spec().model().forEach(i -> items.add(item(i)));
    return o;
  }

  private static ObjectNode item(ModelItem i) {
    ObjectNode o = Json.F.objectNode();
    if (i instanceof ModelItem.BlockStep) {
      o.put("block", ((ModelItem.BlockStep) i).block());
    } else {
      ModelItem.Repeat r = (ModelItem.Repeat) i;
      o.set("repeat", Json.text(r.count()));
      ArrayNode body = o.putArray("body");
      r.body().forEach(x -> body.add(item(x)));
    }
    return o;
  }

  private static ObjectNode sizes(Map<String, Polynomial> size) {
    ObjectNode o = Json.F.objectNode();
    size.forEach((k, v) -> o.set(k, Json.text(v)));
    return o;
  }

  private static ObjectNode claim(ClaimResult r) {
    ObjectNode o = Json.F.objectNode();
    o.put("id", r.claim().id());
    o.put("subject", r.claim().subject());
    o.put("source", r.claim().source());
    o.put("note", r.note());
    o.set("computed", Json.text(r.computed()));
    r.claim().statedText().ifPresent(t -> o.put("statedAsWritten", t));
    r.claim().stated().ifPresent(t -> o.set("stated", Json.text(t)));
    r.claim().claimedClass().ifPresent(t -> o.put("claimedClass", t));
    r.classVerdict().ifPresent(v -> o.put("classVerdict", v.name()));
    o.put("verdict", r.verdict().name());
    ArrayNode rests = o.putArray("restsOnViolated");
    r.restsOnViolated().forEach(rests::add);
    r.depth().ifPresent(d -> decision(o, d));
    return o;
  }

  private static void decision(ObjectNode o, Decision d) {
    o.put("depthVerdict", d.verdict().name());
    d.slack().ifPresent(s -> o.set("slack", Json.text(s)));
    d.holdsIf().ifPresent(h -> o.put("holdsIf", h));
    d.condition().ifPresent(h -> o.set("holdsIfCheck", holdsIf(h)));
    d.excess().ifPresent(e -> o.set("excess", Json.text(e)));
    d.counterexample().ifPresent(x -> o.set("counterexample", Json.point(x)));
    if (!d.holds()) {
      o.set("search", search(d.searchVariables()));
    }
    certificates(o.putArray("certificates"), d.certificates());
  }

  /** The checked condition: conditions as polynomials and one certificate per computed term. */
  private static ObjectNode holdsIf(HoldsIf h) {
    ObjectNode o = Json.F.objectNode();
    o.put("kind", h.necessary() ? "iff" : "sufficient");
    ArrayNode conds = o.putArray("conditions");
    h.conditions().forEach(a -> inequality(conds.addObject(), a));
    certificates(o.putArray("certificates"), h.certificates());
    return o;
  }

  /** An assumption or a condition: {@code {text, lhs, rhs}}, meaning lhs <= rhs. */
  private static void inequality(ObjectNode o, Assumption a) {
    o.put("text", a.text());
    o.set("lhs", Json.text(a.lhs()));
    o.set("rhs", Json.text(a.rhs()));
  }

  /** The counterexample search the decider ran, for the verifier to run again. */
  private static ObjectNode search(List<String> variables) {
    ObjectNode o = Json.F.objectNode();
    ArrayNode vars = o.putArray("variables");
    variables.forEach(vars::add);
    ArrayNode grid = o.putArray("grid");
    CounterexampleSearch.GRID.forEach(grid::add);
    o.put("maxGridPoints", CounterexampleSearch.MAX_GRID_POINTS);
    ArrayNode probes = o.putArray("probes");
    CounterexampleSearch.PROBES.forEach(probes::add);
    ArrayNode bases = o.putArray("bases");
    bases.add("ones");
    bases.add("domainWitness");
    return o;
  }

  static void certificates(ArrayNode certs, List<TermCertificate> list) {
    for (TermCertificate tc : list) {
      ObjectNode co = certs.addObject();
      co.set("term", Json.text(tc.computedTerm()));
      ArrayNode lambdas = co.putArray("lambdas");
      tc.lambdas().forEach(l -> lambdas.add(Json.rational(l)));
      ArrayNode mus = co.putArray("multipliers");
      for (Multiplier m : tc.multipliers()) {
        ObjectNode mo = mus.addObject();
        mo.put("assumption", m.assumption());
        mo.set("cofactor", Json.text(Polynomial.monomial(m.cofactor(),
            org.apache.commons.numbers.fraction.BigFraction.ONE)));
        mo.put("value", Json.rational(m.value()));
      }
    }
  }

  private static ObjectNode finding(Finding f) {
    ObjectNode o = Json.F.objectNode();
    o.put("claim", f.claim());
    o.put("check", f.check());
    o.put("severity", f.severity());
    o.put("message", f.message());
    return o;
  }
}
