package bpdiff.program;

/**
 * A place in the file its reader has open: a line and column of a Python file, or of one cell of a Jupyter
 * notebook. It is written the way compilers and linters write places, with the cell between the file and the line:
 * {@code hw2.py:12:5}, {@code hw2.ipynb:cell 4:3:5}.
 *
 * @param file the file's name, as given
 * @param cell the cell, 1-based among all the notebook's cells (markdown cells count), or 0 for a plain file
 * @param line 1-based line (in the cell, for a notebook), or 0 for the whole file or cell
 * @param column 1-based column, or 0 for the whole line
 */
public record SourcePosition(String file, int cell, int line, int column) {

    /** @return {@code file[:cell C][:line[:column]]}, less where the cell, line or column is unknown */
    public String where() {
        String at = cell > 0 ? file + ":cell " + cell : file;
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
