package bpdiff.program.run;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How the program's values print: Python's {@code str} and {@code repr}, format specs ({@code :.4f}),
 * {@code %} formatting and {@code str.format}; arrays as numpy prints them ({@link bpdiff.program.array.ArrayFormat}).
 */
final class Formatting {

    private Formatting() {}

    /**
     * @param v a value
     * @return Python's {@code str(v)}
     */
    static String str(Value v) {
        if (v instanceof PyArray a) {
            return bpdiff.program.array.ArrayFormat.str(a.value());
        }
        if (v instanceof PyDType d) {
            return d.dtype().numpyName();
        }
        return v instanceof PyStr s ? s.value() : repr(v);
    }

    /**
     * @param v a value
     * @return Python's {@code repr(v)}
     */
    static String repr(Value v) {
        if (v instanceof PyStr s) {
            return "'" + s.value().replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n") + "'";
        }
        if (v instanceof PyFloat f) {
            return floatRepr(f.value());
        }
        if (v instanceof PyInt i) {
            return Long.toString(i.value());
        }
        if (v instanceof PyBool b) {
            return b.value() ? "True" : "False";
        }
        if (v == PyNone.NONE) {
            return "None";
        }
        if (v instanceof PyList l) {
            return l.items().stream().map(Formatting::repr).collect(Collectors.joining(", ", "[", "]"));
        }
        if (v instanceof PyTuple t) {
            return t.items().size() == 1 ? "(" + repr(t.items().get(0)) + ",)"
                    : t.items().stream().map(Formatting::repr).collect(Collectors.joining(", ", "(", ")"));
        }
        if (v instanceof PyArray a) {
            return bpdiff.program.array.ArrayFormat.repr(a.value());
        }
        if (v instanceof PyDType d) {
            return "dtype('" + d.dtype().numpyName() + "')";
        }
        if (v instanceof PyRange r) {
            return "range(" + r.start() + ", " + r.stop() + (r.step() == 1 ? "" : ", " + r.step()) + ")";
        }
        if (v instanceof PyFunction f) {
            return "<function " + f.def().name() + ">";
        }
        if (v instanceof PyModule m) {
            return "<module '" + m.name() + "'>";
        }
        return "<" + v.typeName() + ">";
    }

    /**
     * Python's {@code repr} of a float: the shortest digits that read back as the same number, in positional
     * notation from 1e-4 up to 1e16 and in exponent notation outside.
     *
     * @param x the number
     * @return e.g. {@code 0.1}, {@code 1e-05}, {@code 2.5e+16}, {@code inf}, {@code nan}
     */
    static String floatRepr(double x) {
        if (Double.isNaN(x)) {
            return "nan";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        }
        if (x == 0) {
            return 1 / x < 0 ? "-0.0" : "0.0";
        }
        BigDecimal d = new BigDecimal(Double.toString(x)).stripTrailingZeros();
        int exponent = d.precision() - d.scale() - 1;
        if (exponent >= -5 && exponent < 16) {
            String plain = d.toPlainString();
            return plain.contains(".") ? plain : plain + ".0";
        }
        String digits = d.unscaledValue().abs().toString();
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return (x < 0 ? "-" : "") + mantissa + "e" + (exponent < 0 ? "-" : "+")
                + String.format(Locale.ROOT, "%02d", Math.abs(exponent));
    }

    /**
     * Python's {@code format(v, spec)} for the common specs: {@code [[fill]align][sign][0][width][,][.precision][type]}
     * with types {@code f e g d s %}.
     *
     * @param v the value
     * @param spec the spec, possibly empty
     * @return the formatted text
     */
    static String format(Value v, String spec) {
        if (spec.isEmpty()) {
            return str(v);
        }
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("(?:(.)?([<>^=]))?([+\\- ])?(#)?(0)?(\\d+)?(,)?(?:\\.(\\d+))?([bcdeEfFgGnosxX%])?")
                .matcher(spec);
        if (!m.matches()) {
            throw new ProgramError("invalid format specifier '" + spec + "'");
        }
        String type = m.group(9) == null ? "" : m.group(9);
        int precision = m.group(8) == null ? -1 : Integer.parseInt(m.group(8));
        String body;
        if (type.equals("s") || v instanceof PyStr) {
            body = str(v);
            if (precision >= 0 && body.length() > precision) {
                body = body.substring(0, precision);
            }
        } else if (type.equals("d")) {
            body = Long.toString(v instanceof PyInt i ? i.value() : (long) Numbers.toDouble(v));
        } else if (type.isEmpty() && v instanceof PyInt i) {
            body = Long.toString(i.value());
        } else {
            body = number(Numbers.toDouble(v), type, precision, m.group(7) != null);
        }
        if (m.group(3) != null && m.group(3).equals("+") && !body.startsWith("-")) {
            body = "+" + body;
        }
        int width = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
        char fill = m.group(1) != null ? m.group(1).charAt(0) : m.group(5) != null ? '0' : ' ';
        String align = m.group(2) != null ? m.group(2) : v instanceof PyStr ? "<" : ">";
        return pad(body, width, fill, align);
    }

