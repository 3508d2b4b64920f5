package bpdiff.program.notebook;

import bpdiff.program.notebook.CellCode.ColumnShift;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The walk over a code cell's lines that knows where a logical line starts (outside brackets, strings and backslash
 * continuations), as IPython's token-based transforms do, and there replaces IPython's own syntax by {@code pass}:
 * an escaped line ({@code %magic}, {@code !command}, {@code ?help}), an assignment from one ({@code x = !ls}), a
 * logical line ending in {@code ?}; the lines a trailing backslash joins to an escaped line become empty.
 * {@code %time stmt} becomes {@code stmt}.
 */
final class EscapedLines {

    private static final Pattern ASSIGNED = Pattern.compile("^[A-Za-z_][\\w.]*(\\s*,\\s*[A-Za-z_][\\w.]*)*\\s*=\\s*[%!]");
    private static final Pattern TIME = Pattern.compile("^%time\\s+(?=\\S)");
    private static final Pattern STRING_START = Pattern.compile("(?i)(r|u|f|b|br|rb|fr|rf)?('''|\"\"\"|'|\")");

    private final List<String> python;
    private final List<Boolean> dropped;
    private final List<ColumnShift> columns;
    private int depth;
    private String quote;
    private boolean raw;
    private boolean continued;
    private char last;
    private int logicalStart;

    /**
     * @param python the cell's lines, changed in place
     * @param dropped per line, set where IPython's syntax is left out
     * @param columns per line, set where {@code %time} is taken out
     */
    EscapedLines(List<String> python, List<Boolean> dropped, List<ColumnShift> columns) {
        this.python = python;
        this.dropped = dropped;
        this.columns = columns;
    }

    /** @param first the first line to read (past the blank lines at the top and a cell magic's line) */
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
        String line = python.get(k);
        replace(k, indent);
        int j = k;
        while (line.endsWith("\\") && j + 1 < python.size()) {
            j++;
            line = python.get(j);
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
