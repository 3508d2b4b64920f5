package bpdiff.program;

import bpdiff.Position;

/**
 * Where each line of the program bpdiff runs stands in the file its reader has: the same line of a Python file,
 * or a line of one cell of a notebook (whose code cells bpdiff runs as one program). Every position a user sees
 * (an error's {@code file:line:column}, a report's lines, the sentences that name a line) is made here, from the
 * program's line and column.
 */
public interface SourceMap {

    /** @return the file's name as given, e.g. {@code hw2.ipynb} */
    String file();

    /**
     * @param line 1-based line of the program, or 0 for the whole file
     * @param column 1-based column of the program, or 0 for the whole line
     * @return where that is in the file
     */
    Position position(int line, int column);

    /** @return whether positions name cells: the table's column is then {@code cell:line} */
    default boolean hasCells() {
        return false;
    }

    /**
     * @param line 1-based line of the program
     * @param programLine that line of the program
     * @return the line as its file has it (a notebook's {@code %matplotlib inline}, where the program runs
     *     {@code pass})
     */
    default String written(int line, String programLine) {
        return programLine;
    }

    /**
     * @param line 1-based line of the program
     * @return whether the line is run as written (not IPython's syntax left out)
     */
    default boolean runs(int line) {
        return true;
    }

    /**
     * @param line 1-based line of the program, or 0 for the whole file
     * @param column 1-based column, or 0
     * @return {@code file:line:column} as messages write it ({@link Position#where()})
     */
    default String where(int line, int column) {
        return position(line, column).where();
    }

    /**
     * @param line 1-based line of the program
     * @return the line as a sentence names it ({@link Position#lineText()})
     */
    default String lineText(int line) {
        return position(line, 0).lineText();
    }

    /**
     * @param file a Python file's name
     * @return the map of a plain file: every line is its own
     */
    static SourceMap of(String file) {
        return new PlainFile(file);
    }

    /**
     * @param file a file's name
     * @param cell a notebook's cell, 1-based, or 0 for a plain file
     * @return the map of a program that is that cell alone, or the file
     */
    static SourceMap of(String file, int cell) {
        return cell > 0 ? new Cell(file, cell) : new PlainFile(file);
    }

    /**
     * A Python file: its lines are the program's.
     *
     * @param file the file's name
     */
    record PlainFile(String file) implements SourceMap {

        @Override
        public Position position(int line, int column) {
            return new Position(file, 0, Math.max(0, line), line <= 0 ? 0 : Math.max(0, column));
        }
    }

    /**
     * One cell of a notebook: its lines are the program's.
     *
     * @param file the notebook's name
     * @param cell the cell, 1-based
     */
    record Cell(String file, int cell) implements SourceMap {

        @Override
        public Position position(int line, int column) {
            return new Position(file, cell, Math.max(0, line), line <= 0 ? 0 : Math.max(0, column));
        }

        @Override
        public boolean hasCells() {
            return true;
        }
    }
}
