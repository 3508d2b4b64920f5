package bpdiff.program.syntax;

import bpdiff.BadInputException;
import bpdiff.Position;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits one line of a formula list into {@link Token}s: the formula list's lexical rules, not CPython's.
 *
 * <p>Names are letters, digits and {@code _}, not starting with a digit; the module prefixes {@code np.},
 * {@code numpy.}, {@code math.} and {@code torch.} are dropped, so {@code np.exp(x)} reads as {@code exp(x)} (the
 * name keeps the prefix's column). Numbers are decimal with an optional exponent ({@code 01} is 1, as a
 * calculator reads it). Any whitespace separates tokens. The operators are {@code + - * ** / ^ ( ) , =}: {@code ^}
 * is a power, as homework text writes it (Python's {@code ^} is xor). Columns count {@code char}s from 1; the line
 * ends with a {@link TokenKind#NEWLINE} token.
 */
final class FormulaScanner {

    /** Module prefixes that are accepted in front of a name and dropped. */
    private static final Set<String> IGNORED_PREFIXES = Set.of("np", "numpy", "math", "torch");

    private final String line;
    private final int lineNumber;
    private final Position where;
    private final List<Token> tokens = new ArrayList<>();

    private FormulaScanner(String line, Position where) {
        this.line = line;
        this.lineNumber = where.line();
        this.where = where;
    }

    /**
     * Tokenizes a line; its comment ({@code #…}) must already be removed.
     *
     * @param line the line
     * @param where the line in its file; an error names the column on it
     * @return the tokens, ending with {@link TokenKind#NEWLINE}
     * @throws BadInputException for a character that belongs to no token, or a malformed number
     */
    static List<Token> tokenize(String line, Position where) {
        FormulaScanner scanner = new FormulaScanner(line, where);
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (Character.isDigit(c) || c == '.' && i + 1 < line.length()
                    && Character.isDigit(line.charAt(i + 1))) {
                i = scanner.number(i);
            } else if (Character.isLetter(c) || c == '_') {
                i = scanner.name(i);
            } else {
                i = scanner.symbol(i);
            }
        }
        scanner.add(TokenKind.NEWLINE, "", line.length(), line.length());
        return scanner.tokens;
    }

    private int number(int start) {
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
            throw new BadInputException("syntax error: a name cannot start with a digit", where.atColumn(start + 1));
        }
        add(TokenKind.NUMBER, text, start, i);
        return i;
    }

    private int name(int start) {
        int i = nameEnd(start);
        String text = line.substring(start, i);
        if (IGNORED_PREFIXES.contains(text) && i + 1 < line.length() && line.charAt(i) == '.'
                && (Character.isLetter(line.charAt(i + 1)) || line.charAt(i + 1) == '_')) {
            // np.exp is exp, written where np starts; np.np.exp is exp too
            int next = name(i + 1);
            Token unprefixed = tokens.remove(tokens.size() - 1);
            add(unprefixed.kind(), unprefixed.text(), start, unprefixed.end());
            return next;
        }
        add(TokenKind.NAME, text, start, i);
        return i;
    }

    /** The character at {@code i} as a message shows it: a whole code point, a control character by its code. */
    private String shown(int i) {
        int c = line.codePointAt(i);
        return Character.isISOControl(c) ? String.format(java.util.Locale.ROOT, "\\x%02x", c) : Character.toString(c);
    }

    private int nameEnd(int start) {
        int i = start;
        while (i < line.length() && (Character.isLetterOrDigit(line.charAt(i)) || line.charAt(i) == '_')) {
            i++;
        }
        return i;
    }

    private int symbol(int i) {
        char c = line.charAt(i);
        int length = switch (c) {
            case '+', '-', '/', '^', '(', ')', ',' -> 1;
            case '*' -> i + 1 < line.length() && line.charAt(i + 1) == '*' ? 2 : 1;
            case '=' -> {
                if (i + 1 < line.length() && line.charAt(i + 1) == '=') {
                    throw new BadInputException("syntax error: '==' compares; write 'name = expression'",
                            where.atColumn(i + 1));
                }
                yield 1;
            }
            default -> throw new BadInputException("syntax error: unexpected character '" + shown(i) + "'",
                    where.atColumn(i + 1));
        };
        add(TokenKind.OP, line.substring(i, i + length), i, i + length);
        return i + length;
    }

    private void add(TokenKind kind, String text, int start, int end) {
        tokens.add(Token.of(kind, text, lineNumber, start + 1, start, end));
    }
}
