package org.depthcert.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.apache.commons.numbers.fraction.BigFraction;
import org.depthcert.algebra.DepthTerm;
import org.depthcert.algebra.Polynomial;
import org.depthcert.check.CheckResult;
import org.depthcert.check.Checker;
import org.depthcert.fold.BlockResult;
import org.depthcert.fold.Folder;
import org.depthcert.lemmas.LemmaCatalog;
import org.depthcert.spec.LocatedTree;
import org.depthcert.spec.Spec;
import org.depthcert.spec.SpecReader;
import org.junit.jupiter.api.Test;

/**
 * A long spec loads, folds and checks with nothing in reading, folding or walking the critical
 * path recursing per node: the work runs on a thread with a 256 KiB stack, which a recursion 30,000
 * frames deep would overflow many times over. The chain is mostly zero-depth copies so that the
 * test stays fast; the 100,000-node benchmark (every node a float op) is
 * {@code .ci/large-spec.sh}, measured with the CLI, never timed here.
 */
class LargeSpecTest {
  static final int NODES = 30_000;
  static final long STACK_BYTES = 256 * 1024;

  /**
   * {@code N0 = X W}, then {@code N_i = f(N_{i-1})} where f is exp for every i divisible by 1000
   * and a copy otherwise; the claim states the depth derived below.
   */
  static String chain(int nodes) {
    StringBuilder sb = new StringBuilder(nodes * 40);
    sb.append("title: generated chain of ").append(nodes).append(" nodes\n")
        .append("parameters:\n")
        .append("  n: {meaning: sequence length}\n")
        .append("  d: {meaning: hidden dimension, assume: \"d <= n\"}\n")
        .append("  p: {meaning: precision, assume: \"p <= poly(n)\"}\n")
        .append("blocks:\n  chain:\n    inputs: {X: [n, d], W: [d, d]}\n    nodes:\n")
        .append("      N0: {op: matmul, in: [X, W]}\n");
    for (int i = 1; i < nodes; i++) {
      sb.append("      N").append(i).append(": {op: ").append(i % 1000 == 0 ? "exp" : "copy")
          .append(", in: [N").append(i - 1).append("]}\n");
    }
    sb.append("    output: N").append(nodes - 1).append('\n')
        .append("claims:\n  - id: chain\n    subject: chain\n")
        .append("    stated: 'd_std + d_sum + ").append((nodes - 1) / 1000).append("*d_exp'\n");
    return sb.toString();
  }

  @Test
  void aLongChainLoadsFoldsAndChecksOnASmallStack() throws InterruptedException {
    CheckResult[] result = new CheckResult[1];
    Throwable[] failure = new Throwable[1];
    Thread worker = new Thread(null, () -> {
      try {
        byte[] yaml = chain(NODES).getBytes(StandardCharsets.UTF_8);
        Spec spec = SpecReader.read(LocatedTree.parse("chain.yaml", yaml),
            SpecReader.sha256(yaml));
        result[0] = Checker.check(Folder.fold(spec, LemmaCatalog.standard()));
      } catch (Throwable t) { // a StackOverflowError is what this test is for
        failure[0] = t;
      }
    }, "small-stack", STACK_BYTES);
    worker.start();
    worker.join();
    assertThat(failure[0]).as("no failure, in particular no StackOverflowError").isNull();

    CheckResult r = result[0];
    BlockResult chain = r.folded().blocks().get("chain");
    assertThat(chain.nodes()).hasSize(NODES);
    // Lemma 4.1 (matmul): d_std + d_sum; the exps at i = 1000, 2000, ..., 29000 add 29 d_exp
    // (Lemma 3.6); copies are wiring, depth 0. One path, so the depth is a single term.
    Polynomial expected = Polynomial.variable("d_std").plus(Polynomial.variable("d_sum"))
        .plus(Polynomial.variable("d_exp").scale(BigFraction.of(29)));
    assertThat(chain.depth()).isEqualTo(DepthTerm.of(expected));
    // the critical path walks the whole chain: one block input, then every node
    assertThat(chain.criticalPaths()).hasSize(1);
    assertThat(chain.criticalPaths().get(0).nodes()).hasSize(NODES + 1)
        .startsWith("X", "N0", "N1").endsWith("N" + (NODES - 1));
    assertThat(r.claims()).hasSize(1);
    assertThat(r.claims().get(0).verdict().name()).isEqualTo("TIGHT");
  }
}
