package bpdiff.program.notebook;

import bpdiff.program.notebook.CellCode.ColumnShift;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A code cell's Python, as IPython 8 finds its own syntax in it ({@code IPython.core.inputtransformer2}) and bpdiff
 * leaves that syntax out, line for line, so that every other line keeps its number.
 *
 * <ul>
 *   <li>First, as IPython does, blank lines at the top are passed over, and the indentation of the first line is
 *       removed from every line that starts with it.</li>
 *   <li>A cell magic on that first line: {@code %%time} and {@code %%capture} run the rest of the cell once, as
 *       Python; any other ({@code %%writefile}, {@code %%bash}, {@code %%html}, {@code %%timeit}, which runs it many
 *       times …) makes the cell no program of this notebook: it is not run, and the report says so.</li>
 *   <li>At the start of a logical line (outside brackets, strings and backslash continuations): a line magic
 *       ({@code %matplotlib inline}), a shell command ({@code !pip install numpy}), a help request ({@code ?np.dot},
 *       {@code np.dot?}) and an assignment from either ({@code files = !ls}) are replaced by {@code pass}, with the
 *       lines a trailing backslash joins to them. {@code %time stmt} runs {@code stmt}, as IPython does.</li>
 * </ul>
 * A {@code %} that begins a line inside brackets ({@code print("%d" \n % n)}) is Python's operator and stays.
 */
public final class IPythonLines {

    /** Cell magics whose body is Python that IPython runs once, in the notebook's namespace. */
    private static final Set<String> RUN_ONCE = Set.of("time", "capture");

    private IPythonLines() {}

    /**
     * @param cell a code cell
     * @return its Python, line for line, or the reason it is not run
     */
    public static CellCode of(NotebookCell cell) {
        List<String> lines = cell.lines();
        int first = 0;
        while (first < lines.size() && lines.get(first).isBlank()) {
            first++;
        }
        List<String> python = new ArrayList<>(lines);
        List<ColumnShift> columns = new ArrayList<>();
        lines.forEach(l -> columns.add(ColumnShift.NONE));
        List<Boolean> dropped = new ArrayList<>();
        lines.forEach(l -> dropped.add(false));
        if (first == lines.size()) {
            return new CellCode(cell, python, dropped, columns, null);
        }
        dedent(python, columns, first);
        String head = python.get(first);
        if (head.startsWith("%%")) {
            String magic = head.substring(2).split("\\s", 2)[0];
            if (!RUN_ONCE.contains(magic)) {
                return new CellCode(cell, python, dropped, columns, skipReason(magic));
            }
            python.set(first, "pass");
            dropped.set(first, true);
            first++;
        }
        new EscapedLines(python, dropped, columns).from(first);
        return new CellCode(cell, python, dropped, columns, null);
    }

    private static String skipReason(String magic) {
        return switch (magic) {
            case "timeit" -> "%%timeit runs it many times to time it";
            case "python", "python3", "pypy" -> "%%" + magic + " runs it in a Python process of its own";
            default -> "%%" + magic + " makes it no Python code of the notebook";
        };
    }

    /** IPython's {@code leading_indent}: the first line's indentation off every line that starts with it. */
    private static void dedent(List<String> python, List<ColumnShift> columns, int first) {
        String line = python.get(first);
        int n = 0;
        while (n < line.length() && (line.charAt(n) == ' ' || line.charAt(n) == '\t')) {
            n++;
        }
        if (n == 0) {
            return;
        }
        String space = line.substring(0, n);
        for (int k = first; k < python.size(); k++) {
            if (python.get(k).startsWith(space)) {
                python.set(k, python.get(k).substring(n));
                columns.set(k, new ColumnShift(n, 0, 0));
            }
        }
    }
}
