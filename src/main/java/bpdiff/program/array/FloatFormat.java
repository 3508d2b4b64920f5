package bpdiff.program.array;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * numpy 1.24's {@code FloatingFormat} with {@code floatmode='maxprec'} (the default) and the print options
 * {@code precision} (8 by default) and {@code suppress} (false): one format for all the floats of an array, so that
 * they line up.
 *
 * <p>Each number is written with the fewest digits that read back as it (Dragon4's "unique" digits), cut at
 * {@code precision} digits after the point and then rounded from the exact binary value, ties to even. The array is
 * written in positional notation, trailing zeros trimmed ({@code 1.}, {@code 0.25}) and padded to a common width,
 * unless its largest magnitude is at least \( 10^8 \) or, without {@code suppress}, its smallest non-zero one is
 * below \( 10^{-4} \) or their ratio above 1000: then in scientific notation, every mantissa with as many digits as
 * the longest one needs ({@code 1.5e-05}, {@code 1.0e+00}).
 */
final class FloatFormat {

    private final int precision;
    private final boolean single;
    private final boolean scientific;
    private int padLeft;
    private int padRight;
    private int digits;
    private int exponentDigits;

    /**
     * @param values the numbers the format is for (of a summarised array, only those shown)
     * @param single whether they are float32 (whose unique digits are fewer)
     * @param options the print options
     */
    FloatFormat(double[] values, boolean single, ArrayFormat.Options options) {
        this.single = single;
        this.precision = options.precision();
        double max = 0;
        double min = Double.POSITIVE_INFINITY;
        boolean anyFinite = false;
        boolean nonFinite = false;
        boolean negativeInfinity = false;
        for (double v : values) {
            if (!Double.isFinite(v)) {
                nonFinite = true;
                negativeInfinity |= v == Double.NEGATIVE_INFINITY;
                continue;
            }
            anyFinite = true;
            if (v != 0) {
                max = Math.max(max, Math.abs(v));
                min = Math.min(min, Math.abs(v));
            }
        }
        scientific = max > 0 && (max >= 1e8 || !options.suppress() && (min < 0.0001 || max / min > 1000.0));
        if (anyFinite) {
            for (double v : values) {
                if (Double.isFinite(v)) {
                    measure(v);
                }
            }
            if (scientific) {
                padRight = exponentDigits + 2 + digits;
            }
        }
        if (nonFinite) {
            int offset = padRight + 1;
            padLeft = Math.max(padLeft, Math.max(3 - offset, 3 + (negativeInfinity ? 1 : 0) - offset));
        }
    }

    private void measure(double v) {
        String text = scientific ? scientific(v, -1, 0) : positional(v);
        int e = text.indexOf('e');
        String mantissa = e < 0 ? text : text.substring(0, e);
        int point = mantissa.indexOf('.');
        padLeft = Math.max(padLeft, point);
        if (scientific) {
            digits = Math.max(digits, mantissa.length() - point - 1);
            exponentDigits = Math.max(exponentDigits, text.length() - e - 2);
        } else {
            padRight = Math.max(padRight, mantissa.length() - point - 1);
        }
    }

    /**
     * @param v one of the numbers
     * @return it formatted, padded to the array's common width
     */
    String format(double v) {
        if (!Double.isFinite(v)) {
            String text = Double.isNaN(v) ? "nan" : v > 0 ? "inf" : "-inf";
            return " ".repeat(Math.max(0, padLeft + padRight + 1 - text.length())) + text;
        }
        String text = scientific ? scientific(v, digits, exponentDigits) : positional(v);
        int point = text.indexOf('.');
        String left = " ".repeat(Math.max(0, padLeft - point)) + text;
        if (scientific) {
            return left;
        }
        int right = text.length() - point - 1;
        return left + " ".repeat(Math.max(0, padRight - right));
    }

    /** {@code dragon4_positional(v, precision, unique=True, fractional=True, trim='.')}: {@code 0.25}, {@code 1.}. */
    private String positional(double v) {
        BigDecimal d = unique(Math.abs(v));
        if (d.scale() > precision) {
            d = new BigDecimal(Math.abs(v)).setScale(precision, RoundingMode.HALF_EVEN);
        }
        String text = d.stripTrailingZeros().toPlainString();
        if (d.signum() == 0) {
            text = "0";
        }
        if (!text.contains(".")) {
            text += ".";
        }
        return (sign(v) ? "-" : "") + text;
    }

    /**
     * {@code dragon4_scientific}: {@code 1.5e-05}; with {@code fraction} at least 0, exactly that many mantissa digits
     * after the point, and the exponent with at least {@code exponent} digits (2 if fewer).
     */
    private String scientific(double v, int fraction, int exponent) {
        BigDecimal d = unique(Math.abs(v));
        if (d.signum() != 0 && d.precision() - 1 > precision) {
            d = new BigDecimal(Math.abs(v)).round(new MathContext(precision + 1, RoundingMode.HALF_EVEN));
        }
        int power = d.signum() == 0 ? 0 : d.precision() - d.scale() - 1;
        String significand = d.signum() == 0 ? "0" : d.unscaledValue().abs().toString().replaceAll("0+$", "");
        if (significand.isEmpty()) {
            significand = "0";
        }
        String rest = significand.substring(1);
        if (fraction >= 0) {
            rest = rest + "0".repeat(Math.max(0, fraction - rest.length()));
        }
        String digitsOfPower = Integer.toString(Math.abs(power));
        digitsOfPower = "0".repeat(Math.max(0, Math.max(2, exponent) - digitsOfPower.length())) + digitsOfPower;
        return (sign(v) ? "-" : "") + significand.charAt(0) + "." + rest + "e" + (power < 0 ? "-" : "+")
                + digitsOfPower;
    }

    private static boolean sign(double v) {
        return v < 0 || v == 0 && 1 / v < 0;
    }

    /** The fewest significant digits that read back as {@code v} (in float32 for a float32 array), the closest such. */
    private BigDecimal unique(double v) {
        if (v == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal exact = new BigDecimal(v);
        for (int n = 1; n < 17; n++) {
            // the nearest, else the nearest on the other side: at a power of two the gap below is half the gap above
            for (RoundingMode side : new RoundingMode[] {RoundingMode.HALF_EVEN, RoundingMode.FLOOR,
                    RoundingMode.CEILING}) {
                BigDecimal d = exact.round(new MathContext(n, side));
                if (readsBack(d, v)) {
                    return d;
                }
            }
        }
        return exact.round(new MathContext(17, RoundingMode.HALF_EVEN));
    }

    private boolean readsBack(BigDecimal d, double v) {
        return single ? Float.parseFloat(d.toString()) == (float) v : Double.parseDouble(d.toString()) == v;
    }
}
