package bpdiff.check;

/**
 * The largest derivation bpdiff reads. A homework's back-propagation is a few dozen short lines; these
 * limits are far above that and keep pasted garbage from exhausting the stack or the heap.
 */
final class DerivationLimits {

    /** Characters in the whole file. */
    static final int MAX_CHARACTERS = 1 << 20;
    /** Characters in one line (after its comment is removed). */
    static final int MAX_LINE_LENGTH = 2_000;
    /** Assignments in the file. */
    static final int MAX_ASSIGNMENTS = 2_000;

    private DerivationLimits() {}
}
