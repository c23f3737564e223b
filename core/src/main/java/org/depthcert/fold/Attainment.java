package org.depthcert.fold;

import org.depthcert.algebra.Polynomial;

/**
 * Why a node's arrival depth has the term {@code term}: input {@code input} arrives with
 * {@code inputTerm} and the node's own circuit adds {@code localTerm}. {@code input} is empty for a
 * node without inputs; {@code inputTerm} is zero for a block input.
 */
public record Attainment(Polynomial term, String input, Polynomial inputTerm,
    Polynomial localTerm) {}
