package org.depthcert.cert;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.depthcert.check.CheckResult;
import org.depthcert.check.ClaimResult;
import org.depthcert.check.Finding;

/**
 * The stable machine output of {@code depthcert check --format json} (DESIGN.md section 9): one
 * object, terms in the ASCII grammar, claim ids as the paper labels them.
 */
public final class CheckReport {
  private CheckReport() {}

  public static ObjectNode build(CheckResult r) {
    ObjectNode o = Json.F.objectNode();
    o.put("tool", Tool.NAME);
    o.put("version", Tool.VERSION);
    o.put("spec", r.folded().spec().file());
    o.put("verdict", r.verdict());
    o.put("depth", r.folded().model().depth().ascii());
    o.put("class", r.conclusion().id());
    r.conclusion().sizeDegree().ifPresent(k -> o.put("sizeDegree", k));
    o.put("sizeBound", r.conclusion().sizeBound());
    o.put("violatedHypotheses", r.violatedHypotheses());
    claims(o.putArray("claims"), r);
    ArrayNode findings = o.putArray("findings");
    for (Finding f : r.findings()) {
      ObjectNode fo = findings.addObject();
      fo.put("claim", f.claim());
      fo.put("check", f.check());
      fo.put("severity", f.severity());
      fo.put("message", f.message());
    }
    if (!r.variants().isEmpty()) {
      // the spec declares readings: the verdict above rests on the base one; each variant's
      // claims follow (docs/audit.md, "Readings and variants")
      o.put("reading", r.folded().spec().readings().baseLabel());
      ArrayNode variants = o.putArray("variants");
      for (Map.Entry<String, CheckResult> e : r.variants().entrySet()) {
        ObjectNode vo = variants.addObject();
        vo.put("variant", e.getKey());
        vo.put("reading", e.getValue().folded().spec().readings().label());
        vo.put("reason", e.getValue().folded().spec().readings().reason());
        vo.put("depth", e.getValue().folded().model().depth().ascii());
        vo.put("verdict", e.getValue().verdict());
        claims(vo.putArray("claims"), e.getValue());
      }
    }
    return o;
  }

  private static void claims(ArrayNode claims, CheckResult r) {
    for (ClaimResult c : r.claims()) {
      ObjectNode co = claims.addObject();
      co.put("id", c.claim().id());
      co.put("subject", c.claim().subject());
      if (c.claim().stated().isPresent()) {
        co.put("stated", c.claim().stated().get().ascii());
      } else {
        co.putNull("stated");
      }
      co.put("computed", c.computed().ascii());
      co.put("verdict", c.verdict().name());
      c.claim().claimedClass().ifPresent(k -> co.put("claimedClass", k));
      nullable(co, "slack", c.depth().flatMap(d -> d.slack()).map(p -> p.ascii()).orElse(null));
      nullable(co, "holdsIf", c.depth().flatMap(d -> d.holdsIf()).orElse(null));
      if (c.depth().isPresent() && c.depth().get().counterexample().isPresent()) {
        co.set("counterexample", Json.point(c.depth().get().counterexample().get()));
      } else {
        co.putNull("counterexample");
      }
    }
  }

  private static void nullable(ObjectNode o, String key, String value) {
    if (value == null) {
      o.putNull(key);
    } else {
      o.put(key, value);
    }
  }
}
