package bpdiff.program.syntax;

import java.util.Arrays;
import java.util.List;

/**
 * A parsed program.
 *
 * @param source the file name used in messages
 * @param text the whole text
 * @param body the module's statements, in order
 */
public record Program(String source, String text, List<Stmt> body) {

    /** Makes the list unmodifiable. */
    public Program {
        body = List.copyOf(body);
    }

    /**
     * The text of a span, as written.
     *
     * @param span a span of this program
     * @return its characters
     */
    public String text(Span span) {
        return text.substring(Math.max(0, span.start()), Math.min(text.length(), span.end()));
    }

    /** @return the lines of the text, for quoting them under an error */
    public List<String> lines() {
        return Arrays.asList(text.split("\r\n|\r|\n", -1));
    }
}