    private static String number(double x, String type, int precision, boolean grouping) {
        int p = precision < 0 ? 6 : precision;
        return switch (type) {
            case "f", "F" -> String.format(Locale.ROOT, grouping ? "%,." + p + "f" : "%." + p + "f", x);
            case "e", "E" -> exponent(x, p, type.equals("E"));
            case "%" -> String.format(Locale.ROOT, "%." + p + "f", x * 100) + "%";
            case "g", "G" -> general(x, precision < 0 ? 6 : Math.max(1, precision));
            default -> precision < 0 ? floatRepr(x) : general(x, Math.max(1, precision));
        };
    }

    private static String exponent(double x, int p, boolean upper) {
        String text = String.format(Locale.ROOT, "%." + p + "e", x);
        int e = text.indexOf('e');
        String mantissa = text.substring(0, e);
        int exp = Integer.parseInt(text.substring(e + 1));
        String result = mantissa + "e" + (exp < 0 ? "-" : "+") + String.format(Locale.ROOT, "%02d", Math.abs(exp));
        return upper ? result.toUpperCase(Locale.ROOT) : result;
    }

    /** Python's {@code g}: precision significant digits, trailing zeros removed. */
    private static String general(double x, int p) {
        if (x == 0 || !Double.isFinite(x)) {
            return x == 0 ? "0" : floatRepr(x);
        }
        int exp = (int) Math.floor(Math.log10(Math.abs(x)));
        String rounded = String.format(Locale.ROOT, "%." + (p - 1) + "e", x);
        exp = Integer.parseInt(rounded.substring(rounded.indexOf('e') + 1));
        if (exp >= -4 && exp < p) {
            return strip(String.format(Locale.ROOT, "%." + Math.max(0, p - 1 - exp) + "f", x));
        }
        String mantissa = strip(rounded.substring(0, rounded.indexOf('e')));
        return mantissa + "e" + (exp < 0 ? "-" : "+") + String.format(Locale.ROOT, "%02d", Math.abs(exp));
    }

    private static String strip(String text) {
        return text.contains(".") ? text.replaceAll("0+$", "").replaceAll("\\.$", "") : text;
    }

    private static String pad(String body, int width, char fill, String align) {
        if (body.length() >= width) {
            return body;
        }
        String padding = String.valueOf(fill).repeat(width - body.length());
        return switch (align) {
            case "<" -> body + padding;
            case "^" -> padding.substring(0, padding.length() / 2) + body + padding.substring(padding.length() / 2);
            default -> padding + body;
        };
    }

    /**
     * Python's {@code format % args} for {@code %[flags][width][.precision]type}, types {@code d i f e g s r %}.
     *
     * @param format the format string
     * @param args one value, or a tuple of values
     * @return the formatted text
     */
    static String percent(String format, Value args) {
        List<Value> values = args instanceof PyTuple t ? t.items() : List.of(args);
        StringBuilder out = new StringBuilder();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("%([-+ 0#]*)(\\d*)(?:\\.(\\d+))?([diufeEgGsr%])")
                .matcher(format);
        int next = 0;
        int last = 0;
        while (m.find()) {
            out.append(format, last, m.start());
            last = m.end();
            if (m.group(4).equals("%")) {
                out.append('%');
                continue;
            }
            if (next >= values.size()) {
                throw new ProgramError("not enough arguments for format string");
            }
            Value v = values.get(next++);
            String type = m.group(4);
            String spec = (m.group(1).contains("-") ? "<" : "") + (m.group(1).contains("+") ? "+" : "")
                    + (m.group(1).contains("0") ? "0" : "") + m.group(2)
                    + (m.group(3) == null ? "" : "." + m.group(3))
                    + (type.equals("i") || type.equals("u") ? "d" : type.equals("r") ? "s" : type);
            out.append(type.equals("r") ? repr(v) : format(v, spec));
        }
        out.append(format.substring(last));
        return out.toString();
    }

    /**
     * Python's {@code template.format(*args, **kwargs)} for {@code {}}, {@code {0}}, {@code {name}} with an optional
     * {@code :spec}.
     *
     * @param template the string
     * @param args the positional arguments
     * @param kwargs the keyword arguments
     * @return the formatted text
     */
    static String strFormat(String template, List<Value> args, Map<String, Value> kwargs) {
        StringBuilder out = new StringBuilder();
        int auto = 0;
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if ((c == '{' || c == '}') && i + 1 < template.length() && template.charAt(i + 1) == c) {
                out.append(c);
                i += 2;
                continue;
            }
            if (c != '{') {
                out.append(c);
                i++;
                continue;
            }
            int close = template.indexOf('}', i);
            if (close < 0) {
                throw new ProgramError("single '{' encountered in format string");
            }
            String field = template.substring(i + 1, close);
            int colon = field.indexOf(':');
            String key = colon < 0 ? field : field.substring(0, colon);
            String spec = colon < 0 ? "" : field.substring(colon + 1);
            Value v;
            if (key.isEmpty()) {
                v = at(args, auto++);
            } else if (key.chars().allMatch(Character::isDigit)) {
                v = at(args, Integer.parseInt(key));
            } else if (kwargs.containsKey(key)) {
                v = kwargs.get(key);
            } else {
                throw new ProgramError("no value for the field {" + key + "} of the format string");
            }
            out.append(format(v, spec));
            i = close + 1;
        }
        return out.toString();
    }

    private static Value at(List<Value> args, int index) {
        if (index >= args.size()) {
            throw new ProgramError("replacement index " + index + " out of range for positional args tuple");
        }
        return args.get(index);
    }
}
