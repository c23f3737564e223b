package org.depthcert.check;

import java.util.List;
import java.util.Optional;
import org.depthcert.algebra.Decision;
import org.depthcert.algebra.DepthTerm;
import org.depthcert.algebra.Verdict;
import org.depthcert.spec.ClaimSpec;

/**
 * A checked claim: what was computed for its subject, the decision on the stated depth, the
 * class check, and the combined verdict. {@code note} explains anything a reader could misread
 * (e.g. that an axiom's depth is taken from the literature, not derived). {@code restsOnViolated}
 * lists the lemma uses with a violated hypothesis the claim rests on (under --strict, FAILS).
 */
public record ClaimResult(ClaimSpec claim, DepthTerm computed, Optional<Decision> depth,
    Optional<Verdict> classVerdict, Verdict verdict, String note, List<String> restsOnViolated) {}
