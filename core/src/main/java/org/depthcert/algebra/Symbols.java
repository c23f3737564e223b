package org.depthcert.algebra;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Names of the built-in depth constants and the canonical order in which variables are printed.
 *
 * <p>Depth constants are the unknown depths of primitive float circuits (seed paper Lemmas
 * 3.4, 3.6, 3.7, 5.1). Every other name (structural and size parameters such as {@code m},
 * {@code n}) is a parameter. The order is fixed so that every printed term is canonical.
 */
public final class Symbols {
  /** Built-in depth constants, in the order the seed paper introduces them. */
  public static final List<String> BUILT_IN_CONSTANTS =
      List.of("d_std", "d_sum", "d_prod", "d_exp", "d_trig", "d_sqrt");

  private Symbols() {}

  /** A depth constant is any name of the form {@code d_<something>}. */
  public static boolean isDepthConstant(String name) {
    return name.startsWith("d_") && name.length() > 2;
  }

  /**
   * Order of variables inside a monomial: parameters first (alphabetically), then depth constants
   * (built-in ones in paper order, declared ones alphabetically after them).
   */
  public static final Comparator<String> VARIABLE_ORDER = Symbols::compareVariables;

  /** Ranks of the built-in constants, looked up once per comparison instead of a list scan. */
  private static final Map<String, Integer> BUILT_IN_RANK = builtInRanks();

  private static Map<String, Integer> builtInRanks() {
    Map<String, Integer> ranks = new HashMap<>();
    for (int i = 0; i < BUILT_IN_CONSTANTS.size(); i++) {
      ranks.put(BUILT_IN_CONSTANTS.get(i), 1 + i);
    }
    return Map.copyOf(ranks);
  }

  private static int compareVariables(String a, String b) {
    if (a.equals(b)) { // the common case inside monomial comparisons
      return 0;
    }
    int c = Integer.compare(rank(a), rank(b));
    return c != 0 ? c : a.compareTo(b);
  }

  static int rank(String name) {
    if (!isDepthConstant(name)) {
      return 0;
    }
    Integer builtIn = BUILT_IN_RANK.get(name);
    return builtIn != null ? builtIn : 1 + BUILT_IN_CONSTANTS.size();
  }

  /** LaTeX for one variable, as the seed paper prints it. */
  public static String latex(String name) {
    switch (name) {
      case "d_std":
        return "d_{\\mathrm{std}}";
      case "d_sum":
        return "d_{\\oplus}";
      case "d_prod":
        return "d_{\\otimes}";
      case "d_exp":
        return "d_{\\exp}";
      case "d_trig":
        return "d_{\\triangle}";
      case "d_sqrt":
        return "d_{\\mathrm{sqrt}}";
      default:
        if (isDepthConstant(name)) {
          String sub = name.substring(2);
          return sub.length() == 1 ? "d_{" + sub + "}" : "d_{\\mathrm{" + sub + "}}";
        }
        return name.length() == 1 ? name : "\\mathrm{" + name + "}";
    }
  }
}
