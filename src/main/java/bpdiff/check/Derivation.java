package bpdiff.check;

import java.util.List;

/**
 * A parsed derivation file: its assignments in file order.
 *
 * @param source the file name used in messages ({@code source:line:column})
 * @param assignments every assignment, in file order
 * @param lines the raw lines of the file, for quoting them under an error
 */
public record Derivation(String source, List<Assignment> assignments, List<String> lines) {

    /** Makes the lists unmodifiable. */
    public Derivation {
        assignments = List.copyOf(assignments);
        lines = List.copyOf(lines);
    }

    /**
     * Where a line and column are, as {@code source:line:column}.
     *
     * @param line 1-based line
     * @param column 1-based column
     * @return the position for a message
     */
    public String where(int line, int column) {
        return source + ":" + line + ":" + column;
    }
}
