package org.depthcert.expr;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.depthcert.algebra.Symbols;

/**
 * Resolves a letter run to the symbols it stands for, using the declared names. Papers write
 * products by juxtaposition ({@code 11md_{\rm std}}), so a run that is not itself declared is read
 * letter by letter, and a run ending in {@code d} before {@code _} ends with a depth constant.
 */
final class SymbolTable {
  private final Set<String> known;

  SymbolTable(Set<String> declared) {
    Set<String> all = new HashSet<>(declared);
    all.addAll(Symbols.BUILT_IN_CONSTANTS);
    this.known = Set.copyOf(all);
  }

  /** The symbols whose product {@code token} (a WORD, NAME or SUBSCRIPTED) denotes, in order. */
  List<String> factors(Token token) {
    switch (token.kind()) {
      case NAME:
        if (!known.contains(token.name())) {
          throw new FormulaException("unknown symbol '" + token.name() + "'", token.column());
        }
        return List.of(token.name());
      case WORD:
        return run(token.name(), token.column());
      case SUBSCRIPTED:
        return subscripted(token);
      default:
        throw new IllegalArgumentException("not a symbol token: " + token);
    }
  }

  private List<String> subscripted(Token token) {
    String run = token.name();
    if (!run.endsWith("d")) {
      // Only depth constants d_... carry a subscript.
      throw new FormulaException("unknown symbol '" + token.text() + "'", token.column());
    }
    String prefix = run.substring(0, run.length() - 1);
    List<String> result = new ArrayList<>(prefix.isEmpty()
        ? List.of() : run(prefix, token.column()));
    int dColumn = token.column() + prefix.length();
    Optional<String> name = Subscripts.canonical(token.subscript());
    if (name.isEmpty() || !known.contains(name.get())) {
      String shown = name.orElse("d_{" + token.subscript() + "}");
      throw new FormulaException("unknown depth constant '" + shown + "'", dColumn);
    }
    result.add(name.get());
    return result;
  }

  /** A declared run is one symbol; otherwise each letter must be a declared one-letter symbol. */
  private List<String> run(String run, int column) {
    if (known.contains(run)) {
      return List.of(run);
    }
    List<String> letters = new ArrayList<>();
    for (int i = 0; i < run.length(); i++) {
      String letter = run.substring(i, i + 1);
      if (!known.contains(letter)) {
        throw new FormulaException("unknown symbol '" + run + "'", column);
      }
      letters.add(letter);
    }
    return letters;
  }
}
