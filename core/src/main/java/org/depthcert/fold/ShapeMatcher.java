package org.depthcert.fold;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.depthcert.algebra.Polynomial;
import org.depthcert.rules.Rule;
import org.depthcert.rules.Signature;
import org.depthcert.spec.Shape;

/**
 * Matches a rule's signature against the shapes of a node's inputs. A mismatch is returned as a
 * message naming the dimension that differs (the caller turns it into a located error).
 */
final class ShapeMatcher {
  private ShapeMatcher() {}

  /** The match, or a failure message in {@code problem[0]}. */
  static Optional<ShapeMatch> match(Rule rule, String op, List<String> names, List<Shape> shapes,
      Optional<Shape> declared, String[] problem) {
    Signature sig = rule.signature();
    switch (sig.kind()) {
      case ELEMENTWISE:
        return elementwise(op, names, shapes, problem);
      case RESHAPE:
        if (declared.isEmpty() || shapes.size() != 1) {
          problem[0] = op + " takes one input and needs its declared 'shape'";
          return Optional.empty();
        }
        return Optional.of(new ShapeMatch(Map.of(), declared.get()));
      case ANY:
        if (declared.isPresent()) {
          return Optional.of(new ShapeMatch(Map.of(), declared.get()));
        }
        if (shapes.isEmpty()) {
          problem[0] = op + " has no input; declare its 'shape'";
          return Optional.empty();
        }
        return Optional.of(new ShapeMatch(Map.of(), shapes.get(0)));
      default:
        return pattern(sig, op, names, shapes, problem);
    }
  }

  private static Optional<ShapeMatch> pattern(Signature sig, String op, List<String> names,
      List<Shape> shapes, String[] problem) {
    List<String> formal = new ArrayList<>(sig.inputs().keySet());
    if (formal.size() != shapes.size()) {
      problem[0] = op + " takes " + formal.size() + " input(s) " + formal + " but the node gives "
          + shapes.size();
      return Optional.empty();
    }
    Map<String, Polynomial> bind = new TreeMap<>();
    Map<String, String> boundBy = new TreeMap<>();
    for (int i = 0; i < formal.size(); i++) {
      List<Polynomial> pattern = sig.inputs().get(formal.get(i));
      Shape actual = shapes.get(i);
      if (pattern.size() != actual.rank()) {
        problem[0] = op + " expects " + formal.get(i) + " of rank " + pattern.size() + " "
            + describe(pattern) + " but input " + names.get(i) + " has shape " + actual.ascii();
        return Optional.empty();
      }
      for (int k = 0; k < pattern.size(); k++) {
        Polynomial pat = pattern.get(k);
        Polynomial dim = actual.dims().get(k);
        if (pat.variables().isEmpty()) {
          if (!pat.equals(dim)) {
            problem[0] = op + " expects dimension " + (k + 1) + " of " + names.get(i) + " to be "
                + pat.ascii() + " but it is " + dim.ascii();
            return Optional.empty();
          }
          continue;
        }
        String var = pat.variables().iterator().next();
        Polynomial prior = bind.putIfAbsent(var, dim);
        if (prior != null && !prior.equals(dim)) {
          problem[0] = op + " needs matching dimensions: " + var + " is " + prior.ascii()
              + " in " + boundBy.get(var) + " but " + dim.ascii() + " in " + names.get(i)
              + " " + actual.ascii();
          return Optional.empty();
        }
        boundBy.putIfAbsent(var, names.get(i) + " " + actual.ascii());
      }
    }
    List<Polynomial> out = new ArrayList<>();
    for (Polynomial p : sig.output()) {
      out.add(p.substituteAll(bind));
    }
    return Optional.of(new ShapeMatch(bind, new Shape(out)));
  }

  private static Optional<ShapeMatch> elementwise(String op, List<String> names,
      List<Shape> shapes, String[] problem) {
    if (shapes.isEmpty()) {
      problem[0] = op + " needs at least one input";
      return Optional.empty();
    }
    List<Polynomial> out = new ArrayList<>(shapes.get(0).dims());
    for (int i = 1; i < shapes.size(); i++) {
      Shape s = shapes.get(i);
      if (s.rank() != out.size()) {
        problem[0] = op + ": inputs " + names.get(0) + " and " + names.get(i)
            + " have different ranks (" + shapes.get(0).ascii() + " vs " + s.ascii() + ")";
        return Optional.empty();
      }
      for (int k = 0; k < out.size(); k++) {
        Polynomial a = out.get(k);
        Polynomial b = s.dims().get(k);
        if (a.equals(b) || b.equals(Polynomial.ONE)) {
          continue;
        }
        if (a.equals(Polynomial.ONE)) {
          out.set(k, b);
          continue;
        }
        problem[0] = op + ": shapes do not match elementwise: dimension " + (k + 1) + " is "
            + a.ascii() + " but " + names.get(i) + " " + s.ascii() + " has " + b.ascii()
            + " (only equal dimensions or 1 broadcast)";
        return Optional.empty();
      }
    }
    Shape output = new Shape(out);
    return Optional.of(new ShapeMatch(Map.of("cells", output.elements()), output));
  }

  private static String describe(List<Polynomial> pattern) {
    List<String> s = new ArrayList<>();
    pattern.forEach(p -> s.add(p.ascii()));
    return s.toString();
  }
}
