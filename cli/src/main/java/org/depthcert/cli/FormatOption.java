package org.depthcert.cli;

import picocli.CommandLine.Option;

/** The {@code --format text|json} option of the commands with stable machine output (a mixin). */
final class FormatOption {
  @Option(names = "--format", defaultValue = "text", paramLabel = "text|json",
      description = "text (for people) or json (one stable object on stdout, "
          + "docs/design.md section 9)")
  String format;

  /** True for json; a usage error for anything but text or json. */
  boolean json() {
    if (!format.equals("text") && !format.equals("json")) {
      throw new UsageError("--format must be text or json, not '" + format + "'");
    }
    return format.equals("json");
  }
}
