/**
 * Parsing of depth formulas, assumptions and polynomials; the entry point is
 * {@link org.depthcert.expr.FormulaParser}.
 *
 * <p>Accepted syntax, ASCII and LaTeX mixed freely:
 * <ul>
 *   <li>sums {@code + -} (also U+2212), products {@code * \cdot \times · ×} and juxtaposition
 *       ({@code 11md_{\rm std}}, {@code 2(a + b)}, {@code (m+1)d_g}; never before a number),
 *       powers {@code ^2}, {@code ^{2}} (constant integers 0..32; {@code n^12} is n to the 12th),
 *       integers, division by a non-zero constant ({@code 1/2}, {@code \frac{a}{b}}; a factor
 *       right after {@code a/b} such as {@code 1/2n} is rejected as ambiguous);</li>
 *   <li>groups {@code ( )}, {@code { }}; {@code \left}, {@code \right}, spacing commands,
 *       {@code ~} and {@code $} are ignored;</li>
 *   <li>{@code max(a, b)}, {@code \max\{a, b\}}, {@code \max(a, b)} in depth terms;</li>
 *   <li>symbols: ASCII letter runs, split into declared one-letter symbols unless the whole run
 *       is declared; {@code \mathrm{name}} is always one symbol; {@code d_x} with a subscript
 *       {@code x} that is a braced group, a command ({@code \oplus}), a run of letters and
 *       digits ({@code std}, {@code g2}) or one Unicode symbol ({@code ⊕}) is a depth
 *       constant;</li>
 *   <li>comparisons {@code <= ≤ \le \leq >= ≥ \ge \geq} in assumptions.</li>
 * </ul>
 */
package org.depthcert.expr;
