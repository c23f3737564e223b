package org.depthcert.expr;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Maps the subscript of {@code d_...}, as papers write it, to a depth constant's canonical name:
 * {@code \mathrm{std}}, {@code \rm std}, {@code \text{std}} and {@code std} all mean
 * {@code d_std}; {@code \oplus}, {@code ⊕} and {@code sum} mean {@code d_sum}; and so on.
 * Whether the name is declared is the symbol table's question, not this class's.
 */
final class Subscripts {
  /** Font and text wrappers that change how a subscript looks, never what it names. */
  private static final Set<String> DROPPED_COMMANDS =
      Set.of("mathrm", "text", "textrm", "operatorname", "mathsf", "mathit", "rm");

  private static final Map<String, String> ALIASES = Map.ofEntries(
      Map.entry("std", "d_std"),
      Map.entry("\\oplus", "d_sum"), Map.entry("\u2295", "d_sum"), Map.entry("sum", "d_sum"),
      Map.entry("\\otimes", "d_prod"), Map.entry("\u2297", "d_prod"), Map.entry("prod", "d_prod"),
      Map.entry("\\exp", "d_exp"), Map.entry("exp", "d_exp"),
      Map.entry("\\triangle", "d_trig"), Map.entry("\u25b3", "d_trig"),
      Map.entry("\\Delta", "d_trig"), Map.entry("\u0394", "d_trig"), Map.entry("trig", "d_trig"),
      Map.entry("\\sqrt", "d_sqrt"), Map.entry("sqrt", "d_sqrt"));

  /** What a declared constant's subscript may be after stripping: {@code g}, {@code attn2}. */
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9]+");

  private Subscripts() {}

  /** The canonical name for a raw subscript, or empty when it cannot name a depth constant. */
  static Optional<String> canonical(String raw) {
    String s = strip(raw);
    String alias = ALIASES.get(s);
    if (alias != null) {
      return Optional.of(alias);
    }
    return PLAIN.matcher(s).matches() ? Optional.of("d_" + s) : Optional.empty();
  }

  /** The subscript without font wrappers, braces, spaces and spacing commands. */
  static String strip(String raw) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < raw.length()) {
      char c = raw.charAt(i);
      if (c == '\\') {
        int j = i + 1;
        while (j < raw.length() && Lexer.isLetter(raw.charAt(j))) {
          j++;
        }
        if (j == i + 1) {
          // A one-character command: spacing such as "\," is dropped, anything else kept.
          String cmd = raw.substring(i, Math.min(i + 2, raw.length()));
          if (!cmd.matches("\\\\[,;!: ]")) {
            out.append(cmd);
          }
          i += 2;
          continue;
        }
        String name = raw.substring(i + 1, j);
        if (!DROPPED_COMMANDS.contains(name)) {
          out.append('\\').append(name);
        }
        i = j;
      } else {
        if (!Character.isWhitespace(c) && c != '{' && c != '}' && c != '~') {
          out.append(c);
        }
        i++;
      }
    }
    return out.toString();
  }
}
