package org.depthcert.gate;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.depthcert.cert.Tool;

/**
 * A SARIF 2.1.0 log with one run of depthcert: one result per finding, located at the spec file
 * and line. Takes plain {@link GateFinding}s so that any command (check, audit) can reuse it.
 */
public final class SarifWriter {
  public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

  private static final Map<String, String> RULES = new TreeMap<>(Map.of(
      GateFindings.CLAIM_FAILS, "A bound the paper states does not hold for the computed depth.",
      GateFindings.CLAIM_UNDECIDED, "A stated bound could be neither certified nor refuted.",
      GateFindings.REGRESSION, "A depth grew against the baseline certificate.",
      GateFindings.INPUT_ERROR, "The spec could not be read.",
      "depthcert/proof-arithmetic", "The proof's steps do not add up to its own total.",
      "depthcert/statement-vs-proof", "The statement differs from the proof's total.",
      "depthcert/soundness", "The statement is below the critical-path depth.",
      "depthcert/cross-reference", "A step cites another lemma with a different value.",
      "depthcert/hypothesis", "A lemma's hypothesis is not discharged by the assumptions.",
      "depthcert/subject", "A result about one architecture is cited for another."));

  private SarifWriter() {}

  public static ObjectNode write(List<GateFinding> findings) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode log = f.objectNode();
    log.put("$schema", SCHEMA);
    log.put("version", "2.1.0");
    ObjectNode run = log.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", Tool.NAME);
    driver.put("version", Tool.VERSION);
    ArrayNode rules = driver.putArray("rules");
    Map<String, Integer> index = new TreeMap<>();
    Map<String, String> all = new TreeMap<>(RULES);
    findings.forEach(x -> all.putIfAbsent(x.ruleId(), "depthcert check " + x.ruleId()));
    for (Map.Entry<String, String> r : all.entrySet()) {
      index.put(r.getKey(), rules.size());
      ObjectNode ro = rules.addObject();
      ro.put("id", r.getKey());
      ro.putObject("shortDescription").put("text", r.getValue());
    }
    ArrayNode results = run.putArray("results");
    for (GateFinding x : findings) {
      ObjectNode res = results.addObject();
      res.put("ruleId", x.ruleId());
      res.put("ruleIndex", index.get(x.ruleId()));
      res.put("level", x.level());
      res.putObject("message").put("text", x.message());
      ObjectNode phys = res.putArray("locations").addObject().putObject("physicalLocation");
      ObjectNode artifact = phys.putObject("artifactLocation");
      Path p = Path.of(x.file());
      if (p.isAbsolute()) {
        artifact.put("uri", p.toUri().toString());
      } else {
        artifact.put("uri", x.file().replace('\\', '/'));
        artifact.put("uriBaseId", "%SRCROOT%");
      }
      if (x.line() > 0) {
        phys.putObject("region").put("startLine", x.line());
      }
    }
    return log;
  }
}
