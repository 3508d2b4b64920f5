package bpdiff.program;

/**
 * A program went past one of bpdiff's limits ({@link ProgramLimits}); the interpreter adds where it was.
 */
public final class LimitExceededException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message which limit and what to do, e.g. {@code the program ran more than 10000000 statements}
     */
    public LimitExceededException(String message) {
        super(message, null, false, false);
    }
}
