package org.depthcert.algebra;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * Exact feasibility of a small linear system over non-negative variables, by the phase-1 simplex
 * method in rational arithmetic with Bland's rule (so it terminates). Sizes in this tool are tens
 * of rows and columns; exactness matters more than speed.
 */
public final class ExactLp {
  /** One row {@code coefficients . z (>= or =) rhs}. */
  public record Row(List<BigFraction> coefficients, boolean equality, BigFraction rhs) {}

  /**
   * Safety net: Bland's rule guarantees termination, so hitting this many pivots means a bug; it
   * then fails loudly instead of hanging.
   */
  static final int MAX_PIVOTS = 1_000_000;

  private ExactLp() {}

  /** A point {@code z >= 0} satisfying every row, or empty when there is none. */
  public static Optional<List<BigFraction>> feasiblePoint(int variables, List<Row> rows) {
    int m = rows.size();
    int slackCount = 0;
    for (Row r : rows) {
      if (!r.equality()) {
        slackCount++;
      }
    }
    int cols = variables + slackCount + m; // originals, slacks, artificials
    int rhs = cols;
    BigFraction[][] t = new BigFraction[m][cols + 1];
    int slack = variables;
    for (int i = 0; i < m; i++) {
      Row r = rows.get(i);
      for (int j = 0; j <= cols; j++) {
        t[i][j] = BigFraction.ZERO;
      }
      for (int j = 0; j < variables; j++) {
        t[i][j] = r.coefficients().get(j);
      }
      if (!r.equality()) {
        t[i][slack++] = BigFraction.ONE.negate();
      }
      t[i][rhs] = r.rhs();
      if (r.rhs().signum() < 0) {
        for (int j = 0; j <= cols; j++) {
          t[i][j] = t[i][j].negate();
        }
      }
      t[i][variables + slackCount + i] = BigFraction.ONE;
    }
    int firstArtificial = variables + slackCount;
    int[] basis = new int[m];
    for (int i = 0; i < m; i++) {
      basis[i] = firstArtificial + i;
    }
    // Reduced costs of "minimise the sum of artificials".
    BigFraction[] cost = new BigFraction[cols + 1];
    for (int j = 0; j <= cols; j++) {
      BigFraction c = BigFraction.ZERO;
      if (j < firstArtificial || j == rhs) {
        for (int i = 0; i < m; i++) {
          c = c.subtract(t[i][j]);
        }
      }
      cost[j] = c;
    }
    for (int pivots = 0; ; pivots++) {
      if (pivots >= MAX_PIVOTS) {
        throw new IllegalStateException("simplex exceeded " + MAX_PIVOTS + " pivots (cycling?)");
      }
      int enter = -1;
      for (int j = 0; j < cols; j++) {
        if (cost[j].signum() < 0) {
          enter = j;
          break;
        }
      }
      if (enter < 0) {
        break;
      }
      int leave = -1;
      BigFraction best = null;
      for (int i = 0; i < m; i++) {
        if (t[i][enter].signum() > 0) {
          BigFraction ratio = t[i][rhs].divide(t[i][enter]);
          int c = best == null ? -1 : ratio.compareTo(best);
          if (c < 0 || (c == 0 && basis[i] < basis[leave])) {
            best = ratio;
            leave = i;
          }
        }
      }
      if (leave < 0) {
        break; // cannot happen in phase 1: the objective is bounded below by zero
      }
      pivot(t, cost, leave, enter);
      basis[leave] = enter;
    }
    if (cost[rhs].signum() != 0) {
      return Optional.empty();
    }
    List<BigFraction> z = new ArrayList<>();
    for (int j = 0; j < variables; j++) {
      z.add(BigFraction.ZERO);
    }
    for (int i = 0; i < m; i++) {
      if (basis[i] < variables) {
        z.set(basis[i], t[i][rhs]);
      }
    }
    return Optional.of(z);
  }

  private static void pivot(BigFraction[][] t, BigFraction[] cost, int row, int col) {
    BigFraction p = t[row][col];
    int width = t[row].length;
    for (int j = 0; j < width; j++) {
      t[row][j] = t[row][j].divide(p);
    }
    for (int i = 0; i < t.length; i++) {
      if (i != row && t[i][col].signum() != 0) {
        BigFraction f = t[i][col];
        for (int j = 0; j < width; j++) {
          t[i][j] = t[i][j].subtract(f.multiply(t[row][j]));
        }
      }
    }
    BigFraction f = cost[col];
    if (f.signum() != 0) {
      for (int j = 0; j < width; j++) {
        cost[j] = cost[j].subtract(f.multiply(t[row][j]));
      }
    }
  }
}
