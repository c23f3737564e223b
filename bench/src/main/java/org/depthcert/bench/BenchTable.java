package org.depthcert.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.depthcert.cert.Canonical;
import org.depthcert.cert.CertificateBuilder;
import org.depthcert.check.CheckResult;
import org.depthcert.check.Checker;
import org.depthcert.fold.Folded;
import org.depthcert.fold.Folder;
import org.depthcert.lemmas.LemmaCatalog;
import org.depthcert.report.Reports;
import org.depthcert.rules.Catalog;
import org.depthcert.spec.LocatedTree;
import org.depthcert.spec.Spec;
import org.depthcert.spec.SpecReader;
import org.depthcert.verifier.Outcome;
import org.depthcert.verifier.Verifier;

/**
 * One-run benchmark table for issue #13, in one JVM after a warm-up: per shape and size, the read
 * time (and MB/s), the fold time against JGraphT's numeric longest path on the same DAG (and their
 * ratio), retained heap per node, certify (certificate, HTML, LaTeX) and verify. Each figure is
 * the median of up to {@code --reps} runs; a case that overruns {@code --budget} seconds is run
 * once, and larger sizes of that shape are skipped. Failures (e.g. StackOverflowError) are
 * printed in the cell rather than ending the table.
 *
 * <p>Usage: {@code java -cp bench/target/benchmarks.jar org.depthcert.bench.BenchTable
 * [--shapes chain,wide,growing] [--sizes 1000,10000,100000] [--reps 5] [--budget 60]
 * [--certify-max 10000]}
 */
public final class BenchTable {
  private BenchTable() {}

  public static void main(String[] args) throws Exception {
    List<String> shapes = List.of("chain", "wide", "growing");
    int[] sizes = {1000, 10000, 100000};
    int reps = 5;
    double budget = 60;
    int certifyMax = 10000;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--shapes": shapes = List.of(args[i + 1].split(",")); break;
        case "--sizes": sizes = Arrays.stream(args[i + 1].split(",")).mapToInt(Integer::parseInt)
            .toArray(); break;
        case "--reps": reps = Integer.parseInt(args[i + 1]); break;
        case "--budget": budget = Double.parseDouble(args[i + 1]); break;
        case "--certify-max": certifyMax = Integer.parseInt(args[i + 1]); break;
        default: throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    Catalog catalog = LemmaCatalog.standard();
    // warm-up: the small cases the JIT needs before any figure means anything (certify only on
    // tiny specs: before issue #13 its drawing cost a minute at 300 nodes)
    for (int w = 0; w < 3; w++) {
      for (String shape : shapes) {
        Spec s = read(SpecGenerator.generate(shape, Math.min(1000, sizes[0]))
            .getBytes(StandardCharsets.UTF_8));
        Folded f = Folder.fold(s, catalog);
        NumericLongestPath.of(s);
        Spec tiny = read(SpecGenerator.generate(shape, 40).getBytes(StandardCharsets.UTF_8));
        String json = certify(Checker.check(Folder.fold(tiny, catalog), false));
        Verifier.verify(json.getBytes(StandardCharsets.UTF_8), Optional.empty());
        Checker.check(f, false);
      }
    }
    System.out.printf(Locale.ROOT, "%-8s %7s %8s %9s %8s %9s %7s %8s %9s %10s %9s%n",
        "shape", "nodes", "MB", "read ms", "MB/s", "fold ms", "jgt ms", "ratio", "B/node",
        "certify ms", "verify ms");
    for (String shape : shapes) {
      boolean skip = false;
      for (int size : sizes) {
        if (skip) {
          System.out.printf(Locale.ROOT, "%-8s %7d   skipped (a smaller size overran the "
              + "budget)%n", shape, size);
          continue;
        }
        skip = row(shape, size, catalog, reps, budget, certifyMax);
      }
    }
  }

