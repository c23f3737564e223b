package org.depthcert.tighten;

/** One rewritten {@code stated:} value: claim, 1-based line, the old and new text of the value. */
public record Edit(String claim, int line, String before, String after) {}
