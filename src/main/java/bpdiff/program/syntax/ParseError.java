package bpdiff.program.syntax;

/**
 * A syntax error inside the parser: thrown to abandon the statement, caught where the parser skips to
 * the next line and goes on.
 */
final class ParseError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Token at;
    private final boolean unsupported;

    /**
     * @param message what is wrong
     * @param at where
     * @param unsupported whether it is valid Python that bpdiff does not run, rather than a syntax error
     */
    ParseError(String message, Token at, boolean unsupported) {
        super(message, null, false, false);
        this.at = at;
        this.unsupported = unsupported;
    }

    /** @return where the error is */
    Token at() {
        return at;
    }

    /** @return whether it is valid Python that bpdiff does not run */
    boolean unsupported() {
        return unsupported;
    }
}