  /** Prints one row; true when it overran the budget. */
  private static boolean row(String shape, int size, Catalog catalog, int reps, double budget,
      int certifyMax) throws Exception {
    byte[] yaml = SpecGenerator.generate(shape, size).getBytes(StandardCharsets.UTF_8);
    double mb = yaml.length / 1e6;
    Timed<Spec> read = time(() -> read(yaml), reps, budget);
    Spec spec = read.value;
    Timed<Folded> fold = time(() -> Folder.fold(spec, catalog), reps, budget);
    Timed<Long> numeric = time(() -> NumericLongestPath.of(spec), reps, budget);
    long retained = retainedBytes(() -> Folder.fold(spec, catalog));
    String certifyCell = "-";
    String verifyCell = "-";
    boolean over = read.over || fold.over;
    if (size <= certifyMax && !over) {
      try {
        CheckResult checked = Checker.check(fold.value, false);
        Timed<String> cert = time(() -> certify(checked), Math.min(reps, 3), budget);
        certifyCell = ms(cert.median);
        byte[] json = cert.value.getBytes(StandardCharsets.UTF_8);
        Timed<Outcome> ver = time(() -> Verifier.verify(json, Optional.empty()), Math.min(reps, 3),
            budget);
        verifyCell = ms(ver.median) + (ver.value.accepted() ? "" : " REJECTED");
        verifyCell += String.format(Locale.ROOT, " (%d B/node cert)", json.length / size);
        over |= cert.over;
      } catch (Throwable t) { // a drawing that falls over is a finding, not the end of the table
        certifyCell = t.getClass().getSimpleName();
      }
    }
    System.out.printf(Locale.ROOT, "%-8s %7d %8.2f %9s %8.2f %9s %7s %8.1f %9d %10s %s%n",
        shape, size, mb, ms(read.median), mb / (read.median / 1e3), ms(fold.median),
        ms(numeric.median), fold.median / numeric.median, retained / size, certifyCell,
        verifyCell);
    return over;
  }

  private static Spec read(byte[] yaml) {
    return SpecReader.read(LocatedTree.parse("generated.yaml", yaml), SpecReader.sha256(yaml));
  }

  /** What {@code certify} renders: the canonical certificate, its HTML and its LaTeX. */
  private static String certify(CheckResult r) {
    ObjectNode certificate = CertificateBuilder.build(r);
    String json = Canonical.certificate(certificate);
    Reports.html(certificate);
    Reports.latex(certificate, false);
    return json;
  }

  private static final class Timed<T> {
    T value;
    double median;
    boolean over;
  }

  private static <T> Timed<T> time(Callable<T> task, int reps, double budgetSeconds)
      throws Exception {
    Timed<T> t = new Timed<>();
    List<Double> runs = new ArrayList<>();
    for (int i = 0; i < reps; i++) {
      long start = System.nanoTime();
      t.value = task.call();
      double msRun = (System.nanoTime() - start) / 1e6;
      runs.add(msRun);
      if (msRun > budgetSeconds * 1e3 / reps) {
        t.over = msRun > budgetSeconds * 1e3;
        break;
      }
    }
    runs.sort(null);
    t.median = runs.get(runs.size() / 2);
    return t;
  }

  /** Heap still reachable from the fold's result after a full GC, before and after. */
  private static long retainedBytes(Callable<Object> task) throws Exception {
    Runtime rt = Runtime.getRuntime();
    gc();
    long before = rt.totalMemory() - rt.freeMemory();
    Object kept = task.call();
    gc();
    long after = rt.totalMemory() - rt.freeMemory();
    if (kept.hashCode() == 42) { // keeps the result reachable until measured
      System.out.print("");
    }
    return Math.max(0, after - before);
  }

  private static void gc() throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(20);
    }
  }

  private static String ms(double v) {
    return String.format(Locale.ROOT, v < 10 ? "%.2f" : "%.0f", v);
  }
}
