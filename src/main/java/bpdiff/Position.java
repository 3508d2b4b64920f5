package bpdiff;

import java.util.Comparator;
import java.util.List;

/**
 * A place in the file its reader has open: a line and column of a Python file, of a formula list or of a JSON
 * document, or of one cell of a Jupyter notebook, with the text of that line when the reader of the file had it.
 * It is written the way compilers and linters write places, with the cell between the file and the line:
 * {@code hw2.py:12:5}, {@code hw2.ipynb:cell 4:3:5}.
 *
 * @param file the file's name, as given
 * @param cell the cell, 1-based among all the notebook's cells (markdown cells count), or 0 for a plain file
 * @param line 1-based line (in the cell, for a notebook), or 0 for the whole file or cell
 * @param column 1-based column, or 0 for the whole line
 * @param excerpt the line's text as its file has it, or {@code null} when it is not known
 */
public record Position(String file, int cell, int line, int column, String excerpt) {

    /** File, then cell, then line, then column: the order in which a reader meets places. */
    public static final Comparator<Position> ORDER = Comparator
            .comparing(Position::file, Comparator.nullsFirst(Comparator.<String>naturalOrder()))
            .thenComparingInt(Position::cell)
            .thenComparingInt(Position::line)
            .thenComparingInt(Position::column);

    /**
     * A place whose line's text is not known.
     *
     * @param file the file's name
     * @param cell the cell, or 0
     * @param line 1-based line, or 0
     * @param column 1-based column, or 0
     */
    public Position(String file, int cell, int line, int column) {
        this(file, cell, line, column, null);
    }

    /**
     * @param file the file's name
     * @return the whole file
     */
    public static Position of(String file) {
        return new Position(file, 0, 0, 0);
    }

    /**
     * @param file the file's name
     * @param lines its lines
     * @param line 1-based line
     * @param column 1-based column, or 0
     * @return that place of a plain file, with the line's text when {@code lines} has it
     */
    public static Position in(String file, List<String> lines, int line, int column) {
        String text = line >= 1 && line <= lines.size() ? lines.get(line - 1) : null;
        return new Position(file, 0, line, column, text);
    }

    /**
     * @param column 1-based column
     * @return the same line, at that column
     */
    public Position atColumn(int column) {
        return new Position(file, cell, line, column, excerpt);
    }

    /**
     * @return {@code file[:cell C][:line[:column]]}, less where the cell, line or column is unknown; the file's name
     *     {@link OneLine#printable} (a name may hold a line break)
     */
    public String where() {
        String name = OneLine.printable(file);
        String at = cell > 0 ? name + ":cell " + cell : name;
        if (line <= 0) {
            return at;
        }
        return column <= 0 ? at + ":" + line : at + ":" + line + ":" + column;
    }

    /** @return the line as a sentence names it: {@code line 12}, or {@code cell 4, line 3} */
    public String lineText() {
        return cell > 0 ? "cell " + cell + ", line " + line : "line " + line;
    }

    /** @return the line in a table's column: {@code 12}, or {@code 4:3} (cell:line) */
    public String shortText() {
        return cell > 0 ? cell + ":" + line : Integer.toString(line);
    }
}
