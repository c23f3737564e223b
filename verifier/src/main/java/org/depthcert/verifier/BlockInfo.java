package org.depthcert.verifier;

import java.util.Map;
import java.util.Set;

/** What the rest of a certificate may use of a checked block: its depth, size and nodes. */
record BlockInfo(String name, boolean opaque, Set<Poly> depth, Map<String, Poly> size,
    Map<String, Set<Poly>> arrivals) {}
