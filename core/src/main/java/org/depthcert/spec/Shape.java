package org.depthcert.spec;

import java.util.List;
import java.util.stream.Collectors;
import org.depthcert.algebra.Polynomial;

/** A symbolic tensor shape: each dimension an exact polynomial in size parameters. */
public record Shape(List<Polynomial> dims) {
  public Shape {
    dims = List.copyOf(dims);
  }

  public static Shape of(Polynomial... dims) {
    return new Shape(List.of(dims));
  }

  public int rank() {
    return dims.size();
  }

  /** Number of entries: the product of the dimensions. */
  public Polynomial elements() {
    Polynomial p = Polynomial.ONE;
    for (Polynomial d : dims) {
      p = p.times(d);
    }
    return p;
  }

  public Shape substitute(java.util.Map<String, Polynomial> bindings) {
    return new Shape(dims.stream().map(d -> d.substituteAll(bindings))
        .collect(Collectors.toList()));
  }

  public String ascii() {
    return dims.stream().map(Polynomial::ascii).collect(Collectors.joining(", ", "[", "]"));
  }

  @Override
  public String toString() {
    return ascii();
  }
}
