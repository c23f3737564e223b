package org.depthcert.rules;

import java.util.Map;
import java.util.Optional;

/**
 * How a rule is expanded into gadgets entry by entry when {@code depthcert simulate} builds the
 * explicit circuit (docs/simulate.md). Independent of the rule's symbolic depth and size, so that
 * the simulation checks them.
 */
public sealed interface Explicit {
  /** One gadget of the rule per output entry, reading the entries at its position. */
  record Elementwise() implements Explicit {}

  /** One gadget of the rule per row ({@code rows}) or column, of the row's arity. */
  record Reduce(boolean rows, boolean countsSummands) implements Explicit {}

  /** Products by the rule of op {@code product}, then sums of arity k by the rule of {@code sum}. */
  record Matmul(String product, String sum) implements Explicit {}

  /** Products of entries by the rule of op {@code product}; rows and columns paired or shared. */
  record Kron(String product, boolean rowsPair, boolean colsPair) implements Explicit {}

  /** No gadget: entries re-indexed, by one kind for every op or a kind per op. */
  record Wiring(Optional<WiringKind> all, Map<String, WiringKind> byOp) implements Explicit {
    public WiringKind kindFor(String op) {
      return all.orElseGet(() -> byOp.get(op));
    }
  }

  /** Expands a derived lemma through its body. */
  record Body() implements Explicit {}

  /**
   * The re-indexings a wiring rule may do. {@code ROTATE_HALF} takes X and N = -X of one shape
   * and gives, along the last dimension, (N_2, X_1, N_4, X_3, ...): the rotated half of each
   * pair that the rotary embedding multiplies by sin (Definition 3.25).
   */
  enum WiringKind {
    TRANSPOSE, FLAT, PLACE, DIAG, ROTATE_HALF;

    public static Optional<WiringKind> named(String name) {
      for (WiringKind k : values()) {
        if (k.name().toLowerCase(java.util.Locale.ROOT).equals(name)) {
          return Optional.of(k);
        }
      }
      return Optional.empty();
    }
  }
}
