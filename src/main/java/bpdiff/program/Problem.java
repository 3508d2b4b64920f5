package bpdiff.program;

import bpdiff.Position;
import java.util.Comparator;

/**
 * One thing wrong with a program, at a place in it: a syntax error, an unknown name, something outside
 * the Python subset bpdiff runs, or an error while it runs.
 *
 * @param kind what sort of problem
 * @param message what is wrong and, where it helps, what to write instead; no trailing period
 * @param source the file name used in messages
 * @param line 1-based line, 0 if the problem is about the whole file
 * @param column 1-based column, 0 if the problem is about the whole file or line
 * @param lines where the program's lines stand in the file its reader has ({@link SourceMap}): a notebook's cells
 */
public record Problem(Kind kind, String message, String source, int line, int column, SourceMap lines) {

    /** The order a reader meets problems in: by {@link #position()} ({@link Position#ORDER}), never by message. */
    public static final Comparator<Problem> IN_FILE_ORDER = Comparator.comparing(Problem::position, Position.ORDER);

    /**
     * A problem of a Python file, whose lines are the program's.
     *
     * @param kind what sort of problem
     * @param message what is wrong
     * @param source the file name used in messages
     * @param line 1-based line, or 0
     * @param column 1-based column, or 0
     */
    public Problem(Kind kind, String message, String source, int line, int column) {
        this(kind, message, source, line, column, SourceMap.of(source));
    }

    /**
     * A problem at a place in a file.
     *
     * @param kind what sort of problem
     * @param message what is wrong
     * @param at where: a line and column of a file, or of one cell of a notebook
     * @return the problem
     */
    public static Problem at(Kind kind, String message, Position at) {
        return new Problem(kind, message, at.file(), at.line(), at.column(), SourceMap.of(at.file(), at.cell()));
    }

    /**
     * @param map where the lines of the program stand in its file
     * @return the same problem, placed in that file (a notebook's cell and the line in it)
     */
    public Problem in(SourceMap map) {
        return new Problem(kind, message, map.file(), line, column, map);
    }

    /** @return where the problem is in the file its reader has */
    public Position position() {
        return lines.position(line, column);
    }

    /** The sorts of problem, in the order a reader fixes them. */
    public enum Kind {
        /** The text is not Python: a bracket left open, an indentation that matches nothing. */
        SYNTAX,
        /** A name that is defined nowhere in the program. */
        NAME,
        /** Python that bpdiff does not run (a class, {@code import os}, {@code np.linalg}). */
        UNSUPPORTED,
        /** The program failed while it ran: a shape mismatch, an index out of range, a limit. */
        RUNTIME,
        /** The program ran, but what to check cannot be found (no loss, an unknown {@code --params} name). */
        USAGE
    }

    /**
     * @return {@code source:line:column} ({@code source:cell C:line:column} in a notebook), or less when the line or
     *     column is unknown
     */
    public String where() {
        return position().where();
    }

    /** @return {@code message (where)}, as bpdiff prints it after {@code bpdiff: } */
    public String text() {
        return message + " (" + where() + ")";
    }
}
