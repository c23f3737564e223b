package org.depthcert.diff;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.stream.Collectors;
import org.depthcert.algebra.Rationals;

/** Every subject's change between two certificates, in the new certificate's order. */
public record DiffResult(String before, String after, List<Change> changes) {
  public List<Change> regressions() {
    return of(Change.Kind.REGRESSION);
  }

  public List<Change> improvements() {
    return of(Change.Kind.IMPROVEMENT);
  }

  public boolean regressed() {
    return !regressions().isEmpty();
  }

  private List<Change> of(Change.Kind kind) {
    return changes.stream().filter(c -> c.kind() == kind).collect(Collectors.toList());
  }

  /** REGRESSED, IMPROVED (nothing grew, something shrank) or UNCHANGED. */
  public String verdict() {
    return regressed() ? "REGRESSED" : improvements().isEmpty() ? "UNCHANGED" : "IMPROVED";
  }

  /** One line per changed subject (and per moved coefficient); unchanged ones are counted. */
  public String text() {
    StringBuilder sb = new StringBuilder();
    sb.append(verdict()).append(": ").append(regressions().size()).append(" regressed, ")
        .append(improvements().size()).append(" improved, ").append(of(Change.Kind.UNCHANGED)
            .size()).append(" unchanged (").append(before).append(" -> ").append(after)
        .append(")\n");
    for (Change c : changes) {
      if (c.kind() != Change.Kind.UNCHANGED) {
        c.lines().forEach(l -> sb.append(l).append('\n'));
      }
    }
    return sb.toString();
  }

  /** The stable JSON form: terms in the ASCII grammar of DESIGN.md section 9. */
  public ObjectNode json() {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode o = f.objectNode();
    o.put("before", before);
    o.put("after", after);
    o.put("verdict", verdict());
    ArrayNode arr = o.putArray("changes");
    for (Change c : changes) {
      ObjectNode co = arr.addObject();
      co.put("kind", c.kind().name());
      co.put("subjectKind", c.subject().kind().name().toLowerCase());
      co.put("subject", c.subject().name());
      co.put("label", c.subject().label());
      c.before().ifPresentOrElse(t -> co.put("before", t.ascii()), () -> co.putNull("before"));
      c.after().ifPresentOrElse(t -> co.put("after", t.ascii()), () -> co.putNull("after"));
      ArrayNode deltas = co.putArray("deltas");
      c.deltas().forEach(d -> deltas.add(Change.signed(d)));
      ArrayNode coeffs = co.putArray("coefficients");
      for (CoefficientChange cc : c.coefficients()) {
        ObjectNode x = coeffs.addObject();
        x.put("monomial", cc.monomial().ascii());
        x.put("before", Rationals.ascii(cc.before()));
        x.put("after", Rationals.ascii(cc.after()));
        x.put("message", cc.describe(c.subject()));
      }
      co.put("note", c.note());
      ArrayNode lines = co.putArray("lines");
      c.lines().forEach(lines::add);
    }
    return o;
  }
}
