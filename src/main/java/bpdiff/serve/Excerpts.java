package bpdiff.serve;

import bpdiff.BadInputException;
import bpdiff.Position;
import bpdiff.check.SourceExcerpt;
import bpdiff.program.Problem;
import java.util.List;

/**
 * The line of a request's text that a message points at, and a caret under the column, as the command line prints
 * them below the message; taken from the text itself, never from a file.
 */
final class Excerpts {

    private Excerpts() {}

    /**
     * @param e a bad input
     * @param source the name the request's text went by
     * @return the line and the caret, or {@code ""} when {@code e} is at no line and column of that text
     */
    static String at(BadInputException e, String source) {
        Position at = e.position();
        return at == null || !source.equals(at.file()) ? "" : SourceExcerpt.at(at);
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
