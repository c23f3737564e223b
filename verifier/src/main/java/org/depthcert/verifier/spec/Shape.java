package org.depthcert.verifier.spec;

import java.util.List;
import java.util.Map;
import org.depthcert.verifier.Poly;

/** A tensor shape: each dimension an exact polynomial in the size parameters. */
public record Shape(List<Poly> dims) {
  public Shape {
    dims = List.copyOf(dims);
  }

  public int rank() {
    return dims.size();
  }

  /** The number of entries: the product of the dimensions. */
  public Poly entries() {
    Poly p = Poly.ONE;
    for (Poly d : dims) {
      p = p.times(d);
    }
    return p;
  }

  Shape substitute(Map<String, Poly> bindings) {
    return new Shape(dims.stream().map(d -> Substitution.apply(d, bindings)).toList());
  }

  @Override
  public String toString() {
    return dims.toString();
  }
}
