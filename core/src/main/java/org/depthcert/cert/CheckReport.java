package org.depthcert.cert;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.depthcert.check.CheckResult;
import org.depthcert.check.ClaimResult;
import org.depthcert.check.Finding;

/**
 * The stable machine output of {@code depthcert check --format json} (DESIGN.md section 9, keys
 * in docs/check-json.md): one object, terms in the ASCII grammar, claim ids as the paper labels
 * them; per block its depth, critical paths and size, the model's depth and size with its
 * degree in n, the class, and the assumptions taken from lemma files, as the certificate says.
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
    o.put("sizeDegree", r.conclusion().sizeDegree());
    o.put("classStatement", r.conclusion().statement());
    o.set("model", model(r));
    o.set("blocks", blocks(r));
    ArrayNode assumed = o.putArray("userAssumptions");
    for (org.depthcert.rules.Declaration d : org.depthcert.check.UserAssumptions.used(
        r.folded())) {
      ObjectNode a = assumed.addObject();
      a.put("kind", d.kind() == org.depthcert.rules.Declaration.Kind.CONSTANT ? "constant"
          : "gadget");
      a.put("name", d.name());
      a.put("text", d.text());
      a.put("file", d.file());
      a.put("line", d.line());
      a.put("sha256", d.sha256());
    }
    ArrayNode claims = o.putArray("claims");
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
    ArrayNode findings = o.putArray("findings");
    for (Finding f : r.findings()) {
      ObjectNode fo = findings.addObject();
      fo.put("claim", f.claim());
      fo.put("check", f.check());
      fo.put("severity", f.severity());
      fo.put("message", f.message());
    }
    return o;
  }

  private static ObjectNode model(CheckResult r) {
    ObjectNode m = Json.F.objectNode();
    m.put("composition", r.folded().model().composition());
    m.put("depth", r.folded().model().depth().ascii());
    m.set("size", sizes(r.folded().model().size()));
    m.put("gadgets", r.conclusion().gadgetCount().ascii());
    m.put("sizeDegree", r.conclusion().sizeDegree());
    return m;
  }

  private static ArrayNode blocks(CheckResult r) {
    ArrayNode blocks = Json.F.arrayNode();
    for (org.depthcert.spec.BlockSpec b : r.folded().spec().blocks().values()) {
      ObjectNode bo = blocks.addObject();
      bo.put("name", b.name());
      bo.put("opaque", b.isOpaque());
      if (b.isOpaque()) {
        bo.put("depth", b.opaqueDepth().orElseThrow().ascii());
        continue;
      }
      org.depthcert.fold.BlockResult res = r.folded().blocks().get(b.name());
      bo.put("depth", res.depth().ascii());
      ArrayNode paths = bo.putArray("criticalPaths");
      for (org.depthcert.fold.CriticalPath p : res.criticalPaths()) {
        ObjectNode po = paths.addObject();
        po.put("term", p.term().ascii());
        ArrayNode nodes = po.putArray("nodes");
        p.nodes().forEach(nodes::add);
      }
      bo.set("size", sizes(res.size()));
    }
    return blocks;
  }

  private static ObjectNode sizes(java.util.Map<String, org.depthcert.algebra.Polynomial> size) {
    ObjectNode s = Json.F.objectNode();
    size.forEach((k, v) -> s.put(k, v.ascii()));
    return s;
  }

  private static void nullable(ObjectNode o, String key, String value) {
    if (value == null) {
      o.putNull(key);
    } else {
      o.put(key, value);
    }
  }
}
