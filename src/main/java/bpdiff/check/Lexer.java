package bpdiff.check;

import bpdiff.BadInputException;
import bpdiff.Position;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits one line of a derivation into tokens.
 *
 * <p>Names are {@code [A-Za-z_][A-Za-z0-9_]*}; the module prefixes {@code np.}, {@code numpy.},
 * {@code math.} and {@code torch.} are accepted and dropped, so {@code np.exp(x)} reads as
 * {@code exp(x)}. Numbers are decimal with an optional exponent. {@code **} and {@code ^} are both the
 * power (Python's {@code ^} is xor, but homework text writes powers that way).
 */
public final class Lexer {

    /** Module prefixes that are accepted in front of a name and ignored. */
    static final Set<String> IGNORED_PREFIXES = Set.of("np", "numpy", "math", "torch");

    private Lexer() {}

    /**
     * Tokenizes a line; the comment ({@code #…}) must already be removed.
     *
     * @param line the line
     * @param where the line in its file; an error names the column on it
     * @return the tokens, ending with {@link TokenKind#END}
     * @throws BadInputException for a character that belongs to no token, or a malformed number
     */
    public static List<Token> tokenize(String line, Position where) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (Character.isDigit(c) || c == '.' && i + 1 < line.length()
                    && Character.isDigit(line.charAt(i + 1))) {
                i = number(line, i, where, tokens);
            } else if (Character.isLetter(c) || c == '_') {
                i = name(line, i, tokens);
            } else {
                i = symbol(line, i, where, tokens);
            }
        }
        tokens.add(new Token(TokenKind.END, "", line.length() + 1, line.length() + 1));
        return tokens;
    }

    private static int number(String line, int start, Position where, List<Token> tokens) {
        int i = start;
        while (i < line.length() && (Character.isDigit(line.charAt(i)) || line.charAt(i) == '.')) {
            i++;
        }
        if (i < line.length() && (line.charAt(i) == 'e' || line.charAt(i) == 'E')) {
            int exponent = i + 1;
            if (exponent < line.length() && (line.charAt(exponent) == '+' || line.charAt(exponent) == '-')) {
                exponent++;
            }
            if (exponent < line.length() && Character.isDigit(line.charAt(exponent))) {
                i = exponent;
                while (i < line.length() && Character.isDigit(line.charAt(i))) {
                    i++;
                }
            }
        }
        String text = line.substring(start, i);
        try {
            Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new BadInputException("syntax error: malformed number '" + text + "'",
                    where.atColumn(start + 1), e);
        }
        if (i < line.length() && (Character.isLetter(line.charAt(i)) || line.charAt(i) == '_')) {
            throw new BadInputException("syntax error: a name cannot start with a digit",
                    where.atColumn(start + 1));
        }
        tokens.add(new Token(TokenKind.NUMBER, text, start + 1, i + 1));
        return i;
    }

    private static int name(String line, int start, List<Token> tokens) {
        int i = start;
        while (i < line.length() && (Character.isLetterOrDigit(line.charAt(i)) || line.charAt(i) == '_')) {
            i++;
        }
        String text = line.substring(start, i);
        if (IGNORED_PREFIXES.contains(text) && i + 1 < line.length() && line.charAt(i) == '.'
                && (Character.isLetter(line.charAt(i + 1)) || line.charAt(i + 1) == '_')) {
            int nameStart = i + 1;
            int next = name(line, nameStart, tokens);
            Token unprefixed = tokens.remove(tokens.size() - 1);
            tokens.add(new Token(unprefixed.kind(), unprefixed.text(), start + 1, unprefixed.end()));
            return next;
        }
        tokens.add(new Token(TokenKind.NAME, text, start + 1, i + 1));
        return i;
    }

    private static int symbol(String line, int i, Position where, List<Token> tokens) {
        char c = line.charAt(i);
        TokenKind kind;
        int length = 1;
        switch (c) {
            case '+' -> kind = TokenKind.PLUS;
            case '-' -> kind = TokenKind.MINUS;
            case '*' -> {
                boolean power = i + 1 < line.length() && line.charAt(i + 1) == '*';
                kind = power ? TokenKind.POWER : TokenKind.STAR;
                length = power ? 2 : 1;
            }
            case '/' -> kind = TokenKind.SLASH;
            case '^' -> kind = TokenKind.POWER;
            case '(' -> kind = TokenKind.LEFT_PAREN;
            case ')' -> kind = TokenKind.RIGHT_PAREN;
            case ',' -> kind = TokenKind.COMMA;
            case '=' -> kind = TokenKind.ASSIGN;
            default -> throw new BadInputException(
                    "syntax error: unexpected character '" + c + "'", where.atColumn(i + 1));
        }
        if (kind == TokenKind.ASSIGN && i + 1 < line.length() && line.charAt(i + 1) == '=') {
            throw new BadInputException("syntax error: '==' compares; write 'name = expression'",
                    where.atColumn(i + 1));
        }
        tokens.add(new Token(kind, line.substring(i, i + length), i + 1, i + length + 1));
        return i + length;
    }
}
