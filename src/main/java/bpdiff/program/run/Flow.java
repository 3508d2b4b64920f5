package bpdiff.program.run;

/** How a statement ends: normally, or by leaving its loop or function. */
enum Flow {
    /** Go on with the next statement. */
    NORMAL,
    /** {@code break}. */
    BREAK,
    /** {@code continue}. */
    CONTINUE,
    /** {@code return}; the value is in {@link Interpreter#returned()}. */
    RETURN
}
