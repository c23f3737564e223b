package org.depthcert.expr;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.apache.commons.numbers.fraction.BigFraction;
import org.depthcert.algebra.DepthTerm;
import org.depthcert.algebra.Monomial;
import org.depthcert.algebra.Polynomial;

/**
 * Products, quotients, powers and maxes of {@link Value}s, each failing with a
 * {@link FormulaException} at the given column. A max is combined with a polynomial term by term,
 * which is exact whenever it is allowed: {@code c * max(a, b) = max(c*a, c*b)} needs {@code c >= 0},
 * guaranteed here by non-negative coefficients since every variable is at least 1.
 */
final class Arithmetic {
  private Arithmetic() {}

  static Value multiply(Value a, Value b, int column) {
    if (a instanceof Value.Poly pa && b instanceof Value.Poly pb) {
      return Value.of(times(pa.polynomial(), pb.polynomial(), column));
    }
    if (a instanceof Value.Max ma && b instanceof Value.Max mb) {
      List<Polynomial> products = new ArrayList<>();
      checkAlternatives((long) ma.term().terms().size() * mb.term().terms().size(), column);
      for (Polynomial x : ma.term().terms()) {
        for (Polynomial y : mb.term().terms()) {
          products.add(times(x, y, column));
        }
      }
      return depthTerm(products, column);
    }
    DepthTerm m = a instanceof Value.Max ma ? ma.term() : ((Value.Max) b).term();
    Polynomial c = a instanceof Value.Poly pa ? pa.polynomial() : ((Value.Poly) b).polynomial();
    if (!c.isNonNegativeCoefficientwise()) {
      throw new FormulaException(
          "a max can only be multiplied by a factor with non-negative coefficients, not "
              + c.ascii(), column);
    }
    return termwise(m, t -> times(t, c, column), column);
  }

  /** {@code a / b}, where {@code b} must be a non-zero constant; column is the divisor's. */
  static Value divide(Value a, Value b, int column) {
    if (!(b instanceof Value.Poly pb) || !pb.polynomial().variables().isEmpty()) {
      throw new FormulaException("division by a non-constant", column);
    }
    BigFraction divisor = pb.polynomial().coefficient(Monomial.ONE);
    if (divisor.signum() == 0) {
      throw new FormulaException("division by zero", column);
    }
    BigFraction factor = divisor.reciprocal();
    if (a instanceof Value.Poly pa) {
      return Value.of(pa.polynomial().scale(factor));
    }
    if (factor.signum() < 0) {
      throw new FormulaException("a max cannot be divided by a negative number", column);
    }
    return termwise(((Value.Max) a).term(), t -> t.scale(factor), column);
  }

  /** {@code base^exponent} by repeated multiplication, so the size bounds apply at each step. */
  static Value power(Value base, int exponent, int column) {
    Value result = Value.of(Polynomial.ONE);
    for (int i = 0; i < exponent; i++) {
      result = multiply(result, base, column);
    }
    return result;
  }

  /** {@code max(args)}: nested maxes are flattened, every alternative must be a depth term. */
  static Value max(List<Value> args, int column) {
    List<Polynomial> alternatives = new ArrayList<>();
    for (Value v : args) {
      if (v instanceof Value.Max m) {
        alternatives.addAll(m.term().terms());
      } else {
        alternatives.add(((Value.Poly) v).polynomial());
      }
    }
    checkAlternatives(alternatives.size(), column);
    return depthTerm(alternatives, column);
  }

  /** {@code m + c} for a polynomial {@code c} of any sign: {@code max(a, b) + c = max(a+c, b+c)}. */
  static Value plus(DepthTerm m, Polynomial c, int column) {
    return termwise(m, t -> t.plus(c), column);
  }

  /** Sum of two maxes, bounded because pairwise sums multiply the number of alternatives. */
  static DepthTerm plus(DepthTerm a, DepthTerm b, int column) {
    checkAlternatives((long) a.terms().size() * b.terms().size(), column);
    return a.plus(b);
  }

  private static Value termwise(DepthTerm m, UnaryOperator<Polynomial> f, int column) {
    List<Polynomial> mapped = new ArrayList<>();
    for (Polynomial t : m.terms()) {
      mapped.add(f.apply(t));
    }
    return depthTerm(mapped, column);
  }

  private static Value depthTerm(List<Polynomial> alternatives, int column) {
    try {
      return new Value.Max(DepthTerm.max(alternatives));
    } catch (IllegalArgumentException e) {
      // DepthTerm says why (negative coefficient, non-linear in depth constants): pass it on.
      throw new FormulaException(e.getMessage(), column);
    }
  }

  private static Polynomial times(Polynomial a, Polynomial b, int column) {
    if (a.degree() + b.degree() > Limits.MAX_DEGREE) {
      throw new FormulaException("degree above " + Limits.MAX_DEGREE, column);
    }
    if ((long) a.terms().size() * b.terms().size() > Limits.MAX_PRODUCT_TERMS) {
      throw new FormulaException("product too large to expand (more than "
          + Limits.MAX_PRODUCT_TERMS + " term products)", column);
    }
    return a.times(b);
  }

  private static void checkAlternatives(long count, int column) {
    if (count > Limits.MAX_ALTERNATIVES) {
      throw new FormulaException("more than " + Limits.MAX_ALTERNATIVES + " alternatives in a max",
          column);
    }
  }

  /** The value of a constant integer polynomial, or empty when it is not one. */
  static Optional<BigInteger> integerConstant(Polynomial p) {
    if (!p.variables().isEmpty()) {
      return Optional.empty();
    }
    BigFraction c = p.coefficient(Monomial.ONE);
    BigInteger den = c.getDenominator();
    // The denominator may carry the sign; when it is +-1 the value is numerator * denominator.
    return den.abs().equals(BigInteger.ONE)
        ? Optional.of(c.getNumerator().multiply(den))
        : Optional.empty();
  }
}
