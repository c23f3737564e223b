package org.depthcert.tighten;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.depthcert.algebra.DepthTerm;
import org.depthcert.check.CheckResult;
import org.depthcert.check.ClaimResult;
import org.depthcert.spec.Spec;

/**
 * Rewrites a spec's stated bounds to the computed ones, for a maintainer who wants the gate to
 * catch any future growth. Only the {@code stated:} value of a claim whose stated depth differs
 * from the computed one is replaced, on its own line (found through the located tree), so
 * comments, order and formatting stay. Values are written in the paper's LaTeX or in the ASCII
 * grammar, quoted for YAML (single quotes) or JSON (double quotes).
 */
public final class Tightener {
  public enum Style { LATEX, ASCII }

  /**
   * {@code stated} then the value inside a flow mapping or a JSON object: a quoted string, or a
   * plain scalar up to a {@code ,} or {@code }}, a comment or the end of the line.
   */
  private static final Pattern FLOW = Pattern.compile(
      "(\"?stated\"?\\s*:\\s*)('(?:[^']|'')*'|\"(?:[^\"\\\\]|\\\\.)*\"|[^,}#'\"\\s][^,}#]*?)"
          + "(\\s*(?:[,}#].*)?)$");

  /**
   * {@code stated:} then the value in a block mapping: a quoted string, or a plain scalar (which
   * may hold commas, as in {@code max(a, b)}) up to a comment or the end of the line.
   */
  private static final Pattern BLOCK = Pattern.compile(
      "(stated\\s*:\\s*)('(?:[^']|'')*'|\"(?:[^\"\\\\]|\\\\.)*\"|[^'\"\\s#][^#]*?)"
          + "(\\s*(?:\\s#.*)?)$");

  private Tightener() {}

  public static Tightened tighten(CheckResult r, String text, Style style) {
    Spec spec = r.folded().spec();
    boolean json = spec.file().endsWith(".json");
    String nl = text.contains("\r\n") ? "\r\n" : "\n";
    String[] lines = text.split("\r?\n", -1);
    List<Edit> edits = new ArrayList<>();
    for (ClaimResult c : r.claims()) {
      if (c.claim().stated().isEmpty() || c.claim().stated().get().equals(c.computed())) {
        continue;
      }
      String path = c.claim().path() + ".stated";
      int line = spec.tree().line(path);
      if (line < 1 || line > lines.length) {
        throw spec.error(path, "cannot locate the stated value of " + c.claim().id());
      }
      String src = lines[line - 1];
      int key = src.indexOf("stated");
      boolean flow = json || (key > 0 && src.substring(0, key).contains("{"));
      Matcher m = (flow ? FLOW : BLOCK).matcher(src);
      if (!m.find() || m.group(2).startsWith("|") || m.group(2).startsWith(">")) {
        throw spec.error(path, "the stated value of " + c.claim().id() + " is not a one-line "
            + "scalar after 'stated:'; write it on one line to let tighten rewrite it");
      }
      String value = quote(render(c.computed(), style), json);
      lines[line - 1] = src.substring(0, m.start(2)) + value + src.substring(m.end(2));
      edits.add(new Edit(c.claim().id(), line, m.group(2), value));
    }
    return new Tightened(String.join(nl, lines), List.copyOf(edits));
  }

  static String render(DepthTerm t, Style style) {
    return style == Style.LATEX ? t.latex() : t.ascii();
  }

  static String quote(String value, boolean json) {
    if (json) {
      return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
    return "'" + value.replace("'", "''") + "'";
  }
}
