package org.depthcert.cli;

import org.depthcert.verifier.TermLimit;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The {@code --max-terms N} option of {@code check}, {@code certify} and {@code verify} (a
 * picocli mixin): the most parts a max term may have, the Java system property
 * {@code depthcert.maxTerms} that the engine and the verifier each read (default 4096). Picocli
 * sets it while parsing, before the command does any work; without the option the property is
 * what the JVM was started with, so one run's option does not leak into the next in one JVM.
 */
final class MaxTermsOption {
  private static final String PROPERTY = TermLimit.PROPERTY;
  /** The property as the JVM was started ({@code -Ddepthcert.maxTerms=...}), or null. */
  private static final String AT_START = System.getProperty(PROPERTY);
  /** Picocli's value when the option is absent: no number is spelled like this. */
  private static final String ABSENT = "(the default)";

  @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
  CommandLine.Model.CommandSpec command;

  @Option(names = "--max-terms", paramLabel = "N", defaultValue = ABSENT,
      showDefaultValue = CommandLine.Help.Visibility.NEVER,
      description = "the most parts a max term may have (default " + TermLimit.DEFAULT
          + ", or the system property " + PROPERTY + "); beyond it the engine and the verifier stop with exit 2 and the size "
          + "reached, rather than spend hours on one term")
  void maxTerms(String value) {
    if (value.equals(ABSENT)) {
      if (AT_START == null) {
        System.clearProperty(PROPERTY);
      } else {
        System.setProperty(PROPERTY, AT_START);
      }
      return;
    }
    if (!value.matches("[0-9]{1,10}") || Long.parseLong(value) < 1
        || Long.parseLong(value) > Integer.MAX_VALUE) {
      throw new CommandLine.ParameterException(command.commandLine(),
          "--max-terms must be a whole number from 1 to " + Integer.MAX_VALUE + ", not '"
              + value + "'");
    }
    System.setProperty(PROPERTY, value);
  }
}
