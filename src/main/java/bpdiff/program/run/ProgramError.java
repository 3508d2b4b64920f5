package bpdiff.program.run;

import bpdiff.program.syntax.Span;
import java.util.List;

/**
 * An exception of the running program, or a limit reached.
 *
 * <p>A Python exception is either raised by the program ({@code raise}: it holds the exception object) or
 * by the interpreter in Python's name ({@code ZeroDivisionError: float division by zero}: it holds the
 * class's name and the arguments, and the object is made when a handler catches it). A few errors of
 * bpdiff's own have no Python type; {@code except Exception} still catches them. A limit of bpdiff's
 * (statements, time, memory, depth) is no exception of the program's: no handler catches it and no
 * {@code finally} runs. The innermost expression being evaluated gives it its position.
 */
public final class ProgramError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private transient Span at;
    private final boolean limit;
    private final String type;
    private final transient List<Value> args;
    private transient PyInstance exception;

    /**
     * An error without a Python type.
     *
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
        this(null, message, List.of(new PyStr(message)), limit);
    }

    private ProgramError(String type, String message, List<Value> args, boolean limit) {
        super(message, null, false, false);
        this.type = type;
        this.args = args;
        this.limit = limit;
    }

    /**
     * A Python exception raised by the interpreter.
     *
     * @param type the built-in exception class's name, e.g. {@code ValueError}
     * @param message its message (its one argument)
     * @return the error
     */
    public static ProgramError of(String type, String message) {
        return new ProgramError(type, message, List.of(new PyStr(message)), false);
    }

    /**
     * A Python exception raised by the interpreter without arguments, as {@code next()} raises
     * {@code StopIteration}: its {@code args} are {@code ()}, its message empty.
     *
     * @param type the built-in exception class's name
     * @return the error
     */
    static ProgramError bare(String type) {
        return new ProgramError(type, "", List.of(), false);
    }

    /**
     * {@code KeyError(key)}, whose message is the key's {@code repr}.
     *
     * @param key the missing key
     * @return the error
     */
    static ProgramError keyError(Value key) {
        return new ProgramError("KeyError", Formatting.repr(key), List.of(key), false);
    }

    /**
     * An exception object the program raises.
     *
     * @param exception the object (its class derives from {@code BaseException})
     * @param message its {@code str}
     * @return the error
     */
    static ProgramError raised(PyInstance exception, String message) {
        ProgramError e = new ProgramError(exception.cls().name(), message, exception.args().items(), false);
        e.exception = exception;
        return e;
    }

    /** @return where, or {@code null} before a position is known */
    public Span at() {
        return at;
    }

    /** @return whether a limit was reached */
    public boolean limit() {
        return limit;
    }

    /** @return the Python exception class's name, or {@code null} for an error of bpdiff's own without one */
    public String type() {
        return type;
    }

    /**
     * The exception as an object of the program, made on first use.
     *
     * @return the exception object
     */
    PyInstance exception() {
        if (exception == null) {
            exception = new PyInstance(type == null ? BuiltinTypes.exception("Exception") : BuiltinTypes.exception(type));
            exception.args(new PyTuple(args));
        }
        return exception;
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
