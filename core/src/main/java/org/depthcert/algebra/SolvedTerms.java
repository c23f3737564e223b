package org.depthcert.algebra;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The certificates {@link Decider} has found in this process, by question, so that the same
 * question is solved once (the LP is the largest cost of a one-shot {@code check}). An answer
 * is a pure function of its question and every part of both is immutable, so sharing answers
 * across deciders, readings and threads changes no output. Bounded: the least recently used
 * answers are dropped beyond {@link #CAPACITY}, so a 10^5-node spec cannot fill the heap.
 */
final class SolvedTerms {
  static final int CAPACITY = 4096;

  /** "Is {@code t} at most max(stated), with weight only on {@code only} (or any, -1)?" */
  record Question(Polynomial t, List<Polynomial> stated, int only, List<Assumption> assumptions) {
    Question {
      stated = List.copyOf(stated);
      assumptions = List.copyOf(assumptions);
    }
  }

  private static final Map<Question, Optional<TermCertificate>> ANSWERS =
      new LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Question, Optional<TermCertificate>> e) {
          return size() > CAPACITY;
        }
      };

  private SolvedTerms() {}

  /** The answer found before, or null when the question is new. */
  static synchronized Optional<TermCertificate> get(Question q) {
    return ANSWERS.get(q);
  }

  static synchronized void put(Question q, Optional<TermCertificate> answer) {
    ANSWERS.put(q, answer);
  }
}
