package bpdiff.check;

import bpdiff.Position;
import java.util.ArrayList;
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
     * @param line 1-based line
     * @param column 1-based column
     * @return that place of the file, with the line's text
     */
    public Position position(int line, int column) {
        return Position.in(source, lines, line, column);
    }

    /**
     * The assignments grouped by the line they are on, in file order. The names of a tuple line
     * {@code a, b = e1, e2} are assigned together, after every right-hand side is computed, as in Python.
     *
     * @return one statement per line that has assignments
     */
    List<Statement> statements() {
        List<Statement> statements = new ArrayList<>();
        int from = 0;
        while (from < assignments.size()) {
            int line = assignments.get(from).line();
            int to = from;
            while (to < assignments.size() && assignments.get(to).line() == line) {
                to++;
            }
            statements.add(new Statement(line, from, to));
            from = to;
        }
        return statements;
    }

    /**
     * The assignments of one line.
     *
     * @param line 1-based line
     * @param from index of its first assignment
     * @param to index after its last assignment
     */
    record Statement(int line, int from, int to) {}
}
