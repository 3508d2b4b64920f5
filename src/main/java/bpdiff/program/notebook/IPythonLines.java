package bpdiff.program.notebook;

import bpdiff.program.notebook.CellCode.ColumnShift;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
    private static final Pattern ASSIGNED = Pattern.compile("^[A-Za-z_][\\w.]*(\\s*,\\s*[A-Za-z_][\\w.]*)*\\s*=\\s*[%!]");
    private static final Pattern TIME = Pattern.compile("^%time\\s+(?=\\S)");
    private static final Pattern STRING_START = Pattern.compile("(?i)(r|u|f|b|br|rb|fr|rf)?('''|\"\"\"|'|\")");

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
        new Scan(python, dropped, columns).from(first);
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

    /** The walk over the cell's lines that knows where a logical line starts. */
    private static final class Scan {
        private final List<String> python;
        private final List<Boolean> dropped;
        private final List<ColumnShift> columns;
        private int depth;
        private String quote;
        private boolean raw;
        private boolean continued;
        private char last;
        private int logicalStart;

        Scan(List<String> python, List<Boolean> dropped, List<ColumnShift> columns) {
            this.python = python;
            this.dropped = dropped;
            this.columns = columns;
        }

        void from(int first) {
            int k = first;
            while (k < python.size()) {
                String line = python.get(k);
                if (depth == 0 && quote == null && !continued) {
                    logicalStart = k;
                    last = 0;
                    String code = line.stripLeading();
                    int indent = line.length() - code.length();
                    Matcher time = TIME.matcher(code);
                    if (time.find()) {
                        python.set(k, line.substring(0, indent) + code.substring(time.end()));
                        ColumnShift was = columns.get(k);
                        columns.set(k, new ColumnShift(was.removedIndent(), indent, time.end()));
                    } else if (isEscape(code)) {
                        k = drop(k, indent);
                        continue;
                    }
                }
                scan(python.get(k));
                if (depth == 0 && quote == null && !continued && last == '?') {
                    for (int j = logicalStart; j <= k; j++) {
                        replace(j, j == logicalStart ? indentOf(python.get(logicalStart)) : -1);
                    }
                }
                k++;
            }
        }

        private static boolean isEscape(String code) {
            return code.startsWith("%") || code.startsWith("!") || code.startsWith("?") || ASSIGNED.matcher(code).find();
        }

        /** Drops an escaped line and the lines its trailing backslashes join to it; returns the next line's index. */
        private int drop(int k, int indent) {
            replace(k, indent);
            String line = python.get(k);
            int j = k;
            String original = line;
            while (original.endsWith("\\") && j + 1 < python.size()) {
                j++;
                original = python.get(j);
                replace(j, -1);
            }
            continued = false;
            return j + 1;
        }

        /** Puts {@code pass} at an indentation (an empty line for −1: a line a dropped one continues). */
        private void replace(int k, int indent) {
            python.set(k, indent < 0 ? "" : python.get(k).substring(0, indent) + "pass");
            dropped.set(k, true);
        }

        private static int indentOf(String line) {
            return line.length() - line.stripLeading().length();
        }

        /** One physical line: brackets, strings, comments and a closing backslash. */
        private void scan(String line) {
            continued = false;
            int i = 0;
            while (i < line.length()) {
                char c = line.charAt(i);
                if (quote != null) {
                    if (c == '\\' && !raw) {
                        if (i + 1 == line.length()) {
                            continued = quote.length() == 1;
                            return;
                        }
                        i += 2;
                        continue;
                    }
                    if (c == '\\') {
                        i += 2;
                        continue;
                    }
                    if (line.startsWith(quote, i)) {
                        i += quote.length();
                        quote = null;
                        last = '"';
                        continue;
                    }
                    i++;
                    continue;
                }
                if (c == '#') {
                    break;
                }
                Matcher string = STRING_START.matcher(line).region(i, line.length());
                // a name is skipped whole, so a letter here starts a name or a string's prefix
                if ((c == '\'' || c == '"' || Character.isLetter(c)) && string.lookingAt()) {
                    String prefix = string.group(1) == null ? "" : string.group(1);
                    quote = string.group(2);
                    raw = prefix.indexOf('r') >= 0 || prefix.indexOf('R') >= 0;
                    i = string.end();
                    continue;
                }
                if (c == '(' || c == '[' || c == '{') {
                    depth++;
                } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
                    depth--;
                } else if (c == '\\' && i + 1 == line.length()) {
                    continued = true;
                    return;
                }
                if (!Character.isWhitespace(c)) {
                    last = c;
                }
                if (Character.isLetterOrDigit(c) || c == '_') {
                    i = skipName(line, i);
                    continue;
                }
                i++;
            }
            if (quote != null && quote.length() == 1) {
                quote = null;
            }
        }

        private static boolean isNamePart(char c) {
            return Character.isLetterOrDigit(c) || c == '_';
        }

        private int skipName(String line, int i) {
            int j = i;
            while (j < line.length() && isNamePart(line.charAt(j))) {
                j++;
            }
            last = line.charAt(j - 1);
            return j;
        }
    }
}
