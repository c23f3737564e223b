package org.depthcert.simulate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Gadget kinds (std, sum, block:g, ...) numbered in the order they are met, as bytes. */
final class Kinds {
  private final Map<String, Byte> index = new HashMap<>();
  private final List<String> names = new ArrayList<>();

  byte of(String name) {
    Byte b = index.get(name);
    if (b != null) {
      return b;
    }
    if (names.size() == Byte.MAX_VALUE) {
      throw new SimulationError("more than " + Byte.MAX_VALUE + " gadget kinds");
    }
    byte k = (byte) names.size();
    index.put(name, k);
    names.add(name);
    return k;
  }

  List<String> names() {
    return names;
  }
}
