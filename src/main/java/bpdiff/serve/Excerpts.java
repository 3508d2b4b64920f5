package bpdiff.serve;

import bpdiff.check.SourceExcerpt;
import bpdiff.program.Problem;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The line of a request's text that a message points at, and a caret under the column, as the command line prints
 * them below the message; taken from the text itself, never from a file.
 */
final class Excerpts {

    private Excerpts() {}

    /**
     * @param where a bad input's place, e.g. {@code derivation.py:2:5}
     * @param source the name the text went by
     * @param text the text
     * @return the line and the caret, or {@code ""} when {@code where} is no position in the text
     */
    static String at(String where, String source, String text) {
        Matcher m = where == null ? null
                : Pattern.compile("^" + Pattern.quote(source) + ":(\\d+):(\\d+)$").matcher(where);
        if (m == null || !m.matches()) {
            return "";
        }
        return SourceExcerpt.of(lines(text), Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    /**
     * @param problem a problem of a program
     * @param text the program's text
     * @return its line and the caret, or {@code ""} for a problem of the whole program
     */
    static String of(Problem problem, String text) {
        return SourceExcerpt.of(problem, lines(text));
    }

    /** The lines as the command line reads a file's: a last line break ends the last line, it starts no new one. */
    private static List<String> lines(String text) {
        return text.lines().toList();
    }
}
