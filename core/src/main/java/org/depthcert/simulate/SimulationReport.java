package org.depthcert.simulate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Map;

/** A simulation as one JSON object (keys as docs/simulate.md lists them) or as text. */
public final class SimulationReport {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT);

  private SimulationReport() {}

  public static ObjectNode json(Simulation s) {
    ObjectNode o = F.objectNode();
    for (String p : new String[] {"n", "d", "m"}) {
      if (s.parameters().containsKey(p)) {
        o.put(p, s.parameters().get(p));
      }
    }
    s.parameters().forEach((k, v) -> {
      if (!o.has(k)) {
        o.put(k, v); // null for a parameter given no value (none of the sizes needs it)
      }
    });
    o.set("profile", counts(s.profile()));
    o.put("seed", s.seed());
    o.put("symbolicDepth", s.symbolicDepth().ascii());
    o.put("symbolicDepthValue", s.symbolicDepthValue());
    if (s.explicitDepth().isPresent()) {
      o.put("explicitDepth", s.explicitDepth().getAsLong());
    } else {
      o.putNull("explicitDepth");
    }
    o.set("symbolicGadgets", counts(s.symbolicGadgets()));
    o.set("explicitGadgets", counts(s.explicitGadgets()));
    o.put("agree", s.agree());
    o.put("gadgets", s.gadgets());
    o.put("seconds", BigDecimal.valueOf(s.seconds()).setScale(3, RoundingMode.HALF_UP));
    s.firstDifference().ifPresent(d -> o.set("firstDifference", difference(d)));
    return o;
  }

  public static String jsonText(Simulation s) {
    try {
      return MAPPER.writeValueAsString(json(s)) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  public static String text(Simulation s) {
    StringBuilder b = new StringBuilder();
    b.append(s.agree() ? "AGREE" : "DISAGREE").append(": explicit circuit of ")
        .append(s.gadgets()).append(" gadgets at ").append(s.parameters()).append('\n');
    b.append("profile ").append(s.profile()).append(" (seed ").append(s.seed()).append(")\n");
    b.append("symbolic depth ").append(s.symbolicDepth().ascii()).append(" = ")
        .append(s.symbolicDepthValue()).append('\n');
    b.append("explicit depth ").append(s.explicitDepth().isPresent()
        ? String.valueOf(s.explicitDepth().getAsLong()) : "(not built: shapes differ)")
        .append('\n');
    b.append("symbolic gadgets ").append(s.symbolicGadgets()).append('\n');
    b.append("explicit gadgets ").append(s.explicitGadgets()).append('\n');
    s.firstDifference().ifPresent(d -> b.append("first difference (").append(d.what())
        .append(") at ").append(d.block()).append(" #").append(d.instance())
        .append(d.node().isEmpty() ? "" : "." + d.node()).append(" (").append(d.op())
        .append(d.rule().isEmpty() ? "" : ", " + d.rule()).append("): explicit arrival ")
        .append(d.explicit().arrival()).append(", gadgets ").append(d.explicit().gadgets())
        .append(", shape ").append(d.explicit().shape()).append("; symbolic arrival ")
        .append(d.symbolic().arrival()).append(", gadgets ").append(d.symbolic().gadgets())
        .append(", shape ").append(d.symbolic().shape()).append('\n'));
    b.append(String.format(java.util.Locale.ROOT, "%.3f s, %d nodes, %d edges%n", s.seconds(),
        s.nodes(), s.edges()));
    return b.toString();
  }

  private static ObjectNode difference(Difference d) {
    ObjectNode o = F.objectNode();
    o.put("what", d.what());
    o.put("block", d.block());
    o.put("instance", d.instance());
    o.put("node", d.node());
    o.put("op", d.op());
    o.put("rule", d.rule());
    o.set("explicit", side(d.explicit()));
    o.set("symbolic", side(d.symbolic()));
    return o;
  }

  private static ObjectNode side(Difference.Side s) {
    ObjectNode o = F.objectNode();
    o.put("arrival", s.arrival());
    o.set("gadgets", counts(s.gadgets()));
    o.put("shape", s.shape());
    return o;
  }

  private static ObjectNode counts(Map<String, BigInteger> m) {
    ObjectNode o = F.objectNode();
    m.forEach(o::put);
    return o;
  }
}
