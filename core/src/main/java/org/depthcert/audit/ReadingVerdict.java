package org.depthcert.audit;

import java.util.Optional;
import org.depthcert.algebra.Decision;
import org.depthcert.algebra.DepthTerm;
import org.depthcert.algebra.Verdict;

/**
 * A statement checked in one reading of the paper: {@code variant} is the spec's variant name
 * ("" for the base reading), {@code label} its short name ("the proof's construction",
 * "as defined"), {@code description} the spec's one line for it, {@code computed} the depth of the
 * construction in that reading and {@code decision} the comparison with the statement.
 */
public record ReadingVerdict(String variant, String label, String description,
    DepthTerm computed, Verdict verdict, Optional<Decision> decision) {}
