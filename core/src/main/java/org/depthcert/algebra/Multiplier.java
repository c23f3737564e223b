package org.depthcert.algebra;

import org.apache.commons.numbers.fraction.BigFraction;

/**
 * One assumption multiplier of an inequality certificate: {@code value * cofactor * (rhs - lhs)}
 * of assumption number {@code assumption}, non-negative on the domain because the value is
 * {@code >= 0}, the cofactor is a monomial of variables {@code >= 1} and the gap is {@code >= 0}.
 */
public record Multiplier(int assumption, Monomial cofactor, BigFraction value) {}
