package bpdiff.program.syntax;

/**
 * One token of a program.
 *
 * @param kind what it is
 * @param text the characters as written; a name NFKC-normalised as CPython reads it; a string's decoded value;
 *     an f-string's raw content between its quotes
 * @param line 1-based line of its first character
 * @param column 1-based column of its first character, counted in Unicode characters as CPython counts them
 * @param start offset of its first character in the source text
 * @param end offset just after its last character
 * @param fString for a string, whether it is an f-string; then {@code text} is its raw content
 * @param raw for an f-string, whether its prefix holds {@code r} (backslashes are not escapes)
 * @param contentStart for an f-string, the offset of the first character of its content
 */
public record Token(TokenKind kind, String text, int line, int column, int start, int end, boolean fString,
        boolean raw, int contentStart) {

    /**
     * A token that is not an f-string.
     *
     * @param kind what it is
     * @param text the characters
     * @param line 1-based line
     * @param column 1-based column
     * @param start offset of its first character
     * @param end offset after its last character
     * @return the token
     */
    static Token of(TokenKind kind, String text, int line, int column, int start, int end) {
        return new Token(kind, text, line, column, start, end, false, false, -1);
    }

    /**
     * @param op an operator or delimiter
     * @return whether this token is it
     */
    public boolean is(String op) {
        return kind == TokenKind.OP && text.equals(op);
    }

    /**
     * @param keyword a keyword or soft keyword
     * @return whether this token is that word
     */
    public boolean isKeyword(String keyword) {
        return kind == TokenKind.NAME && text.equals(keyword);
    }

    /** @return how the token reads in an error message */
    public String describe() {
        return switch (kind) {
            case NEWLINE -> "the end of the line";
            case INDENT -> "an indented block";
            case DEDENT -> "the end of the indented block";
            case END -> "the end of the file";
            case STRING -> "a string";
            case BYTES -> "a bytes literal";
            default -> "'" + text + "'";
        };
    }
}
