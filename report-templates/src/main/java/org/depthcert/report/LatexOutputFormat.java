package org.depthcert.report;

import freemarker.core.CommonMarkupOutputFormat;
import java.io.IOException;
import java.io.Writer;

/**
 * FreeMarker's output format for LaTeX templates: with auto-escaping on, every interpolated
 * string goes through {@link Latex#escape}; only markup built in Java (formulas from the tool's
 * own printer, TikZ pictures) is inserted as is.
 */
final class LatexOutputFormat extends CommonMarkupOutputFormat<LatexMarkup> {
  static final LatexOutputFormat INSTANCE = new LatexOutputFormat();

  private LatexOutputFormat() {}

  @Override
  public String getName() {
    return "LaTeX";
  }

  @Override
  public String getMimeType() {
    return "application/x-latex";
  }

  @Override
  public void output(String textToEsc, Writer out) throws IOException {
    out.write(Latex.escape(textToEsc));
  }

  @Override
  public String escapePlainText(String plainTextContent) {
    return Latex.escape(plainTextContent);
  }

  @Override
  public boolean isLegacyBuiltInBypassed(String builtInName) {
    return false;
  }

  @Override
  protected LatexMarkup newTemplateMarkupOutputModel(String plainTextContent,
      String markupContent) {
    return new LatexMarkup(plainTextContent, markupContent);
  }
}
