package bpdiff.experiment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** Numbers written the same way in every table and sentence, independent of the machine's locale. */
public final class Text {

    private Text() {}

    /**
     * A number for reading: up to six significant digits, scientific notation outside \( [10^{-4}, 10^6) \).
     *
     * @param value the number
     * @return e.g. {@code 0.110823}, {@code 2.77556e-17}, {@code 0}, {@code NaN}
     */
    public static String number(double value) {
        if (value == 0) {
            return "0";
        }
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        double magnitude = Math.abs(value);
        String text = magnitude >= 1e-4 && magnitude < 1e6
                ? String.format(Locale.ROOT, "%.6g", value)
                : String.format(Locale.ROOT, "%.5e", value);
        return stripZeros(text);
    }

    /**
     * A number with a fixed count of decimals, for comparing with a published rounded value.
     *
     * @param value the number
     * @return e.g. {@code 0.56}
     */
    public static String fixed(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    /**
     * A number rounded to some decimals as Python's {@code round(x, n)} does it: the exact binary value to
     * the nearest, ties to even.
     *
     * @param value the number
     * @return the rounded value
     */
    public static double round(double value, int decimals) {
        return new BigDecimal(value).setScale(decimals, RoundingMode.HALF_EVEN).doubleValue();
    }

    private static String stripZeros(String text) {
        int e = text.indexOf('e');
        String mantissa = e < 0 ? text : text.substring(0, e);
        String exponent = e < 0 ? "" : text.substring(e);
        if (mantissa.contains(".")) {
            mantissa = mantissa.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        if (!exponent.isEmpty()) {
            exponent = exponent.replace("e+0", "e+").replace("e-0", "e-");
        }
        return mantissa + exponent;
    }
}
