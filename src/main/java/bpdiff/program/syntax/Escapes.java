package bpdiff.program.syntax;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes the backslash escapes of a string or bytes literal as CPython does (Language Reference, "Escape
 * sequences"): {@code \newline \\ \' \" \a \b \f \n \r \t \v \ooo \xhh}, and for strings also
 * {@code \N{name}}, {@code \}{@code uxxxx} and {@code \Uxxxxxxxx}. An unknown escape keeps its backslash. Line
 * ends inside the literal read as {@code \n}, as CPython's reader translates them.
 */
final class Escapes {

    private static final Pattern CJK = Pattern.compile("CJK UNIFIED IDEOGRAPH-([0-9A-F]{4,5})");

    private Escapes() {}

    /**
     * @param raw the literal's characters between its quotes
     * @param bytes whether it is a bytes literal (no {@code \N}, no {@code \}{@code u}, no {@code \U})
     * @return the value
     * @throws IllegalArgumentException with the message if an escape is malformed
     */
    static String decode(String raw, boolean bytes) {
        if (raw.indexOf('\\') < 0 && raw.indexOf('\r') < 0) {
            return raw;
        }
        StringBuilder out = new StringBuilder(raw.length());
        int i = 0;
        while (i < raw.length()) {
            char c = raw.charAt(i);
            if (c == '\r') {
                out.append('\n');
                i += raw.startsWith("\r\n", i) ? 2 : 1;
                continue;
            }
            if (c != '\\' || i + 1 >= raw.length()) {
                out.append(c);
                i++;
                continue;
            }
            char e = raw.charAt(i + 1);
            i += 2;
            switch (e) {
                case '\n' -> { }
                case '\r' -> i += i < raw.length() && raw.charAt(i) == '\n' ? 1 : 0;
                case '\\', '\'', '"' -> out.append(e);
                case 'a' -> out.append('\u0007');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'v' -> out.append('\u000B');
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int end = i - 1;
                    while (end < raw.length() && end < i + 2 && raw.charAt(end) >= '0' && raw.charAt(end) <= '7') {
                        end++;
                    }
                    out.append((char) Integer.parseInt(raw.substring(i - 1, end), 8));
                    i = end;
                }
                case 'x' -> i = hex(raw, i, 2, "\\xXX", out);
                case 'u' -> i = bytes ? literal(out, e) + i : hex(raw, i, 4, "\\uXXXX", out);
                case 'U' -> i = bytes ? literal(out, e) + i : hex(raw, i, 8, "\\UXXXXXXXX", out);
                case 'N' -> i = bytes ? literal(out, e) + i : named(raw, i, out);
                default -> out.append('\\').append(e);
            }
        }
        return out.toString();
    }

    private static int literal(StringBuilder out, char e) {
        out.append('\\').append(e);
        return 0;
    }

    private static int hex(String raw, int at, int digits, String form, StringBuilder out) {
        if (at + digits > raw.length()) {
            throw new IllegalArgumentException("truncated " + form + " escape");
        }
        int value;
        try {
            value = (int) Long.parseLong(raw.substring(at, at + digits), 16);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("truncated " + form + " escape");
        }
        if (value > Character.MAX_CODE_POINT || value < 0) {
            throw new IllegalArgumentException("illegal Unicode character in a \\U escape");
        }
        if (raw.charAt(at) == '+' || raw.charAt(at) == '-') {
            throw new IllegalArgumentException("truncated " + form + " escape");
        }
        out.appendCodePoint(value);
        return at + digits;
    }

    private static int named(String raw, int at, StringBuilder out) {
        int close = raw.indexOf('}', at);
        if (at >= raw.length() || raw.charAt(at) != '{' || close < 0) {
            throw new IllegalArgumentException("malformed \\N character escape");
        }
        String name = raw.substring(at + 1, close).toUpperCase(Locale.ROOT);
        Matcher cjk = CJK.matcher(name);
        try {
            out.appendCodePoint(cjk.matches() ? Integer.parseInt(cjk.group(1), 16) : Character.codePointOf(name));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown Unicode character name in \\N{" + raw.substring(at + 1, close)
                    + "}");
        }
        return close + 1;
    }
}
