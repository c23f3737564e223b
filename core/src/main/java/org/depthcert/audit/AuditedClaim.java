package org.depthcert.audit;

import java.util.Optional;
import org.depthcert.algebra.Decision;
import org.depthcert.algebra.DepthTerm;
import org.depthcert.algebra.Verdict;

/**
 * One row of the audit's claims table: a result that states a depth, a class or a hardness, what
 * it states, what the audit computed or derived for it, and the verdict. {@code decision} is the
 * exact comparison with the DAG when the result states a depth (or its proof writes one).
 * {@code statedDepth} and {@code computedDepth} are the two depths as terms, for reports that
 * typeset them (empty for class-only and hardness rows, which have no depth to compare).
 */
public record AuditedClaim(PaperResult result, String stated, String computed, Verdict verdict,
    Optional<Decision> decision, Optional<DepthTerm> statedDepth,
    Optional<DepthTerm> computedDepth) {}
