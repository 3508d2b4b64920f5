package bpdiff.program.syntax;

/**
 * Where a piece of a program is.
 *
 * @param line 1-based line of its first character
 * @param column 1-based column of its first character
 * @param start offset of its first character in the source text
 * @param end offset just after its last character
 */
public record Span(int line, int column, int start, int end) {

    /**
     * The span from one token to another.
     *
     * @param first the first token
     * @param last the last token
     * @return the span covering both
     */
    static Span of(Token first, Token last) {
        return new Span(first.line(), first.column(), first.start(), Math.max(first.end(), last.end()));
    }

    /**
     * The span from this one to another.
     *
     * @param other a later span
     * @return the span covering both
     */
    Span to(Span other) {
        return new Span(line, column, start, Math.max(end, other.end()));
    }
}
