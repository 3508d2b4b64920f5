package bpdiff.program.run;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Python's format-spec mini-language, {@code [[fill]align][sign][z][#][0][width][grouping][.precision][type]},
 * for strings, integers and floats, with CPython's rounding (half to even on the exact binary value) and its
 * error messages.
 */
final class FormatSpec {

    private static final Pattern SPEC = Pattern.compile(
            "(?:(.)?([<>=^]))?([-+ ])?(z)?(#)?(0)?(\\d+)?([,_])?(?:\\.(\\d+))?(.)?", Pattern.DOTALL);

    private FormatSpec() {}

    /** A parsed spec. */
    private record Spec(Character fill, Character align, char sign, boolean z, boolean alternate, boolean zero,
            long width, Character grouping, long precision, Character type) {}

    private static Spec parse(String text, String of) {
        Matcher m = SPEC.matcher(text);
        if (!m.matches()) {
            throw ProgramError.of("ValueError", "Invalid format specifier '" + text + "' for object of type '" + of
                    + "'");
        }
        Character type = m.group(10) == null ? null : m.group(10).charAt(0);
        if (m.group(8) != null && type != null && "deEfFgG%".indexOf(type) < 0
                && !(m.group(8).equals("_") && "boxX".indexOf(type) >= 0)) {
            // CPython's parser refuses a grouping for the other codes before it looks at the value
            throw ProgramError.of("ValueError", "Cannot specify '" + m.group(8) + "' with " + code(type) + ".");
        }
        Character fill = m.group(1) == null ? null : m.group(1).charAt(0);
        Character align = m.group(2) == null ? null : m.group(2).charAt(0);
        return new Spec(fill, align, m.group(3) == null ? '-' : m.group(3).charAt(0), m.group(4) != null,
                m.group(5) != null, m.group(6) != null, m.group(7) == null ? 0 : parseInt(m.group(7)),
                m.group(8) == null ? null : m.group(8).charAt(0), m.group(9) == null ? -1 : parseInt(m.group(9)),
                m.group(10) == null ? null : m.group(10).charAt(0));
    }

