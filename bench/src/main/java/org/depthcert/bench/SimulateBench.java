package org.depthcert.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.depthcert.fold.Folded;
import org.depthcert.fold.Folder;
import org.depthcert.lemmas.LemmaCatalog;
import org.depthcert.simulate.Simulation;
import org.depthcert.simulate.Simulator;
import org.depthcert.spec.LocatedTree;
import org.depthcert.spec.SpecReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Throughput of {@code depthcert simulate} on the RoPE tensor attention sample (one layer, n = d)
 * at growing n: the time to build and measure the whole explicit circuit, turned into gadgets per
 * second, and the bytes the circuit's arrays hold per gadget (their capacity at the peak), plus
 * the heap's peak per gadget. Single-threaded: the build uses one core.
 *
 * <p>Run: {@code mvn -B -Pbench -pl bench -am package -DskipTests && java -jar
 * bench/target/benchmarks.jar [n ...]} prints a Markdown table (README).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx6g", "-XX:ActiveProcessorCount=1"})
public class SimulateBench {
  @Param({"4", "8", "12", "16"})
  public int n;

  private Folded folded;
  private Simulator.Request request;

  static Folded rope() throws java.io.IOException {
    byte[] bytes;
    try (var in = SimulateBench.class.getResourceAsStream("/rope-tensor-attention.yaml")) {
      bytes = in.readAllBytes();
    }
    return Folder.fold(SpecReader.read(LocatedTree.parse("rope-tensor-attention.yaml", bytes),
        SpecReader.sha256(bytes)), LemmaCatalog.standard());
  }

  static Simulator.Request request(int n) {
    return new Simulator.Request(Map.of("n", BigInteger.valueOf(n), "d", BigInteger.valueOf(n),
        "m", BigInteger.ONE), Map.of(), 1, Long.MAX_VALUE, g -> { });
  }

  @Setup
  public void setUp() throws java.io.IOException {
    folded = rope();
    request = request(n);
  }

  @Benchmark
  public Simulation simulate() {
    return Simulator.run(folded, request);
  }

  public static void main(String[] args) throws Exception {
    String[] sizes = args.length > 0 ? args : new String[] {"4", "8", "12", "16"};
    Collection<RunResult> results = new Runner(new OptionsBuilder()
        .include(SimulateBench.class.getSimpleName()).param("n", sizes).build()).run();
    Folded folded = rope();
    List<String> rows = new ArrayList<>();
    rows.add("| n = d | gadgets | JMH ms/op (wall) | CPU ms/run | gadgets per CPU-second "
        + "| circuit bytes/gadget | heap peak bytes/gadget |");
    rows.add("|---:|---:|---:|---:|---:|---:|---:|");
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (RunResult r : results) {
      int n = Integer.parseInt(r.getParams().getParam("n"));
      double ms = r.getPrimaryResult().getScore();
      // On a shared machine wall time counts the time other processes held the core; the
      // thread's CPU time is what one core spends on the build (best of five after warm-up).
      long cpu = Long.MAX_VALUE;
      for (int i = 0; i < 7; i++) {
        long t0 = threads.getCurrentThreadCpuTime();
        Simulator.run(folded, request(n));
        long t = threads.getCurrentThreadCpuTime() - t0;
        if (i >= 2) {
          cpu = Math.min(cpu, t);
        }
      }
      long before = heapUsedAfterGc();
      resetPeaks();
      Simulation s = Simulator.run(folded, request(n));
      long peak = heapPeak() - before;
      rows.add(String.format(Locale.ROOT, "| %d | %,d | %.1f | %.1f | %.3g | %.1f | %.1f |", n,
          s.gadgets(), ms, cpu / 1e6, s.gadgets() / (cpu / 1e9),
          (double) s.bytes() / s.gadgets(), (double) peak / s.gadgets()));
    }
    System.out.println(String.join("\n", rows));
    System.out.println("java " + System.getProperty("java.version") + ", "
        + Runtime.getRuntime().availableProcessors() + " cores, "
        + new String(cpuModel(), StandardCharsets.UTF_8).strip() + ", load average "
        + ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }

  private static long heapUsedAfterGc() {
    System.gc();
    long used = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        used += p.getUsage().getUsed();
      }
    }
    return used;
  }

  private static void resetPeaks() {
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  private static long heapPeak() {
    long peak = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        peak += p.getPeakUsage().getUsed();
      }
    }
    return peak;
  }

  private static byte[] cpuModel() {
    try {
      for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/cpuinfo"))) {
        if (line.startsWith("model name")) {
          return line.substring(line.indexOf(':') + 1).getBytes(StandardCharsets.UTF_8);
        }
      }
    } catch (java.io.IOException e) {
      // no /proc: leave the model out
    }
    return new byte[0];
  }
}
