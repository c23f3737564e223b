package org.depthcert.verifier.spec;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/** Unmodifiable copies that keep a fixed order, so that whatever is written from them is stable. */
final class Copies {
  private Copies() {}

  static <T> Set<T> ordered(Set<T> s) {
    return Collections.unmodifiableSet(new LinkedHashSet<>(s));
  }

  static <V> SortedMap<String, V> sorted(Map<String, V> m) {
    return Collections.unmodifiableSortedMap(new TreeMap<>(m));
  }
}
