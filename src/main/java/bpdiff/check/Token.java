package bpdiff.check;

/**
 * One token of a derivation line.
 *
 * @param kind what it is
 * @param text the characters as written (for a prefixed name, without the prefix)
 * @param column the 1-based column of its first character in the line (of the prefix, if any)
 * @param end the 1-based column just after its last character
 */
public record Token(TokenKind kind, String text, int column, int end) {

    /** @return how the token reads in an error message */
    public String describe() {
        return kind == TokenKind.END ? "the end of the line" : "'" + text + "'";
    }
}
