package org.depthcert.cli;

import java.util.ArrayList;
import java.util.List;
import org.depthcert.cert.Tool;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * A man page in roff (the man macros) for one command, from the same annotations as
 * {@code --help}: NAME, SYNOPSIS, DESCRIPTION, ARGUMENTS, OPTIONS, EXAMPLES (the help footer),
 * EXIT STATUS and SEE ALSO. {@code man -l depthcert-check.1} shows it. No date, so the same
 * version writes the same bytes.
 */
final class RoffManPage {
  private RoffManPage() {}

  static String of(CommandSpec spec) {
    String name = spec.qualifiedName("-");
    StringBuilder sb = new StringBuilder();
    sb.append(".TH ").append(escape(name.toUpperCase(java.util.Locale.ROOT))).append(" 1 \"\" \"")
        .append(Tool.NAME).append(' ').append(Tool.VERSION).append("\" \"depthcert manual\"\n");
    sb.append(".SH NAME\n").append(escape(name)).append(" \\- ")
        .append(escape(firstSentence(spec))).append('\n');
    sb.append(".SH SYNOPSIS\n.nf\n");
    String synopsis = new CommandLine.Help(spec, CommandLine.Help.defaultColorScheme(
        CommandLine.Help.Ansi.OFF)).synopsis(0).stripTrailing();
    synopsis.lines().forEach(l -> sb.append(escape(l)).append('\n'));
    sb.append(".fi\n");
    sb.append(".SH DESCRIPTION\n");
    paragraphs(sb, spec.usageMessage().description());
    if (!spec.positionalParameters().isEmpty()) {
      sb.append(".SH ARGUMENTS\n");
      for (PositionalParamSpec p : spec.positionalParameters()) {
        if (p.hidden()) {
          continue;
        }
        sb.append(".TP\n\\fI").append(escape(p.paramLabel())).append("\\fR\n");
        sb.append(escape(String.join(" ", p.description()))).append('\n');
      }
    }
    List<OptionSpec> options = new ArrayList<>();
    spec.options().stream().filter(o -> !o.hidden()).forEach(options::add);
    if (!options.isEmpty()) {
      sb.append(".SH OPTIONS\n");
      for (OptionSpec o : options) {
        sb.append(".TP\n");
        List<String> names = new ArrayList<>();
        for (String n : o.names()) {
          names.add("\\fB" + escape(n) + "\\fR");
        }
        sb.append(String.join(", ", names));
        if (o.arity().max() > 0) {
          sb.append("=\\fI").append(escape(o.paramLabel())).append("\\fR");
        }
        sb.append('\n').append(escape(String.join(" ", o.description())
            .replace("${DEFAULT-VALUE}", String.valueOf(o.defaultValue()))
            .replace("${COMPLETION-CANDIDATES}", candidates(o)))).append('\n');
      }
    }
    String[] footer = spec.usageMessage().footer();
    if (footer.length > 0) {
      sb.append(".SH EXAMPLES\n.nf\n");
      for (String line : footer) {
        if (!line.isBlank() && !line.strip().matches("Examples?:")) {
          sb.append(escape(line.replaceFirst("^Example: ", "  "))).append('\n');
        }
      }
      sb.append(".fi\n");
    }
    sb.append(".SH EXIT STATUS\n")
        .append("0 every claim holds; 1 a claim fails or a depth grew against a baseline; "
            + "2 bad input or usage (one line naming the file, line, path and problem); "
            + "3 internal error; 4 nothing fails but something is undecided.\n");
    if (spec.parent() != null || !spec.subcommands().isEmpty()) {
      List<String> see = new ArrayList<>();
      CommandSpec root = spec.root();
      if (spec != root) {
        see.add("\\fB" + escape(root.name()) + "\\fR(1)");
      }
      for (CommandLine sub : spec.subcommands().values()) {
        String n = "\\fB" + escape(sub.getCommandSpec().qualifiedName("-")) + "\\fR(1)";
        if (!see.contains(n) && sub.getCommandSpec() != spec) {
          see.add(n);
        }
      }
      if (!see.isEmpty()) {
        sb.append(".SH SEE ALSO\n").append(String.join(", ", see)).append('\n');
      }
    }
    return sb.toString();
  }

  private static String candidates(OptionSpec o) {
    List<String> out = new ArrayList<>();
    if (o.completionCandidates() != null) {
      o.completionCandidates().forEach(out::add);
    }
    return String.join(", ", out);
  }

  private static String firstSentence(CommandSpec spec) {
    String[] d = spec.usageMessage().description();
    String text = d.length == 0 ? spec.name() : String.join(" ", d);
    // the NAME line is a short summary: up to the first sentence or colon
    int end = text.length();
    for (String stop : new String[] {". ", ": "}) {
      int i = text.indexOf(stop);
      if (i >= 0 && i < end) {
        end = i;
      }
    }
    return text.substring(0, end).replaceFirst("[.:]$", "");
  }

  private static void paragraphs(StringBuilder sb, String[] lines) {
    boolean first = true;
    for (String line : lines) {
      if (line.isBlank()) {
        continue;
      }
      if (!first) {
        sb.append(".PP\n");
      }
      sb.append(escape(line)).append('\n');
      first = false;
    }
  }

  /**
   * Text for roff: backslashes and hyphens as escapes, and a line that would start with a
   * control character ({@code .} or {@code '}) guarded with {@code \&}.
   */
  static String escape(String text) {
    String s = text.replace("\\", "\\e").replace("-", "\\-");
    StringBuilder sb = new StringBuilder();
    for (String line : s.split("\n", -1)) {
      if (sb.length() > 0) {
        sb.append('\n');
      }
      if (line.startsWith(".") || line.startsWith("'")) {
        sb.append("\\&");
      }
      sb.append(line);
    }
    return sb.toString();
  }
}
