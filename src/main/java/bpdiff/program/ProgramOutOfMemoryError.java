package bpdiff.program;

/**
 * The Java heap filled while a program ran, at a statement of the program: an {@link OutOfMemoryError} still (so
 * that a caller that tells the computation which filled the heap from the ones beside it, as {@code bpdiff serve}
 * does, still can), with the place to name.
 *
 * <p>The interpreter throws it once the program's stack and variables are unreachable, so that there is room again
 * to report it.
 */
public final class ProgramOutOfMemoryError extends OutOfMemoryError {

    private static final long serialVersionUID = 1L;

    private final transient Problem problem;

    /**
     * @param problem what ran out, at the statement that was running
     */
    public ProgramOutOfMemoryError(Problem problem) {
        super(problem.message());
        this.problem = problem;
    }

    /** @return what ran out, with the program's file, line and column */
    public Problem problem() {
        return problem;
    }

    /** No stack trace: the place that matters is the program's, in {@link #problem()}. */
    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
