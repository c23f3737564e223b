package org.depthcert.simulate;

/**
 * Why the explicit circuit cannot be built (a rule without an explicit expansion, a view that
 * does not tile its input, sizes over the limit): bad input, one line, exit 2. The simulator
 * rethrows it located at the spec node it was building.
 */
public final class SimulationError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public SimulationError(String message) {
    super(message);
  }
}
