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
    private final transient Position position;

    /**
     * Creates an input error that names a flag, a field or a file.
     *
     * @param problem what is wrong, as one sentence without a trailing period
     * @param where where it is wrong: a flag ({@code --lr}), a field or a file; may be {@code null} when there is no
     *     better place to name
     */
    public BadInputException(String problem, String where) {
        this(problem, where, (Position) null);
    }

    /**
     * Creates an input error at a place in a file.
     *
     * @param problem what is wrong, as one sentence without a trailing period
     * @param position where it is wrong, {@code file:line:column} in the message
     */
    public BadInputException(String problem, Position position) {
        this(problem, position.where(), position);
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

    /**
     * Creates an input error at a place in a file, caused by another exception.
     *
     * @param problem what is wrong
     * @param position where it is wrong
     * @param cause the underlying exception, kept for {@code --debug}
     */
    public BadInputException(String problem, Position position, Throwable cause) {
        this(problem, position);
        initCause(cause);
    }

    private BadInputException(String problem, String where, Position position) {
        super(where == null || where.isEmpty() ? OneLine.printable(problem)
                : OneLine.printable(problem) + " (" + OneLine.printable(where) + ")");
        // a file's name in either (a path given on the command line, a submission's name) may hold a line break or
        // a terminal's escape: shown escaped, the line stays one
        this.problem = OneLine.printable(problem);
        this.where = OneLine.printable(where);
        this.position = position;
    }

    /** @return what is wrong */
    public String problem() {
        return problem;
    }

    /** @return where it is wrong: the position's {@link Position#where()}, a flag, a field, a file, or {@code null} */
    public String where() {
        return where;
    }

    /** @return the place in a file where it is wrong, or {@code null} when it names a flag, a field or no place */
    public Position position() {
        return position;
    }
}
