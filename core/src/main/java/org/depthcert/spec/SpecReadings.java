package org.depthcert.spec;

import java.util.List;
import java.util.Optional;

/**
 * The readings a spec declares: {@code reading:} says in one line which reading of the paper the
 * spec's blocks write (the base reading), {@code variants:} the alternatives. {@code applied} is
 * the variant a spec object has been rewritten to (empty for the base reading itself).
 */
public record SpecReadings(Optional<String> base, List<VariantSpec> variants,
    Optional<String> applied) {
  public static final SpecReadings NONE =
      new SpecReadings(Optional.empty(), List.of(), Optional.empty());

  public Optional<VariantSpec> variant(String name) {
    return variants.stream().filter(v -> v.name().equals(name)).findFirst();
  }

  /** True when the spec names more than one reading. */
  public boolean hasVariants() {
    return !variants.isEmpty();
  }

  /** The same readings, as seen by the spec rewritten to {@code variant}. */
  public SpecReadings applying(String variant) {
    return new SpecReadings(base, variants, Optional.of(variant));
  }

  /**
   * A short name for the base reading: its {@code reading:} line up to the first colon
   * ("the proof's construction"), or "as written" when the spec declares none.
   */
  public String baseLabel() {
    String text = base.orElse("as written").trim();
    int colon = text.indexOf(':');
    return colon > 0 ? text.substring(0, colon).trim() : text;
  }

  /**
   * The short name of the reading this spec object is in, as prose: the base label, a variant
   * named like an adverb as words ("as defined"), any other as "the NAME reading".
   */
  public String label() {
    return applied.flatMap(this::variant).map(v -> v.words().startsWith("as ") ? v.words()
        : "the " + v.name() + " reading").orElse(baseLabel());
  }

  /** What the reading takes the paper to say: the variant's reason, or the base line's rest. */
  public String reason() {
    Optional<VariantSpec> v = applied.flatMap(this::variant);
    if (v.isPresent()) {
      return v.get().reason();
    }
    String text = base.orElse("the spec as written").trim();
    int colon = text.indexOf(':');
    return colon > 0 ? text.substring(colon + 1).trim() : text;
  }

  /** The full one-line description of the reading this spec object is in. */
  public String description() {
    return applied.isPresent() ? label() + ": " + reason()
        : base.orElse("the spec as written");
  }
}
