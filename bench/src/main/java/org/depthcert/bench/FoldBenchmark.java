package org.depthcert.bench;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.depthcert.fold.Folded;
import org.depthcert.fold.Folder;
import org.depthcert.lemmas.LemmaCatalog;
import org.depthcert.rules.Catalog;
import org.depthcert.spec.LocatedTree;
import org.depthcert.spec.Spec;
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

/**
 * JMH form of the table's central figures: read, symbolic fold and JGraphT's numeric longest path
 * on the same generated DAG. Run with {@code java -jar bench/target/benchmarks.jar FoldBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(1)
public class FoldBenchmark {
  @Param({"chain", "wide"})
  public String shape;

  @Param({"1000", "10000", "100000"})
  public int nodes;

  private byte[] yaml;
  private Spec spec;
  private Catalog catalog;

  @Setup
  public void setUp() {
    yaml = SpecGenerator.generate(shape, nodes).getBytes(StandardCharsets.UTF_8);
    spec = SpecReader.read(LocatedTree.parse("generated.yaml", yaml), SpecReader.sha256(yaml));
    catalog = LemmaCatalog.standard();
  }

  @Benchmark
  public Spec read() {
    return SpecReader.read(LocatedTree.parse("generated.yaml", yaml), SpecReader.sha256(yaml));
  }

  @Benchmark
  public Folded fold() {
    return Folder.fold(spec, catalog);
  }

  @Benchmark
  public long numericLongestPath() {
    return NumericLongestPath.of(spec);
  }
}
