package bpdiff;

/**
 * Bad input from the user: a flag, a network file or a derivation file that cannot be used.
 *
 * <p>The command line turns it into exit status 2 and one line {@code bpdiff: <problem> (<where>)}.
 * The message never contains a stack trace; {@code --debug} prints one.
 */
public final class BadInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String problem;
    private final String where;

    /**
     * Creates an input error.
     *
     * @param problem what is wrong, as one sentence without a trailing period
     * @param where where it is wrong: a flag ({@code --lr}), a file, or {@code file:line:column};
     *     may be {@code null} when there is no better place to name
     */
    public BadInputException(String problem, String where) {
        super(where == null || where.isEmpty() ? problem : problem + " (" + where + ")");
        this.problem = problem;
        this.where = where;
    }

    /**
     * Creates an input error caused by another exception.
     *
     * @param problem what is wrong
     * @param where where it is wrong, or {@code null}
     * @param cause the underlying exception, kept for {@code --debug}
     */
    public BadInputException(String problem, String where, Throwable cause) {
        this(problem, where);
        initCause(cause);
    }

    /** @return what is wrong */
    public String problem() {
        return problem;
    }

    /** @return where it is wrong, or {@code null} */
    public String where() {
        return where;
    }
}