    /** A width or precision: CPython reads it as a {@code Py_ssize_t}, and refuses one past its largest value. */
    private static long parseInt(String digits) {
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            throw ProgramError.of("ValueError", "Too many decimal digits in format string");
        }
    }

    /**
     * @param machine the interpreter (for objects' {@code __format__} and {@code __str__}, and the size limit)
     * @param v the value
     * @param text the spec
     * @return {@code format(v, text)}
     */
    static String format(Interpreter machine, Value v, String text) {
        if (v instanceof PyTensor t) {
            return TensorMethods.format(machine == null ? null : machine.torch, t, text);
        }
        if (v instanceof PyInstance o && machine != null) {
            Value own = o.cls().lookup("__format__");
            if (own != null) {
                Value r = machine.calls.call(new PyBoundMethod(o, own), List.of(new PyStr(text)), Map.of(), null);
                return Formatting.str(machine, r);
            }
            if (!text.isEmpty()) {
                throw ProgramError.of("TypeError", "unsupported format string passed to " + o.cls().name()
                        + ".__format__");
            }
        }
        if (text.isEmpty()) {
            return Formatting.str(machine, v);
        }
        Spec spec = parse(text, BuiltinTypes.typeOf(v).name());
        boolean isString = v instanceof PyStr;
        if (spec.precision() > Integer.MAX_VALUE && !isString) {
            // CPython's refusals of a precision past a C int, before any text is made
            throw ProgramError.of("ValueError", Numbers.isInteger(v) && (spec.type() == null
                    || "eEfFgG%".indexOf(spec.type()) < 0) ? "Precision not allowed in integer format specifier"
                    : "precision too big");
        }
        if (machine != null) {
            // a string's precision only shortens it; a number's adds up to that many digits to its width
            long precision = isString ? 0 : Math.max(0, spec.precision());
            machine.recorder.checkSize(spec.width() + precision);
        }
        if (v instanceof PyStr s) {
            return string(s.value(), spec);
        }
        if (Numbers.isInteger(v) && (spec.type() == null || "bcdoxXn".indexOf(spec.type()) >= 0)) {
            return integer(Numbers.big(v), spec);
        }
        if (Numbers.isInteger(v) && "eEfFgG%".indexOf(spec.type()) < 0) {
            throw unknown(spec.type(), BuiltinTypes.typeOf(v).name());
        }
        if (v instanceof PyFloat || Numbers.isInteger(v) || v instanceof PyBool
                || v instanceof PyArray a && a.value().size() == 1) {
            return floating(Numbers.toDouble(v), spec);
        }
        if (v == PyNone.NONE || v instanceof PyList || v instanceof PyTuple || v instanceof PyDict || v instanceof PySet) {
            throw ProgramError.of("TypeError", "unsupported format string passed to " + BuiltinTypes.typeOf(v).name()
                    + ".__format__");
        }
        return string(Formatting.str(machine, v), spec);
    }

    private static String string(String s, Spec spec) {
        if (spec.type() != null && spec.type() != 's') {
            throw unknown(spec.type(), "str");
        }
        if (spec.sign() != '-' || spec.z()) {
            throw ProgramError.of("ValueError", "Sign not allowed in string format specifier");
        }
        if (spec.alternate()) {
            throw ProgramError.of("ValueError", "Alternate form (#) not allowed in string format specifier");
        }
        if (spec.grouping() != null) {
            throw ProgramError.of("ValueError", "Cannot specify '" + spec.grouping() + "' with 's'.");
        }
        if (spec.align() != null && spec.align() == '=') {
            throw ProgramError.of("ValueError", "'=' alignment not allowed in string format specifier");
        }
        String body = spec.precision() >= 0 && s.codePointCount(0, s.length()) > spec.precision()
                ? s.substring(0, s.offsetByCodePoints(0, (int) spec.precision())) : s;
        return pad("", body, spec, '<');
    }

    private static ProgramError unknown(char type, String of) {
        return ProgramError.of("ValueError", "Unknown format code " + code(type) + " for object of type '" + of + "'");
    }

    /** A format code as CPython's messages quote it: the character if printable ASCII, else its {@code \x} code. */
    private static String code(char type) {
        return type > 32 && type < 128 ? "'" + type + "'" : "'\\x" + Integer.toHexString(type) + "'";
    }

    private static String integer(BigInteger x, Spec spec) {
        if (spec.precision() >= 0) {
            throw ProgramError.of("ValueError", "Precision not allowed in integer format specifier");
        }
        char type = spec.type() == null ? 'd' : spec.type();
        String sign = x.signum() < 0 ? "-" : spec.sign() == '+' ? "+" : spec.sign() == ' ' ? " " : "";
        BigInteger abs = x.abs();
        String body;
        String prefix = "";
        switch (type) {
            case 'b' -> {
                body = abs.toString(2);
                prefix = spec.alternate() ? "0b" : "";
            }
            case 'o' -> {
                body = abs.toString(8);
                prefix = spec.alternate() ? "0o" : "";
            }
            case 'x', 'X' -> {
                body = abs.toString(16);
                prefix = spec.alternate() ? "0x" : "";
                if (type == 'X') {
                    body = body.toUpperCase(java.util.Locale.ROOT);
                    prefix = prefix.toUpperCase(java.util.Locale.ROOT);
                }
            }
            case 'c' -> {
                if (spec.sign() != '-') {
                    throw ProgramError.of("ValueError", "Sign not allowed with integer format specifier 'c'");
                }
                if (x.signum() < 0 || x.compareTo(BigInteger.valueOf(0x10ffff)) > 0) {
                    throw ProgramError.of("OverflowError", "%c arg not in range(0x110000)");
                }
                return pad("", new String(Character.toChars(x.intValue())), spec, '<');
            }
            default -> body = Integers.decimal(abs);
        }
        if (spec.grouping() != null) {
            body = group(body, spec.grouping(), type == 'd' || type == 'n' ? 3 : 4);
        }
        return pad(sign + prefix, body, spec, '>');
    }

    private static String floating(double x, Spec spec) {
        Character t = spec.type();
        if (t != null && "eEfFgGn%".indexOf(t) < 0) {
            throw unknown(t, "float");
        }
        boolean negative = x < 0 || x == 0 && 1 / x < 0;
        if (spec.z() && negative) {
            String probe = body(-x, spec);
            if (probe.matches("[0.]*(e[+-]0+)?%?")) {
                negative = false;
            }
        }
        String sign = negative ? "-" : spec.sign() == '+' ? "+" : spec.sign() == ' ' ? " " : "";
        String body = body(Math.abs(x), spec);
        if (spec.grouping() != null && Double.isFinite(x)) {
            int end = 0;
            while (end < body.length() && Character.isDigit(body.charAt(end))) {
                end++;
            }
            body = group(body.substring(0, end), spec.grouping(), 3) + body.substring(end);
        }
        return pad(sign, body, spec, '>');
    }

    private static String body(double x, Spec spec) {
        Character t = spec.type();
        boolean upper = t != null && Character.isUpperCase(t);
        if (!Double.isFinite(x)) {
            String s = Double.isNaN(x) ? "nan" : "inf";
            return (upper ? s.toUpperCase(java.util.Locale.ROOT) : s) + (t != null && t == '%' ? "%" : "");
        }
        int p = (int) spec.precision();
        if (t == null) {
            if (p < 0) {
                return Formatting.floatRepr(x);
            }
            String g = general(x, Math.max(1, p), spec.alternate(), false, true);
            return g.contains(".") || g.contains("e") ? g : g + ".0";
        }
        return switch (t) {
            case 'f', 'F' -> fixed(x, p < 0 ? 6 : p, spec.alternate());
            case 'e', 'E' -> exponent(x, p < 0 ? 6 : p, spec.alternate(), upper);
            case '%' -> fixed(x * 100, p < 0 ? 6 : p, spec.alternate()) + "%";
            default -> general(x, p < 0 ? 6 : Math.max(1, p), spec.alternate(), upper, false);
        };
    }

    /**
     * {@code 'f'}: {@code precision} digits after the point, rounded half to even on the exact value.
     *
     * @param x a finite number, not negative
     * @param precision digits after the point
     * @param alternate whether to keep the point when there are no digits after it
     * @return the digits
     */
    static String fixed(double x, int precision, boolean alternate) {
        String s = new BigDecimal(x).setScale(precision, RoundingMode.HALF_EVEN).toPlainString();
        return precision == 0 && alternate ? s + "." : s;
    }

    /**
     * {@code 'e'}: one digit, the point, {@code precision} digits, {@code e}, the exponent's sign and at least two
     * digits.
     *
     * @param x a finite number, not negative
     * @param precision digits after the point
     * @param alternate whether to keep the point when there are no digits after it
     * @param upper whether to write {@code E}
     * @return the text
     */
    static String exponent(double x, int precision, boolean alternate, boolean upper) {
        String digits;
        int exp;
        if (x == 0) {
            digits = "0".repeat(precision + 1);
            exp = 0;
        } else {
            BigDecimal r = new BigDecimal(x).round(new MathContext(precision + 1, RoundingMode.HALF_EVEN));
            digits = r.unscaledValue().toString();
            exp = digits.length() - 1 - r.scale();
            if (digits.length() < precision + 1) {
                digits = digits + "0".repeat(precision + 1 - digits.length());
            } else if (digits.length() > precision + 1) {
                digits = digits.substring(0, precision + 1);
            }
        }
        String mantissa = digits.charAt(0) + (precision > 0 || alternate ? "." : "") + digits.substring(1);
        return mantissa + (upper ? "E" : "e") + (exp < 0 ? "-" : "+") + String.format(java.util.Locale.ROOT, "%02d",
                Math.abs(exp));
    }

    /**
     * {@code 'g'}: {@code precision} significant digits, fixed or exponent notation by the exponent, trailing
     * zeros removed (unless {@code alternate}).
     *
     * @param x a finite number, not negative
     * @param precision significant digits, at least 1
     * @param alternate whether to keep trailing zeros
     * @param upper whether to write {@code E}
     * @return the text
     */
    static String general(double x, int precision, boolean alternate, boolean upper) {
        return general(x, precision, alternate, upper, false);
    }

    /**
     * @param x a finite number, not negative
     * @param precision significant digits, at least 1
     * @param alternate whether to keep trailing zeros
     * @param upper whether to write {@code E}
     * @param noType whether it is the spec without a type, which switches to exponent notation one digit
     *     earlier ({@code exp >= precision - 1})
     * @return the text
     */
    private static String general(double x, int precision, boolean alternate, boolean upper, boolean noType) {
        int exp = 0;
        if (x != 0) {
            BigDecimal r = new BigDecimal(x).round(new MathContext(precision, RoundingMode.HALF_EVEN));
            exp = r.precision() - 1 - r.scale();
        }
        String s;
        if (exp >= -4 && exp < (noType ? precision - 1 : precision)) {
            s = fixed(x, precision - 1 - exp, alternate);
        } else {
            s = exponent(x, precision - 1, alternate, upper);
        }
        if (alternate) {
            return s;
        }
        int e = s.indexOf(upper ? 'E' : 'e');
        String mantissa = e < 0 ? s : s.substring(0, e);
        String tail = e < 0 ? "" : s.substring(e);
        if (mantissa.contains(".")) {
            mantissa = mantissa.replaceAll("0+$", "");
            if (mantissa.endsWith(".")) {
                mantissa = mantissa.substring(0, mantissa.length() - 1);
            }
        }
        return mantissa + tail;
    }

    /**
     * Positional notation of significant digits.
     *
     * @param digits the significant digits
     * @param exponent the power of ten of the first digit
     * @param dotZero whether an integer gets {@code .0}
     * @return e.g. {@code 0.0001}, {@code 1.5}, {@code 100.0}
     */
    static String positional(String digits, int exponent, boolean dotZero) {
        if (exponent < 0) {
            return "0." + "0".repeat(-exponent - 1) + digits;
        }
        if (digits.length() <= exponent + 1) {
            return digits + "0".repeat(exponent + 1 - digits.length()) + (dotZero ? ".0" : "");
        }
        return digits.substring(0, exponent + 1) + "." + digits.substring(exponent + 1);
    }

    private static String group(String digits, char separator, int every) {
        StringBuilder out = new StringBuilder();
        int n = digits.length();
        for (int k = 0; k < n; k++) {
            if (k > 0 && (n - k) % every == 0) {
                out.append(separator);
            }
            out.append(digits.charAt(k));
        }
        return out.toString();
    }

    private static String pad(String sign, String body, Spec spec, char defaultAlign) {
        boolean zero = spec.zero() && spec.fill() == null && spec.align() == null;
        char fill = spec.fill() != null ? spec.fill() : zero ? '0' : ' ';
        char align = spec.align() != null ? spec.align() : zero ? '=' : defaultAlign;
        int length = sign.codePointCount(0, sign.length()) + body.codePointCount(0, body.length());
        if (length >= spec.width()) {
            return sign + body;
        }
        String padding = String.valueOf(fill).repeat((int) (spec.width() - length));
        return switch (align) {
            case '<' -> sign + body + padding;
            case '^' -> padding.substring(0, padding.length() / 2) + sign + body + padding.substring(padding.length() / 2);
            case '=' -> sign + padding + body;
            default -> padding + sign + body;
        };
    }
}
