package bpdiff.program.run;

import java.math.BigInteger;
import java.util.List;
import java.util.Locale;

/**
 * Python's {@code format % args}: {@code %[(key)][flags][width][.precision]type} with the flags
 * {@code - + space 0 #}, {@code *} widths, the types {@code d i u o x X e E f F g G c r s a %}, and CPython's
 * {@code TypeError}s when the arguments do not fit.
 */
final class PercentFormat {

    private PercentFormat() {}

    /**
     * @param machine the interpreter
     * @param format the format string
     * @param args one value, a tuple of values, or a dict for {@code %(key)s}
     * @return the formatted text
     */
    static String format(Interpreter machine, String format, Value args) {
        List<Value> values = args instanceof PyTuple t ? t.items() : List.of(args);
        boolean mapping = args instanceof PyDict;
        StringBuilder out = new StringBuilder();
        int next = 0;
        int i = 0;
        int n = format.length();
        while (i < n) {
            char c = format.charAt(i);
            if (c != '%') {
                out.append(c);
                i++;
                continue;
            }
            int start = i;
            i++;
            if (i >= n) {
                throw ProgramError.of("ValueError", "incomplete format");
            }
            Value keyed = null;
            if (format.charAt(i) == '(') {
                int close = format.indexOf(')', i);
                if (close < 0) {
                    throw ProgramError.of("ValueError", "incomplete format key");
                }
                if (!mapping) {
                    throw ProgramError.of("TypeError", "format requires a mapping");
                }
                PyStr key = new PyStr(format.substring(i + 1, close));
                keyed = ((PyDict) args).get(key);
                if (keyed == null) {
                    throw ProgramError.keyError(key);
                }
                i = close + 1;
            }
            String flags = "";
            while (i < n && "-+ 0#".indexOf(format.charAt(i)) >= 0) {
                flags += format.charAt(i++);
            }
            int width = 0;
            if (i < n && format.charAt(i) == '*') {
                if (next >= values.size()) {
                    throw ProgramError.of("TypeError", "not enough arguments for format string");
                }
                width = Numbers.toInt(values.get(next++));
                if (width < 0) {
                    flags += "-";
                    width = -width;
                }
                i++;
            } else {
                int s = i;
                while (i < n && Character.isDigit(format.charAt(i))) {
                    i++;
                }
                width = s == i ? 0 : parse(format.substring(s, i));
            }
            int precision = -1;
            if (i < n && format.charAt(i) == '.') {
                i++;
                if (i < n && format.charAt(i) == '*') {
                    if (next >= values.size()) {
                        throw ProgramError.of("TypeError", "not enough arguments for format string");
                    }
                    precision = Numbers.toInt(values.get(next++));
                    i++;
                } else {
                    int s = i;
                    while (i < n && Character.isDigit(format.charAt(i))) {
                        i++;
                    }
                    precision = s == i ? 0 : parse(format.substring(s, i));
                }
            }
            while (i < n && "hlL".indexOf(format.charAt(i)) >= 0) {
                i++;
            }
            if (i >= n) {
                throw ProgramError.of("ValueError", "incomplete format");
            }
            char type = format.charAt(i++);
            if (type == '%') {
                out.append('%');
                continue;
            }
            Value v;
            if (keyed != null) {
                v = keyed;
            } else if (mapping) {
                v = args;
            } else {
                if (next >= values.size()) {
                    throw ProgramError.of("TypeError", "not enough arguments for format string");
                }
                v = values.get(next++);
            }
            machine.recorder.checkSize((long) out.length() + width + Math.max(0, precision));
            out.append(one(machine, v, flags, width, precision, type, start));
            machine.recorder.checkSize(out.length());
        }
        if (!mapping && next < values.size()) {
            throw ProgramError.of("TypeError", "not all arguments converted during string formatting");
        }
        return out.toString();
    }

