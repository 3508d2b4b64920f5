package bpdiff.program.notebook;

import java.util.List;

/**
 * A code cell as bpdiff runs it: one Python line per line of the cell, or a cell that is not run.
 *
 * @param cell the cell
 * @param python one line per line of the cell: the line itself, {@code pass} at its indentation where IPython's own
 *     syntax stood (a magic, a shell command, a help request), or the statement {@code %time} runs
 * @param dropped per line, whether IPython's syntax was left out there
 * @param columns per line, how a column of the Python line maps back to the cell's
 * @param skipped why the whole cell is not run (a cell magic that makes it no Python, or runs it otherwise), or
 *     {@code null}
 */
public record CellCode(NotebookCell cell, List<String> python, List<Boolean> dropped, List<ColumnShift> columns,
        String skipped) {

    /** Makes the lists unmodifiable. */
    public CellCode {
        python = List.copyOf(python);
        dropped = List.copyOf(dropped);
        columns = List.copyOf(columns);
    }

    /**
     * How a column of a Python line maps to the cell's: IPython removed the indentation of the cell's first line
     * from every line that starts with it ({@code removedIndent}), and {@code %time stmt} is run as {@code stmt}
     * ({@code removed} characters taken out after column {@code at}).
     *
     * @param removedIndent characters of indentation IPython removed from the start of the line
     * @param at 0-based index in the Python line after which characters were taken out
     * @param removed how many were taken out there
     */
    public record ColumnShift(int removedIndent, int at, int removed) {

        /** The line as written. */
        public static final ColumnShift NONE = new ColumnShift(0, 0, 0);

        /**
         * @param column 1-based column of the Python line, or 0
         * @return the same place's 1-based column in the cell, or 0
         */
        public int cellColumn(int column) {
            if (column <= 0) {
                return 0;
            }
            return (column > at ? column + removed : column) + removedIndent;
        }
    }
}
