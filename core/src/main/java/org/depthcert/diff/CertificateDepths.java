package org.depthcert.diff;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.numbers.fraction.BigFraction;
import org.depthcert.algebra.Assumption;
import org.depthcert.algebra.DepthTerm;
import org.depthcert.algebra.Monomial;
import org.depthcert.algebra.Polynomial;
import org.depthcert.algebra.Rationals;
import org.depthcert.cert.CanonicalText;
import org.depthcert.cert.Tool;
import org.depthcert.spec.LocatedTree;
import org.depthcert.spec.SpecError;

/**
 * The depth terms a certificate states, read back from its JSON tree: the model, every block and
 * every claim's computed depth, keyed by {@link Subject}, plus the assumptions they hold under.
 * Reads the current format (certVersion "2": every term its canonical text, read by
 * {@link CanonicalText}) and, so that baselines users saved before it keep working, format "1"
 * (the explicit monomial lists; its ASCII and LaTeX forms are ignored). Only depths and
 * assumptions are read, and both formats state them exactly, so a comparison does not depend on
 * the format either side was saved in.
 */
public record CertificateDepths(String file, String title, List<Assumption> assumptions,
    LinkedHashMap<Subject, DepthTerm> depths) {
  /** The format before the canonical text forms, still read for saved baselines. */
  private static final String V1 = "1";

  /** Reads a certificate file; any deviation from the format is a located {@link SpecError}. */
  public static CertificateDepths read(java.nio.file.Path file) {
    LocatedTree tree = LocatedTree.read(file);
    return of(file.toString(), tree.root(), tree);
  }

  /** Reads a certificate tree built in memory (e.g. by CertificateBuilder). */
  public static CertificateDepths of(String name, JsonNode root) {
    return of(name, root, null);
  }

  private static CertificateDepths of(String name, JsonNode root, LocatedTree tree) {
    if (!root.isObject() || !root.has("certVersion")) {
      throw new Reader(name, tree, false).error("", "not a depthcert certificate (no "
          + "certVersion); make one with 'depthcert certify SPEC -o DIR'");
    }
    String version = root.get("certVersion").asText();
    Reader r = new Reader(name, tree, version.equals(V1));
    if (!Tool.CERT_VERSION.equals(version) && !version.equals(V1)) {
      throw r.error("certVersion", "certificate format " + version + " is not supported; this "
          + "tool reads formats " + V1 + " and " + Tool.CERT_VERSION);
    }
    List<Assumption> assumptions = new ArrayList<>();
    JsonNode as = r.array(root, "assumptions");
    for (int i = 0; i < as.size(); i++) {
      String p = "assumptions[" + i + "]";
      JsonNode a = as.get(i);
      assumptions.add(new Assumption(r.polynomial(a.get("lhs"), p + ".lhs"),
          r.polynomial(a.get("rhs"), p + ".rhs"), r.text(a, p, "text")));
    }
    LinkedHashMap<Subject, DepthTerm> depths = new LinkedHashMap<>();
    JsonNode model = root.get("model");
    if (model == null || !model.isObject()) {
      throw r.error("model", "missing the model");
    }
    depths.put(Subject.model(), r.term(model.get("depth"), "model.depth"));
    JsonNode blocks = r.array(root, "blocks");
    for (int i = 0; i < blocks.size(); i++) {
      String p = "blocks[" + i + "]";
      depths.put(Subject.block(r.text(blocks.get(i), p, "name")),
          r.term(blocks.get(i).get("depth"), p + ".depth"));
    }
    JsonNode claims = r.array(root, "claims");
    for (int i = 0; i < claims.size(); i++) {
      String p = "claims[" + i + "]";
      JsonNode c = claims.get(i);
      depths.put(Subject.claim(r.text(c, p, "id"), r.text(c, p, "subject")),
          r.term(c.get("computed"), p + ".computed"));
    }
    String title = root.path("spec").path("title").asText("");
    return new CertificateDepths(name, title, List.copyOf(assumptions), depths);
  }

  /** Reads fields and turns every defect into a located error. */
  private static final class Reader {
    private final String file;
    private final LocatedTree tree;
    private final boolean v1;

    Reader(String file, LocatedTree tree, boolean v1) {
      this.file = file;
      this.tree = tree;
      this.v1 = v1;
    }

    SpecError error(String path, String message) {
      return tree == null ? new SpecError(file, 0, path, message) : tree.error(path, message);
    }

    JsonNode array(JsonNode parent, String field) {
      JsonNode a = parent.get(field);
      if (a == null || !a.isArray()) {
        throw error(field, "expected a list '" + field + "'");
      }
      return a;
    }

    String text(JsonNode o, String path, String field) {
      JsonNode v = o == null ? null : o.get(field);
      if (v == null || !v.isTextual()) {
        throw error(path + "." + field, "expected a string '" + field + "'");
      }
      return v.asText();
    }

    /** Format 2: the canonical text at {@code path}, read by {@code reader}. */
    private <T> T canonical(JsonNode v, String path, String what,
        java.util.function.Function<String, T> reader) {
      if (v == null || !v.isTextual()) {
        throw error(path, "expected " + what);
      }
      try {
        return reader.apply(v.textValue());
      } catch (IllegalArgumentException e) {
        throw error(path, e.getMessage());
      }
    }

    DepthTerm term(JsonNode t, String path) {
      if (!v1) {
        return canonical(t, path, "a depth term such as \"max(2*d_std, d_exp)\"",
            CanonicalText::term);
      }
      if (t == null || !t.isObject() || !t.has("max") || !t.get("max").isArray()
          || t.get("max").isEmpty()) {
        throw error(path, "expected a depth term {max: [polynomial, ...]}");
      }
      List<Polynomial> terms = new ArrayList<>();
      for (int i = 0; i < t.get("max").size(); i++) {
        terms.add(polynomial(t.get("max").get(i), path + ".max[" + i + "]"));
      }
      try {
        return DepthTerm.max(terms);
      } catch (IllegalArgumentException e) {
        throw error(path, e.getMessage());
      }
    }

    Polynomial polynomial(JsonNode p, String path) {
      if (!v1) {
        return canonical(p, path, "a polynomial such as \"d_std + 3/2*d*n^2\"",
            CanonicalText::polynomial);
      }
      if (p == null || !p.isObject() || !p.has("monomials") || !p.get("monomials").isArray()) {
        throw error(path, "expected a polynomial {monomials: [...]}");
      }
      Map<Monomial, BigFraction> coefficients = new LinkedHashMap<>();
      JsonNode ms = p.get("monomials");
      for (int i = 0; i < ms.size(); i++) {
        String mp = path + ".monomials[" + i + "]";
        JsonNode m = ms.get(i);
        BigFraction c;
        try {
          c = Rationals.parse(text(m, mp, "coefficient"));
        } catch (RuntimeException e) {
          if (e instanceof SpecError) {
            throw e;
          }
          throw error(mp + ".coefficient", "not an exact rational: " + m.get("coefficient"));
        }
        JsonNode ex = m.get("exponents");
        if (ex == null || !ex.isObject()) {
          throw error(mp + ".exponents", "expected {variable: exponent}");
        }
        Map<String, Integer> exps = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : ex.properties()) {
          if (!e.getValue().canConvertToInt() || e.getValue().asInt() < 0
              || !e.getValue().isIntegralNumber()) {
            throw error(mp + ".exponents." + e.getKey(), "an exponent is a non-negative integer");
          }
          exps.put(e.getKey(), e.getValue().asInt());
        }
        Monomial mono = Monomial.of(exps);
        if (coefficients.containsKey(mono)) {
          throw error(mp, "monomial " + mono.ascii() + " listed twice");
        }
        coefficients.put(mono, c);
      }
      return Polynomial.of(coefficients);
    }
  }
}
