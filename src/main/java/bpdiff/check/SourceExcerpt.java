package bpdiff.check;

import bpdiff.Position;
import bpdiff.program.Problem;
import bpdiff.program.SourceMap;
import java.util.List;

/**
 * The line an error points at, with a caret under its column, for the lines that follow
 * {@code bpdiff: <problem> (<where>)}.
 */
public final class SourceExcerpt {

    private SourceExcerpt() {}

    /**
     * The excerpt for a position.
     *
     * @param at a line and column with the line's text, as a {@link bpdiff.BadInputException} carries it, or
     *     {@code null}
     * @return two lines (the source line and the caret), each ending with a newline, or {@code ""} if {@code at}
     *     has no column or no line's text
     */
    public static String at(Position at) {
        if (at == null || at.line() < 1 || at.column() < 1 || at.excerpt() == null) {
            return "";
        }
        return of(List.of(at.excerpt()), 1, at.column());
    }

    /**
     * The excerpt for a program's problem: the line as its file has it (a notebook's cell's line), and a caret under
     * the column there.
     *
     * @param problem a problem of a program
     * @param programLines the program's lines (a notebook's lines come from the problem's {@link
     *     bpdiff.program.SourceMap})
     * @return the line and the caret, or {@code ""} for a problem of the whole program or past its end
     */
    public static String of(Problem problem, List<String> programLines) {
        return of(problem.lines(), programLines, problem.line(), problem.column());
    }

    /**
     * The excerpt for a line and column of a program, as its file has them.
     *
     * @param map where the program's lines stand in the file
     * @param programLines the program's lines
     * @param line 1-based line of the program
     * @param column 1-based column of the program, or 0
     * @return the line as the file has it and a caret under the column there, or {@code ""} past the program's end
     */
    public static String of(SourceMap map, List<String> programLines, int line, int column) {
        String programLine = line >= 1 && line <= programLines.size() ? programLines.get(line - 1) : null;
        String written = line < 1 ? null : map.written(line, programLine);
        return written == null ? "" : of(List.of(written), 1, map.position(line, column).column());
    }

    /**
     * The excerpt for a line and column of some lines.
     *
     * @param lines the file's lines
     * @param line 1-based
     * @param column 1-based
     * @return the source line and a caret line, or {@code ""} if the line does not exist
     */
    public static String of(List<String> lines, int line, int column) {
        if (line < 1 || line > lines.size()) {
            return "";
        }
        // a control character of the file (an escape sequence in a string) is shown as '?', in its column: the
        // excerpt cannot steer the terminal it is printed on
        String text = lines.get(line - 1).replace('\t', ' ')
                .replaceAll("[\\p{Cc}\\u2028\\u2029\\p{Cs}]", "?");
        return "  " + text + "\n  " + " ".repeat(Math.max(0, column - 1)) + "^\n";
    }
}
