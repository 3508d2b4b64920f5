package bpdiff.check;

import java.util.Locale;

/** How the check prints a number: ten significant digits, trailing zeros dropped, "—" for none. */
public final class ValueText {

    private ValueText() {}

    /**
     * @param value a number, or {@code null}
     * @return e.g. {@code -0.008421480462}, {@code 1.25e-07}, or {@code —}
     */
    public static String of(Double value) {
        if (value == null) {
            return "—";
        }
        if (value == 0) {
            return "0";
        }
        String text = String.format(Locale.ROOT, "%.10g", value);
        int exponent = text.indexOf('e');
        String mantissa = exponent < 0 ? text : text.substring(0, exponent);
        String tail = exponent < 0 ? "" : text.substring(exponent);
        if (mantissa.contains(".")) {
            mantissa = mantissa.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return mantissa + tail;
    }
}
