package org.depthcert.spec;

/**
 * An error the user can fix in an input file: which file, where (line and a path such as
 * {@code blocks.attention.nodes.S.in[1]}), and what is wrong. The CLI prints it on one line and
 * exits with code 2 (DESIGN.md section 10).
 */
public final class SpecError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final int line;
  private final String path;

  public SpecError(String file, int line, String path, String message) {
    super(message);
    this.file = file;
    this.line = line;
    this.path = path;
  }

  public String file() {
    return file;
  }

  /** 1-based line, or 0 when unknown. */
  public int line() {
    return line;
  }

  public String path() {
    return path;
  }

  /** {@code file:line: path: message}, the one-line form users see. */
  public String oneLine() {
    StringBuilder sb = new StringBuilder(file);
    if (line > 0) {
      sb.append(':').append(line);
    }
    sb.append(": ");
    if (!path.isEmpty()) {
      sb.append(path).append(": ");
    }
    return sb.append(getMessage()).toString();
  }
}
