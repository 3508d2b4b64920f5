package bpdiff.program.run;

import bpdiff.program.ProgramLimits;

/** Counts what a run uses and stops it at a limit: statements, loop iterations, call depth and time. */
final class Budget {

    private final ProgramLimits limits;
    private final long deadline;
    private long statements;
    private int depth;

    /**
     * @param limits the limits
     */
    Budget(ProgramLimits limits) {
        this.limits = limits;
        this.deadline = System.nanoTime() + (long) (limits.seconds() * 1e9);
    }

    /** @return the limits */
    ProgramLimits limits() {
        return limits;
    }

    /** Counts one statement; checks the clock every 16 (a statement may multiply large matrices). */
    void statement() {
        if (++statements > limits.statements()) {
            throw new ProgramError("the program ran more than " + limits.statements() + " statements, bpdiff's "
                    + "limit (an endless loop? or run fewer epochs)", true);
        }
        if ((statements & 15) == 0 && System.nanoTime() > deadline) {
            throw new ProgramError("the program ran longer than " + limits.seconds() + " seconds, bpdiff's limit "
                    + "(an endless loop? or run fewer epochs)", true);
        }
    }

    /**
     * Counts an iteration of a loop.
     *
     * @param iterations the loop's iterations so far, this one included
     */
    void iteration(long iterations) {
        if (iterations > limits.loopIterations()) {
            throw new ProgramError("a loop ran more than " + limits.loopIterations() + " times, bpdiff's limit "
                    + "(an endless loop? or run fewer epochs)", true);
        }
        if ((iterations & 15) == 0 && System.nanoTime() > deadline) {
            throw new ProgramError("the program ran longer than " + limits.seconds() + " seconds, bpdiff's limit", true);
        }
    }

    /** Enters a call of one of the program's functions. */
    void enter() {
        if (++depth > limits.recursionDepth()) {
            throw new ProgramError("calls are nested more than " + limits.recursionDepth() + " deep, bpdiff's limit "
                    + "(endless recursion?)", true);
        }
    }

    /** @return how many of the program's calls are running (0 at module level) */
    int depth() {
        return depth;
    }

    /** Leaves it. */
    void leave() {
        depth--;
    }
}
