package org.depthcert.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Coordinates as text: one decimal, no locale, no "-0.0", so drawings are byte-stable. */
final class Num {
  private Num() {}

  static String f(double v) {
    BigDecimal d = BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_EVEN).stripTrailingZeros();
    if (d.signum() == 0) {
      return "0";
    }
    return d.toPlainString();
  }
}
