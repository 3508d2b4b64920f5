package bpdiff.program.syntax;

import java.util.Locale;

/**
 * Finds where a string literal ends: {@code prefix? quote … quote} with a prefix of {@code r u b br rb f fr rf} in
 * any case, one or three quotes, a backslash that keeps the next character (even in a raw string, where it stays
 * in the value), and no bare line break inside one quote.
 */
final class StringScanner {

    /**
     * Where a literal is.
     *
     * @param end the offset after its closing quote (the end of the text or line if it is not closed)
     * @param contentStart the offset of its first character after the opening quote
     * @param contentEnd the offset of its closing quote
     * @param closed whether the closing quote was found
     * @param delimiter its quote, {@code '}, {@code "}, {@code '''} or {@code """}
     */
    record Scan(int end, int contentStart, int contentEnd, boolean closed, String delimiter) {}

    private StringScanner() {}

    /**
     * @param word a name read just before a quote
     * @return whether it is a string prefix
     */
    static boolean isPrefix(String word) {
        return word.length() <= 2 && switch (word.toLowerCase(Locale.ROOT)) {
            case "r", "u", "b", "f", "br", "rb", "fr", "rf" -> true;
            default -> false;
        };
    }

    /**
     * @param text the program
     * @param quote the offset of the opening quote
     * @return where the literal ends
     */
    static Scan scan(String text, int quote) {
        char q = text.charAt(quote);
        String delimiter = text.startsWith(String.valueOf(q).repeat(3), quote) ? String.valueOf(q).repeat(3)
                : String.valueOf(q);
        boolean triple = delimiter.length() == 3;
        int pos = quote + delimiter.length();
        int contentStart = pos;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '\\') {
                pos += text.startsWith("\r\n", pos + 1) ? 3 : 2;
            } else if (!triple && (c == '\n' || c == '\r')) {
                return new Scan(pos, contentStart, pos, false, delimiter);
            } else if (c == q && text.startsWith(delimiter, pos)) {
                return new Scan(pos + delimiter.length(), contentStart, pos, true, delimiter);
            } else {
                pos++;
            }
        }
        return new Scan(text.length(), contentStart, text.length(), false, delimiter);
    }
}
