package bpdiff.check;

/**
 * A formula that cannot be computed at these values: a division by zero or a value that is not finite.
 *
 * <p>Not a {@link bpdiff.BadInputException}: the file is fine, this one line fails at this point, and
 * the other lines are still checked.
 */
public final class EvaluationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the error.
     *
     * @param message what failed, e.g. {@code division by zero: out_h1 - out_h1 is 0}
     */
    public EvaluationException(String message) {
        super(message);
    }
}
