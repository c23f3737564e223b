package org.depthcert.cert;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The hardness corollaries a class conclusion gives (seed paper Section 6): a uniform TC^0 model
 * cannot solve an NC^1-complete problem unless TC^0 = NC^1. Listed with the completeness result
 * each rests on; only a TC^0 conclusion yields them (NC^1 is inside TC^1).
 */
final class Corollaries {
  private Corollaries() {}

  static ArrayNode of(String classId) {
    ArrayNode out = Json.F.arrayNode();
    if (!classId.equals("TC0")) {
      return out;
    }
    add(out, "Unless TC^0 = NC^1, the model cannot solve the fixed membership problem for "
        + "recognizing morphisms over finite words, which is NC^1-complete.",
        "[FK19] Proposition 7.1; arXiv 2412.18040 Proposition 6.2, Theorems 6.6 and 6.7");
    add(out, "Unless TC^0 = NC^1, the model cannot solve the (A_{F,r})^* closure problem, "
        + "which is NC^1-complete for a nonsolvable monoid A.",
        "[AAM03] Theorem 7.3(a); arXiv 2412.18040 Theorem 6.5, Theorems 6.8 and 6.9");
    return out;
  }

  private static void add(ArrayNode out, String statement, String reference) {
    ObjectNode o = out.addObject();
    o.put("statement", statement);
    o.put("reference", reference);
  }
}
