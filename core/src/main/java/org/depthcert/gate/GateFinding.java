package org.depthcert.gate;

/**
 * One thing a CI system should show against a line of a spec: a failing or undecided claim, an
 * audit finding, a baseline regression or an input error. {@code level} is SARIF's: error,
 * warning or note; {@code line} is 1-based, 0 when unknown.
 */
public record GateFinding(String ruleId, String level, String message, String file, int line) {}
