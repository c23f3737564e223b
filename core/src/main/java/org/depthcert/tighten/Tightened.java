package org.depthcert.tighten;

import java.util.List;

/** A spec's text with its stated bounds replaced by the computed ones, and what was replaced. */
public record Tightened(String text, List<Edit> edits) {}
