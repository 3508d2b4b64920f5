package bpdiff.program.syntax;

import java.util.List;

/**
 * Finds where a number literal ends and whether it is well formed, by the Language Reference's grammar:
 * <pre>
 * integer    := decinteger | "0" ("x"|"o"|"b") (["_"] digit)+
 * decinteger := nonzero (["_"] digit)* | "0"+ (["_"] "0")*
 * float      := digitpart? "." digitpart | digitpart "." | (digitpart | pointfloat) ("e"|"E") ["+"|"-"] digitpart
 * imaginary  := (float | digitpart) ("j"|"J")                        digitpart  := digit (["_"] digit)*
 * </pre>
 * A keyword right after a number ({@code 1if x else 2}) ends it, as CPython 3.11 allows.
 */
final class NumberScanner {

    /** The keywords CPython 3.11 lets follow a number directly (with a deprecation warning). */
    private static final List<String> FOLLOWING_KEYWORDS = List.of("and", "else", "for", "if", "in", "is", "not", "or");

    /**
     * Where a number ends and what is wrong with it.
     *
     * @param end the offset after its last character
     * @param error what is wrong, or {@code null}
     */
    record Scan(int end, String error) {}

    private final String text;
    private int pos;
    private String error;

    private NumberScanner(String text, int start) {
        this.text = text;
        this.pos = start;
    }

    /**
     * @param text the program
     * @param start the offset of the number's first character (a digit, or a point before a digit)
     * @return where it ends and what is wrong with it
     */
    static Scan scan(String text, int start) {
        NumberScanner s = new NumberScanner(text, start);
        s.number();
        s.end();
        return new Scan(s.pos, s.error);
    }

    private void number() {
        int start = pos;
        if (at(pos) == '0' && "xXoObB".indexOf(at(pos + 1)) >= 0 && at(pos + 1) != 0) {
            int radix = switch (Character.toLowerCase(at(pos + 1))) {
                case 'x' -> 16;
                case 'o' -> 8;
                default -> 2;
            };
            pos += 2;
            if (at(pos) == '_') {
                pos++;
            }
            if (!digitPart(radix)) {
                fail("invalid " + radixName(radix) + " literal");
            } else if (Character.digit(at(pos), 10) >= 0) {
                fail("invalid digit '" + at(pos) + "' in " + radixName(radix) + " literal");
            }
            return;
        }
        boolean integer = true;
        if (at(pos) != '.') {
            digitPart(10);
        }
        if (at(pos) == '.') {
            integer = false;
            pos++;
            if (Character.isDigit(at(pos))) {
                digitPart(10);
            }
        }
        if ((at(pos) == 'e' || at(pos) == 'E')) {
            int exponent = pos + 1;
            if (at(exponent) == '+' || at(exponent) == '-') {
                exponent++;
            }
            if (Character.isDigit(at(exponent))) {
                pos = exponent;
                digitPart(10);
                integer = false;
            }
        }
        if (at(pos) == 'j' || at(pos) == 'J') {
            pos++;
            integer = false;
        }
        String digits = text.substring(start, pos).replace("_", "");
        if (integer && digits.length() > 1 && digits.charAt(0) == '0' && !digits.chars().allMatch(c -> c == '0')) {
            fail("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers");
        }
    }

    /** {@code digit (["_"] digit)*} in a radix; false if there is no digit. */
    private boolean digitPart(int radix) {
        if (Character.digit(at(pos), radix) < 0 || !isAscii(at(pos))) {
            return false;
        }
        while (true) {
            while (Character.digit(at(pos), radix) >= 0 && isAscii(at(pos))) {
                pos++;
            }
            if (at(pos) != '_') {
                return true;
            }
            pos++;
            if (Character.digit(at(pos), radix) < 0 || !isAscii(at(pos))) {
                fail("invalid " + radixName(radix) + " literal");
                return true;
            }
        }
    }

    /** A name character right after the number is an error, unless a keyword starts there. */
    private void end() {
        char c = at(pos);
        if (c == 0 || !(Character.isUnicodeIdentifierPart(c) && !Character.isIdentifierIgnorable(c))
                && !(Character.isHighSurrogate(c))) {
            return;
        }
        for (String keyword : FOLLOWING_KEYWORDS) {
            if (text.startsWith(keyword, pos)) {
                return;
            }
        }
        fail("invalid number: a name cannot start with a digit");
        while (pos < text.length() && Character.isUnicodeIdentifierPart(text.charAt(pos))) {
            pos++;
        }
    }

    private void fail(String message) {
        if (error == null) {
            error = message;
        }
    }

    private char at(int i) {
        return i < text.length() ? text.charAt(i) : 0;
    }

    private static boolean isAscii(char c) {
        return c < 128;
    }

    private static String radixName(int radix) {
        return switch (radix) {
            case 16 -> "hexadecimal";
            case 8 -> "octal";
            case 2 -> "binary";
            default -> "decimal";
        };
    }
}
