package org.depthcert.onnx;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.numbers.fraction.BigFraction;
import org.depthcert.algebra.Polynomial;

/**
 * The {@code --dim VALUE=NAME} options: concrete sizes the user names, so that they become
 * symbolic parameters. Every size check is made on the concrete model (each name replaced by its
 * value; ONNX dim_params stay symbolic), so naming never hides a mismatch. It also records where
 * each named value was read and which of those places the graph forces to be equal: a value two
 * dimensions share without the graph ever equating them is reported, so that one name never
 * silently stands for two meanings.
 */
final class DimNames {
  private static final Pattern OPTION = Pattern.compile("(\\d{1,9})=([A-Za-z][A-Za-z0-9_]*)");

  private final Map<Long, String> byValue = new TreeMap<>();
  private final Map<String, Long> byName = new LinkedHashMap<>();
  /** Union-find over origins (input or weight axes) of named values. */
  private final Map<String, String> parent = new HashMap<>();
  private final Map<String, Long> originValue = new LinkedHashMap<>();

  /** Parses the options; a malformed or conflicting one is an {@link IllegalArgumentException}. */
  static DimNames parse(List<String> options) {
    DimNames d = new DimNames();
    for (String o : options) {
      Matcher m = OPTION.matcher(o.trim());
      if (!m.matches()) {
        throw new IllegalArgumentException("--dim " + o + ": expected VALUE=NAME, e.g. 64=d");
      }
      long v = Long.parseLong(m.group(1));
      String name = m.group(2);
      if (v < 2) {
        throw new IllegalArgumentException("--dim " + o + ": only sizes >= 2 can be named (1 is "
            + "the broadcast size)");
      }
      if (name.equals("p") || name.startsWith("d_")) {
        throw new IllegalArgumentException("--dim " + o + ": '" + name + "' is reserved (p is the "
            + "precision, d_... are depth constants)");
      }
      String prior = d.byValue.putIfAbsent(v, name);
      if (prior != null && !prior.equals(name)) {
        throw new IllegalArgumentException("--dim " + o + ": " + v + " is already named " + prior);
      }
      Long priorValue = d.byName.putIfAbsent(name, v);
      if (priorValue != null && priorValue != v) {
        throw new IllegalArgumentException("--dim " + o + ": " + name + " already names "
            + priorValue);
      }
    }
    return d;
  }

  Map<String, Long> names() {
    return byName;
  }

  boolean isNamed(String name) {
    return byName.containsKey(name);
  }

  /** The dimension read at {@code origin} (e.g. {@code src axis 2}) of concrete size v. */
  Dim read(long v, String origin) {
    String name = byValue.get(v);
    if (name == null) {
      return Dim.of(v);
    }
    originValue.put(origin, v);
    parent.putIfAbsent(origin, origin);
    return new Dim(Polynomial.variable(name), origin);
  }

  /** The size with every named value put back: what the concrete model has. */
  Polynomial concrete(Polynomial p) {
    Polynomial r = p;
    for (Map.Entry<String, Long> e : byName.entrySet()) {
      r = r.substitute(e.getKey(), Polynomial.constant(e.getValue()));
    }
    return r;
  }

  /** Whether two sizes are equal in the concrete model. */
  boolean same(Polynomial a, Polynomial b) {
    return concrete(a).equals(concrete(b));
  }

  /** The value of a size that is a concrete integer in the model, or null. */
  Long value(Polynomial p) {
    Polynomial c = concrete(p);
    if (!c.variables().isEmpty()) {
      return null;
    }
    BigFraction f = c.coefficient(org.depthcert.algebra.Monomial.ONE);
    if (!f.getDenominator().equals(BigInteger.ONE)) {
      return null;
    }
    return f.getNumerator().longValueExact();
  }

  /** Records that the graph requires a and b to be the same size. */
  void equate(Dim a, Dim b) {
    if (a.origin() != null && b.origin() != null) {
      parent.put(find(a.origin()), find(b.origin()));
    }
  }

  private String find(String x) {
    String r = x;
    while (!parent.get(r).equals(r)) {
      r = parent.get(r);
    }
    return r;
  }

  /**
   * One line per named value whose places fall into more than one class the graph equates: the
   * user named two dimensions that merely share a size.
   */
  List<String> sharedValues() {
    List<String> out = new ArrayList<>();
    for (Map.Entry<Long, String> e : byValue.entrySet()) {
      Map<String, TreeSet<String>> classes = new TreeMap<>();
      for (Map.Entry<String, Long> o : originValue.entrySet()) {
        if (o.getValue().equals(e.getKey())) {
          classes.computeIfAbsent(find(o.getKey()), k -> new TreeSet<>()).add(o.getKey());
        }
      }
      if (classes.size() > 1) {
        List<String> groups = new ArrayList<>();
        classes.values().forEach(s -> groups.add("{" + String.join(", ", s) + "}"));
        out.add(e.getKey() + " (named " + e.getValue() + ") is the size of dimensions the graph "
            + "never equates: " + String.join(" and ", groups) + "; they all became "
            + e.getValue() + ", check that it means one thing");
      }
    }
    return out;
  }
}
