package org.depthcert.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.depthcert.audit.AuditReport;
import org.depthcert.audit.Auditor;
import org.depthcert.audit.PaperReader;
import org.depthcert.lemmas.LemmaCatalog;

/** Test support: the real audit pipeline (paper file, audit, JSON tree) for the report tests. */
final class Audits {
  /** The seed paper's results as printed (samples/papers), which the audit finds faults in. */
  static final Path SEED = Path.of("../samples/papers/arxiv-2412.18040.yaml");
  /** A paper file about the injection spec with a payload in every free-text field. */
  static final Path INJECTION =
      Path.of("src/test/resources/org/depthcert/report/injection-paper.yaml");

  private static final Map<Path, ObjectNode> CACHE = new ConcurrentHashMap<>();

  private Audits() {}

  /** The audit tree of {@code paper}, computed once per test run (read only). */
  static ObjectNode cached(Path paper) {
    return CACHE.computeIfAbsent(paper.toAbsolutePath().normalize(), p -> audit(paper));
  }

  /** A fresh audit, as one CLI invocation computes it. */
  static ObjectNode audit(Path paper) {
    return AuditReport.build(Auditor.audit(PaperReader.read(paper), LemmaCatalog.standard(),
        LemmaCatalog.classes()));
  }
}