    private static int parse(String digits) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            throw ProgramError.of("ValueError", "width too big");
        }
    }

    private static String one(Interpreter machine, Value v, String flags, int width, int precision, char type, int at) {
        String sign = "";
        String body;
        boolean numeric = true;
        boolean alternate = flags.contains("#");
        switch (type) {
            case 's', 'r', 'a' -> {
                numeric = false;
                body = type == 's' ? Formatting.str(machine, v) : type == 'r' ? Formatting.repr(machine, v)
                        : Formatting.ascii(Formatting.repr(machine, v));
                if (precision >= 0 && body.length() > precision) {
                    body = body.substring(0, precision);
                }
            }
            case 'c' -> {
                numeric = false;
                if (v instanceof PyStr s && s.value().codePointCount(0, s.value().length()) == 1) {
                    body = s.value();
                } else if (Numbers.isInteger(v)) {
                    long c = Numbers.toLong(v);
                    if (c < 0 || c > 0x10ffff) {
                        throw ProgramError.of("OverflowError", "%c arg not in range(0x110000)");
                    }
                    body = new String(Character.toChars((int) c));
                } else {
                    throw ProgramError.of("TypeError", "%c requires int or char");
                }
            }
            case 'd', 'i', 'u', 'o', 'x', 'X' -> {
                BigInteger x = integer(v, type);
                sign = x.signum() < 0 ? "-" : flags.contains("+") ? "+" : flags.contains(" ") ? " " : "";
                BigInteger abs = x.abs();
                body = switch (type) {
                    case 'o' -> (alternate ? "0o" : "") + abs.toString(8);
                    case 'x' -> (alternate ? "0x" : "") + abs.toString(16);
                    case 'X' -> (alternate ? "0X" : "") + abs.toString(16).toUpperCase(Locale.ROOT);
                    default -> Integers.decimal(abs);
                };
                if (precision > body.length()) {
                    body = "0".repeat(precision - body.length()) + body;
                }
            }
            case 'e', 'E', 'f', 'F', 'g', 'G' -> {
                double x = real(v, type);
                boolean negative = x < 0 || x == 0 && 1 / x < 0;
                sign = negative ? "-" : flags.contains("+") ? "+" : flags.contains(" ") ? " " : "";
                double a = Math.abs(x);
                int p = precision < 0 ? 6 : precision;
                boolean upper = Character.isUpperCase(type);
                if (!Double.isFinite(a)) {
                    body = Double.isNaN(a) ? "nan" : "inf";
                    body = upper ? body.toUpperCase(Locale.ROOT) : body;
                } else {
                    body = switch (Character.toLowerCase(type)) {
                        case 'f' -> FormatSpec.fixed(a, p, alternate);
                        case 'e' -> FormatSpec.exponent(a, p, alternate, upper);
                        default -> FormatSpec.general(a, Math.max(1, p), alternate, upper);
                    };
                }
            }
            default -> throw ProgramError.of("ValueError", "unsupported format character '" + type + "' (0x"
                    + Integer.toHexString(type) + ") at index " + (at + flags.length() + 1));
        }
        int length = sign.length() + body.length();
        if (length >= width) {
            return sign + body;
        }
        String padding;
        if (flags.contains("-")) {
            return sign + body + " ".repeat(width - length);
        }
        if (flags.contains("0") && numeric) {
            padding = "0".repeat(width - length);
            String prefix = body.startsWith("0x") || body.startsWith("0X") || body.startsWith("0o") ? body.substring(0, 2) : "";
            return sign + prefix + padding + body.substring(prefix.length());
        }
        return " ".repeat(width - length) + sign + body;
    }

    private static BigInteger integer(Value v, char type) {
        if (Numbers.isInteger(v) || v instanceof PyBool) {
            return Numbers.big(v instanceof PyBool b ? new PyInt(b.value() ? 1 : 0) : v);
        }
        if ((type == 'd' || type == 'i' || type == 'u') && (v instanceof PyFloat || v instanceof PyArray a
                && a.value().size() == 1)) {
            double x = Numbers.toDouble(v);
            if (Double.isNaN(x)) {
                throw ProgramError.of("ValueError", "cannot convert float NaN to integer");
            }
            if (Double.isInfinite(x)) {
                throw ProgramError.of("OverflowError", "cannot convert float infinity to integer");
            }
            return new java.math.BigDecimal(x).toBigInteger();
        }
        if (type == 'd' || type == 'i' || type == 'u') {
            throw ProgramError.of("TypeError", "%" + type + " format: a real number is required, not "
                    + BuiltinTypes.typeOf(v).name());
        }
        throw ProgramError.of("TypeError", "%" + type + " format: an integer is required, not "
                + BuiltinTypes.typeOf(v).name());
    }

    private static double real(Value v, char type) {
        if (v instanceof PyStr || !Numbers.isNumeric(v) || v instanceof PyArray a && a.value().size() != 1) {
            throw ProgramError.of("TypeError", "must be real number, not " + BuiltinTypes.typeOf(v).name());
        }
        return Numbers.toDouble(v);
    }
}
