package org.depthcert.report;

import freemarker.core.CommonTemplateMarkupOutputModel;

/** A piece of LaTeX (already escaped, or markup the tool built) inside a LaTeX template. */
final class LatexMarkup extends CommonTemplateMarkupOutputModel<LatexMarkup> {
  LatexMarkup(String plainTextContent, String markupContent) {
    super(plainTextContent, markupContent);
  }

  @Override
  public LatexOutputFormat getOutputFormat() {
    return LatexOutputFormat.INSTANCE;
  }
}
