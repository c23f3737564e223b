package org.depthcert.verifier.spec;

/**
 * A growth bound on a parameter: {@code kind} is constant ({@code O(1)}), polylog
 * ({@code O(log^k n)}, with {@code logPower} k), linear ({@code O(n)}) or polynomial
 * ({@code poly(n)}); {@code text} is what the spec writes, as {@code m = O(1)} or
 * {@code p <= poly(n)}.
 */
public record Growth(String variable, String kind, int logPower, String text) {}
