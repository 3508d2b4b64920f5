package bpdiff.program.run;

import bpdiff.program.syntax.Span;

/**
 * An error of the running program, as Python would raise one (a shape mismatch, an index out of range, a
 * division by zero), or a limit reached. The innermost expression being evaluated gives it its position.
 */
public final class ProgramError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private transient Span at;
    private final boolean limit;

    /**
     * @param message what went wrong, Python's way
     */
    public ProgramError(String message) {
        this(message, false);
    }

    /**
     * @param message what went wrong
     * @param limit whether a limit of bpdiff's was reached rather than an error of the program
     */
    public ProgramError(String message, boolean limit) {
        super(message, null, false, false);
        this.limit = limit;
    }

    /** @return where, or {@code null} before a position is known */
    public Span at() {
        return at;
    }

    /** @return whether a limit was reached */
    public boolean limit() {
        return limit;
    }

    /**
     * Gives the error its position, once: the innermost is the most precise.
     *
     * @param span where it happened
     * @return this error
     */
    ProgramError at(Span span) {
        if (at == null) {
            at = span;
        }
        return this;
    }
}
