package org.depthcert.cli;

import java.io.Console;
import java.util.function.LongConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on stderr for long runs: shown only on a terminal and only once the run has
 * taken a second, so short runs and pipes (JSON on stdout, CI logs) see nothing.
 */
final class ProgressDisplay implements LongConsumer, AutoCloseable {
  private static final long DELAY_NANOS = 1_000_000_000L;
  private final String task;
  private final long total;
  private final boolean terminal;
  private final long started = System.nanoTime();
  private ProgressBar bar;

  private ProgressDisplay(String task, long total, boolean terminal) {
    this.task = task;
    this.total = total;
    this.terminal = terminal;
  }

  static ProgressDisplay onTerminal(String task, long total) {
    return new ProgressDisplay(task, total, isTerminal());
  }

  @Override
  public void accept(long done) {
    if (!terminal) {
      return;
    }
    if (bar == null) {
      if (System.nanoTime() - started < DELAY_NANOS) {
        return;
      }
      bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total).setUnit(" gadgets", 1)
          .setStyle(ProgressBarStyle.ASCII).continuousUpdate().build();
    }
    bar.stepTo(Math.min(done, total));
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.stepTo(total);
      bar.close();
    }
  }

  /** A console attached (and, on Java 22 and later, really a terminal). */
  private static boolean isTerminal() {
    Console c = System.console();
    if (c == null) {
      return false;
    }
    try {
      return (Boolean) Console.class.getMethod("isTerminal").invoke(c);
    } catch (ReflectiveOperationException e) {
      return true; // before Java 22 a console exists only for a terminal
    }
  }
}
