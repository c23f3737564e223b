package org.depthcert.verifier.coq;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CoqNamesTest {
  @Test
  void paperIdsBecomeIdentifiers() {
    assertEquals("Lemma_5_2", CoqNames.sanitize("Lemma 5.2"));
    assertEquals("Theorem_5_7_main", CoqNames.sanitize("Theorem 5.7 (main)"));
    assertEquals("x_5_2", CoqNames.sanitize("5.2"));
    assertEquals("x_", CoqNames.sanitize("§"));
  }

  @Test
  void collisionsAndCoqsOwnNamesGetASuffix() {
    CoqNames names = new CoqNames();
    assertEquals("a_b", names.of("node:a.b", "a.b"));
    assertEquals("a_b_2", names.of("node:a_b", "a_b"));
    assertEquals("a_b", names.of("node:a.b", "ignored: already named"));
    assertEquals("S_2", names.of("node:S", "S"));
  }
}
