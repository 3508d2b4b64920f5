package bpdiff.program.syntax;

import java.util.Set;

/** Python's reserved words: never names. ({@code match}, {@code case} and {@code _} are soft keywords: names.) */
final class Keywords {

    /** Every keyword of Python 3.11. */
    static final Set<String> ALL = Set.of("False", "None", "True", "and", "as", "assert", "async", "await", "break",
            "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if",
            "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
            "with", "yield");

    private Keywords() {}

    /**
     * @param token a token
     * @return whether it is a name that is not a keyword
     */
    static boolean isName(Token token) {
        return token.kind() == TokenKind.NAME && !ALL.contains(token.text());
    }
}
