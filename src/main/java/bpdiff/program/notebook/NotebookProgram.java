package bpdiff.program.notebook;

import bpdiff.program.BadProgramException;
import bpdiff.program.Problem;
import bpdiff.program.syntax.Parser;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A Jupyter notebook as the program bpdiff runs: its code cells in order, each line where it was ({@link
 * IPythonLines}), markdown and raw cells left out. Each cell must be Python on its own, as Jupyter compiles each
 * cell by itself: a bracket left open at the end of a cell is that cell's syntax error, not a statement that goes
 * on in the next cell.
 *
 * @param text the program: the lines of the code cells that run, joined
 * @param lines where each of its lines stands in the notebook
 * @param notes what was not run: the cells a cell magic makes no Python of this notebook
 */
public record NotebookProgram(String text, NotebookLines lines, List<String> notes) {

    /** Makes the list unmodifiable. */
    public NotebookProgram {
        notes = List.copyOf(notes);
    }

    /**
     * @param file a file's name
     * @return whether it is a notebook's ({@code .ipynb}, in any case)
     */
    public static boolean isNotebook(String file) {
        return file != null && file.toLowerCase(Locale.ROOT).endsWith(".ipynb");
    }

    /**
     * Reads a notebook.
     *
     * @param json the notebook file's text
     * @param file its name, for messages
     * @return its program
     * @throws bpdiff.BadInputException if it is no nbformat 4 notebook of Python ({@link NotebookReader})
     * @throws BadProgramException with every syntax error of every code cell, each at its cell and line
     */
    public static NotebookProgram read(String json, String file) {
        List<CellCode> run = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (NotebookCell cell : NotebookReader.read(json, file)) {
            if (!cell.isCode()) {
                continue;
            }
            CellCode code = IPythonLines.of(cell);
            if (code.skipped() == null) {
                run.add(code);
            } else {
                notes.add("cell " + cell.number() + " is not run: " + code.skipped());
            }
        }
        NotebookLines lines = new NotebookLines(file, run);
        List<Problem> problems = new ArrayList<>();
        int offset = 0;
        StringBuilder text = new StringBuilder();
        for (CellCode code : run) {
            String cell = String.join("\n", code.python()) + "\n";
            int size = code.python().size();
            List<Problem> found = Parser.syntaxErrors(cell, file);
            boolean unclosed = found.stream().anyMatch(p -> p.message().endsWith("is never closed"));
            for (Problem p : found) {
                // an error at the end of the cell's text is at the end of its last line, not in the next cell; the
                // end a bracket left open runs into says again what its "never closed" says
                boolean past = p.line() > size;
                if (past && unclosed) {
                    continue;
                }
                int line = p.line() <= 0 ? 0 : Math.min(p.line(), size) + offset;
                int column = past ? code.python().get(size - 1).length() + 1 : p.column();
                problems.add(new Problem(p.kind(), p.message(), file, line, column, lines));
            }
            text.append(cell);
            offset += size;
        }
        if (!problems.isEmpty()) {
            throw new BadProgramException(problems);
        }
        return new NotebookProgram(text.toString(), lines, notes);
    }
}
