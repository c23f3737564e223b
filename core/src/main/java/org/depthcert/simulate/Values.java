package org.depthcert.simulate;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.numbers.fraction.BigFraction;
import org.depthcert.algebra.DepthTerm;
import org.depthcert.algebra.Polynomial;

/**
 * Exact values at the simulated point: every parameter and depth constant a whole number, plus,
 * inside a rule, its shape bindings. A dimension, count or depth must come out a whole number
 * that fits an int; anything else cannot be built and is reported.
 */
final class Values {
  private final Map<String, BigInteger> point;

  Values(Map<String, BigInteger> point) {
    this.point = Map.copyOf(point);
  }

  Map<String, BigInteger> point() {
    return point;
  }

  /** The point extended by a rule's bindings (pattern variables such as a, k, cells). */
  Values with(Map<String, Long> bindings) {
    Map<String, BigInteger> p = new HashMap<>(point);
    bindings.forEach((k, v) -> p.put(k, BigInteger.valueOf(v)));
    return new Values(p);
  }

  int of(Polynomial p, String what) {
    return whole(value(() -> p.evaluate(point), what, p.ascii()), what + " " + p.ascii());
  }

  /** A count, which may pass the int range (the limit is checked against it). */
  java.math.BigInteger count(Polynomial p, String what) {
    BigFraction v = value(() -> p.evaluate(point), what, p.ascii());
    if (!v.getDenominator().equals(BigInteger.ONE)) {
      throw new SimulationError(what + " " + p.ascii() + " is " + v + " here, not a whole number");
    }
    return v.getNumerator();
  }

  int depth(DepthTerm t, String what) {
    return whole(value(() -> t.evaluate(point), what, t.ascii()), what + " " + t.ascii());
  }

  private static BigFraction value(java.util.function.Supplier<BigFraction> f, String what,
      String text) {
    try {
      return f.get();
    } catch (IllegalArgumentException e) {
      throw new SimulationError(what + " " + text + " needs a value: " + e.getMessage()
          + " (give it with --param NAME=V)");
    }
  }

  private static int whole(BigFraction v, String what) {
    if (!v.getDenominator().equals(BigInteger.ONE)) {
      throw new SimulationError(what + " is " + v + " here, not a whole number");
    }
    BigInteger n = v.getNumerator();
    if (n.signum() < 0 || n.bitLength() > 31) {
      throw new SimulationError(what + " is " + n + " here, outside 0.." + Integer.MAX_VALUE);
    }
    return n.intValueExact();
  }
}
