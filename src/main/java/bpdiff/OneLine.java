package bpdiff;

import java.util.Locale;

/**
 * Text shown inside bpdiff's one line {@code bpdiff: <problem> (<file:line:col>)} as Python's {@code repr} escapes
 * it: a line break as {@code \n}, any other control character as {@code \x1b}, a line or paragraph separator and a
 * lone surrogate as {@code \u2028}; a tab and every other character as they are. A file's name or an exception's
 * message can hold any of them (a file named {@code "a\nb.py"}, a message with a terminal's escape sequence), and
 * neither may break the line in two or steer the terminal it is printed on.
 */
public final class OneLine {

    private OneLine() {}

    /**
     * @param text any text
     * @return it with every character that would break the line or steer a terminal escaped; {@code null} stays
     */
    public static String printable(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            boolean surrogate = Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && k + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(k + 1)));
            if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c < 0x20 && c != '\t' || c >= 0x7f && c <= 0x9f) {
                out.append(String.format(Locale.ROOT, "\\x%02x", (int) c));
            } else if (c == '\u2028' || c == '\u2029' || surrogate) {
                out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                out.append(c);
                if (Character.isHighSurrogate(c) && !surrogate) {
                    out.append(text.charAt(++k));
                }
            }
        }
        return out.toString();
    }
}
