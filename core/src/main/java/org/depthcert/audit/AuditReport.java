package org.depthcert.audit;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Optional;
import org.depthcert.algebra.Decision;
import org.depthcert.algebra.DepthTerm;
import org.depthcert.cert.Json;
import org.depthcert.cert.Tool;
import org.depthcert.check.CheckResult;
import org.depthcert.check.Finding;

/**
 * The stable machine output of {@code depthcert audit --format json} (DESIGN.md section 9), and
 * the {@code audit} section other reports (HTML, LaTeX) can embed: the same tree.
 */
public final class AuditReport {
  private AuditReport() {}

  public static ObjectNode build(AuditResult r) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode o = f.objectNode();
    o.put("tool", Tool.NAME);
    o.put("version", Tool.VERSION);
    o.put("spec", r.paper().file());
    o.put("title", r.paper().title());
    o.put("source", r.paper().source());
    o.put("verdict", r.verdict());
    ArrayNode archs = o.putArray("architectures");
    for (Map.Entry<String, CheckResult> e : r.architectures().entrySet()) {
      ObjectNode a = archs.addObject();
      a.put("key", e.getKey());
      a.put("name", r.paper().architectures().get(e.getKey()).name());
      a.put("spec", e.getValue().folded().spec().file());
      a.put("depth", e.getValue().folded().model().depth().ascii());
      a.put("class", e.getValue().conclusion().id());
      e.getValue().conclusion().sizeDegree().ifPresent(k -> a.put("sizeDegree", k));
      a.put("sizeBound", e.getValue().conclusion().sizeBound());
      // every reading of the paper the spec declares, the base first (variant null)
      ArrayNode readings = a.putArray("readings");
      for (Map.Entry<String, CheckResult> v : r.readings().get(e.getKey()).entrySet()) {
        ObjectNode ro = readings.addObject();
        nullable(ro, "variant", v.getKey().isEmpty() ? null : v.getKey());
        ro.put("reading", v.getValue().folded().spec().readings().label());
        ro.put("description", v.getValue().folded().spec().readings().description());
        ro.put("reason", v.getValue().folded().spec().readings().reason());
        ro.put("depth", v.getValue().folded().model().depth().ascii());
      }
    }
    ArrayNode claims = o.putArray("claims");
    for (AuditedClaim c : r.claims()) {
      ObjectNode co = claims.addObject();
      co.put("id", c.result().id());
      co.put("kind", c.result().kind());
      nullable(co, "architecture", c.result().architecture().orElse(null));
      nullable(co, "subject", c.result().subject().orElse(null));
      co.put("section", c.result().section());
      co.put("line", line(r, c.result().id()));
      co.put("stated", c.stated());
      co.put("computed", c.computed());
      // the depth as the paper prints it (statement, else the proof's total), for reports
      nullable(co, "statedAsWritten", c.result().statement().depthText()
          .or(() -> c.result().proof().flatMap(Proof::totalText)).orElse(null));
      // the same two depths as terms (monomials, LaTeX), for the HTML and LaTeX reports
      term(co, "statedTerm", c.statedDepth());
      term(co, "computedTerm", c.computedDepth());
      Optional<String> claimed = c.result().statement().claimedClass()
          .filter(k -> c.result().statement().problem().isEmpty());
      nullable(co, "claimedClass", claimed.orElse(null));
      nullable(co, "computedClass", claimed.isEmpty() ? null : c.result().architecture()
          .map(a -> r.architectures().get(a)).map(a -> a.conclusion().id()).orElse(null));
      co.put("verdict", c.verdict().name());
      nullable(co, "slack", c.decision().flatMap(Decision::slack).map(p -> p.ascii())
          .orElse(null));
      nullable(co, "holdsIf", c.decision().flatMap(Decision::holdsIf).orElse(null));
      nullable(co, "holdsIfKind", kind(c.decision()));
      counterexample(co, c.decision());
      // which construction the verdict is about, and the verdict in every reading
      co.put("construction", c.construction());
      co.put("reading", c.reading());
      co.put("readingSummary", c.readingSummary());
      ArrayNode readings = co.putArray("readings");
      for (ReadingVerdict v : c.readings()) {
        ObjectNode ro = readings.addObject();
        nullable(ro, "variant", v.variant().isEmpty() ? null : v.variant());
        ro.put("reading", v.label());
        ro.put("computed", v.computed().ascii());
        ro.put("verdict", v.verdict().name());
        nullable(ro, "holdsIf", v.decision().flatMap(Decision::holdsIf).orElse(null));
        nullable(ro, "holdsIfKind", kind(v.decision()));
        nullable(ro, "slack", v.decision().flatMap(Decision::slack).map(p -> p.ascii())
            .orElse(null));
        counterexample(ro, v.decision());
      }
    }
    ArrayNode findings = o.putArray("findings");
    for (Finding x : r.findings()) {
      ObjectNode fo = findings.addObject();
      fo.put("claim", x.claim());
      fo.put("line", line(r, x.claim()));
      fo.put("check", x.check());
      fo.put("severity", x.severity());
      fo.put("message", x.message());
      fo.put("about", x.about());
    }
    ObjectNode summary = o.putObject("summary");
    for (String s : new String[] {"error", "warning", "info"}) {
      summary.put(s, r.count(s));
    }
    return o;
  }

  /**
   * The line of result {@code id} in the paper file (where a CI annotation or a reader should
   * look), 1 when the paper has no such result (a finding about the paper as a whole).
   */
  public static int line(AuditResult r, String id) {
    return r.paper().result(id).map(p -> Math.max(1, r.paper().tree().line(p.path())))
        .orElse(1);
  }

  private static void counterexample(ObjectNode o, Optional<Decision> d) {
    if (d.isPresent() && d.get().counterexample().isPresent()) {
      o.set("counterexample", Json.point(d.get().counterexample().get()));
    } else {
      o.putNull("counterexample");
    }
  }

  private static void term(ObjectNode o, String key, Optional<DepthTerm> t) {
    if (t.isPresent()) {
      o.set(key, Json.term(t.get()));
    } else {
      o.putNull(key);
    }
  }

  private static void nullable(ObjectNode o, String key, String value) {
    if (value == null) {
      o.putNull(key);
    } else {
      o.put(key, value);
    }
  }

  /** "iff" when the condition's necessity is certified, "sufficient" otherwise (issue #9). */
  private static String kind(Optional<Decision> d) {
    return d.flatMap(Decision::condition).map(h -> h.necessary() ? "iff" : "sufficient")
        .orElse(null);
  }
}
