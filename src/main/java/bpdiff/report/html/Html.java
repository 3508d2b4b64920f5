package bpdiff.report.html;

import com.fasterxml.jackson.core.io.NumberOutput;

/** Escaping and number text for HTML and SVG. */
public final class Html {

    private Html() {}

    /**
     * Escapes text for an element or a double-quoted attribute.
     *
     * @param text any text
     * @return the text with {@code & < > "} escaped
     */
    public static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /**
     * A number as {@code --format json} writes it: the shortest decimal that reads back as the same double
     * (Jackson's Schubfach writer, {@code USE_FAST_DOUBLE_WRITER}, as {@code CompareJson} writes it), so that the page
     * and the JSON show the same digits.
     *
     * @param value the number
     * @return its text, or {@code non-finite} (JSON writes {@code null})
     */
    public static String number(double value) {
        return Double.isFinite(value) ? NumberOutput.toString(value, true) : "non-finite";
    }

    /**
     * A number that may be absent.
     *
     * @param value the number, or {@code null}
     * @return {@link #number(double)}, or {@code —}
     */
    public static String number(Double value) {
        return value == null ? "—" : number(value.doubleValue());
    }

    /**
     * A string as a JSON string literal, safe inside a {@code <script>} element.
     *
     * @param text any text
     * @return the quoted literal
     */
    public static String json(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '<' -> out.append("\\u003c");
                case '>' -> out.append("\\u003e");
                case '&' -> out.append("\\u0026");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /**
     * A number shortened for a small box: four significant digits, plain notation between 0.0001 and 100000.
     *
     * @param value the number
     * @return its text, e.g. {@code -0.06843}, {@code 1.5e-7}, or {@code non-finite}
     */
    public static String shortNumber(double value) {
        if (!Double.isFinite(value)) {
            return "non-finite";
        }
        if (value == 0) {
            return "0";
        }
        double magnitude = Math.abs(value);
        if (magnitude >= 1e-4 && magnitude < 1e5) {
            return new java.math.BigDecimal(value).round(new java.math.MathContext(4)).stripTrailingZeros()
                    .toPlainString();
        }
        return String.format(java.util.Locale.ROOT, "%.3e", value).replaceAll("\\.?0+e", "e")
                .replace("e+0", "e").replace("e-0", "e-").replace("e+", "e");
    }
}
