package bpdiff.program.notebook;

import bpdiff.program.SourceMap;
import bpdiff.Position;
import bpdiff.program.notebook.CellCode.ColumnShift;
import java.util.ArrayList;
import java.util.List;

/**
 * Where each line of a notebook's program stands in the notebook: its cell and the line in it, and the column there
 * ({@link ColumnShift}). The program is the code cells that run, one after the other, line for line; so program line
 * {@code n} is one line of one cell.
 */
public final class NotebookLines implements SourceMap {

    private final String file;
    private final List<Line> lines;

    /**
     * One line of the program.
     *
     * @param cell the cell's number among all cells
     * @param line 1-based line in the cell
     * @param columns how its columns map to the cell's
     * @param written the line as the cell has it
     * @param dropped whether IPython's syntax stood there (replaced by {@code pass})
     */
    record Line(int cell, int line, ColumnShift columns, String written, boolean dropped) {}

    /**
     * @param file the notebook's name
     * @param cells the code cells that run, in order
     */
    NotebookLines(String file, List<CellCode> cells) {
        this.file = file;
        List<Line> all = new ArrayList<>();
        for (CellCode code : cells) {
            for (int k = 0; k < code.python().size(); k++) {
                all.add(new Line(code.cell().number(), k + 1, code.columns().get(k), code.cell().lines().get(k),
                        code.dropped().get(k)));
            }
        }
        this.lines = List.copyOf(all);
    }

    @Override
    public String file() {
        return file;
    }

    @Override
    public boolean hasCells() {
        return true;
    }

    @Override
    public Position position(int line, int column) {
        if (line <= 0 || lines.isEmpty()) {
            return new Position(file, 0, 0, 0);
        }
        if (line > lines.size()) {
            // the end of the program, as a parser says it: past the last line of the last cell
            Line last = lines.get(lines.size() - 1);
            return new Position(file, last.cell(), last.line() + line - lines.size(), column);
        }
        Line at = lines.get(line - 1);
        return new Position(file, at.cell(), at.line(), at.columns().cellColumn(column));
    }

    @Override
    public String written(int line, String programLine) {
        return line >= 1 && line <= lines.size() ? lines.get(line - 1).written() : programLine;
    }

    @Override
    public boolean runs(int line) {
        return line < 1 || line > lines.size() || !lines.get(line - 1).dropped();
    }

    /** @return how many lines the program has */
    public int size() {
        return lines.size();
    }
}
