package bpdiff.program.run;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How the program's values print: Python's {@code str} and {@code repr}, character for character as
 * CPython 3.11 prints them (floats by the shortest repr that reads back, strings quoted as CPython quotes
 * them, nested containers, {@code [...]} for a container inside itself). Objects print
 * {@code <__main__.Net object at 0x…>} with an address of bpdiff's, not CPython's. Arrays print as numpy
 * prints them ({@link bpdiff.program.array.ArrayFormat}). Format specs, {@code %} and {@code str.format} are
 * in {@link FormatSpec}, {@link PercentFormat} and {@link StrFormat}.
 */
final class Formatting {

    /** The most characters one {@code str} or {@code repr} may produce when no interpreter bounds it. */
    private static final int MAX_CHARS = 10_000_000;

    private Formatting() {}

    /**
     * @param v a value (not an object with its own {@code __str__})
     * @return Python's {@code str(v)}
     */
    static String str(Value v) {
        return str(null, v);
    }

    /**
     * @param v a value
     * @return Python's {@code repr(v)}
     */
    static String repr(Value v) {
        return repr(null, v);
    }

    /** The program's numpy print options, or numpy's defaults without a program. */
    private static bpdiff.program.array.ArrayFormat.Options options(Interpreter machine) {
        return machine == null ? bpdiff.program.array.ArrayFormat.Options.DEFAULT : machine.printOptions;
    }

    /**
     * @param machine the interpreter (to call {@code __str__}, {@code __repr__}, and to bound the size), or {@code null}
     * @param v a value
     * @return Python's {@code str(v)}
     */
    static String str(Interpreter machine, Value v) {
        if (v instanceof PyStr s) {
            return s.value();
        }
        String torch = TorchFormatting.str(machine, v);
        if (torch != null) {
            return torch;
        }
        if (v instanceof PyArray a && a.value().ndim() == 0 && a.value().dtype().isFloat()) {
            // numpy's str of a 0-d array is its scalar's (tensor.numpy() of a 0-d tensor): the shortest repr
            var d = a.value();
            return repr(machine, new PyFloat(d.get(0), Value.NO_NODE, true, d.dtype() == bpdiff.program.array.DType.FLOAT32));
        }
        if (v instanceof PyArray a) {
            return charged(machine, bpdiff.program.array.ArrayFormat.str(a.value(), options(machine)));
        }
        if (v instanceof PyDType d) {
            return d.dtype().numpyName();
        }
        if (v instanceof PyInstance o && machine != null) {
            if (o.cls().lookup("__str__") != null || o.cls().isSubclassOf(BuiltinTypes.BASE_EXCEPTION)) {
                return Exceptions.str(machine, o);
            }
        }
        return repr(machine, v);
    }

    /**
     * @param machine the interpreter, or {@code null}
     * @param v a value
     * @return Python's {@code repr(v)}
     */
    static String repr(Interpreter machine, Value v) {
        StringBuilder out = new StringBuilder();
        repr(machine, v, out, Collections.newSetFromMap(new IdentityHashMap<>()));
        return charged(machine, out.toString());
    }

    /**
     * Charges a text a formatting made to the run's budget of characters (its size was checked as it was built).
     *
     * @param machine the interpreter, or {@code null} when none bounds the text
     * @param text the text
     * @return the text
     */
    static String charged(Interpreter machine, String text) {
        if (machine != null) {
            machine.budget.characters(text.length());
        }
        return text;
    }

    private static void check(Interpreter machine, StringBuilder out) {
        if (machine != null) {
            machine.recorder.checkSize(out.length());
        } else if (out.length() > MAX_CHARS) {
            throw new ProgramError("a text of more than " + MAX_CHARS + " characters is more than bpdiff's limit", true);
        }
    }

    private static void repr(Interpreter machine, Value v, StringBuilder out, Set<Value> open) {
        if (v instanceof PyList || v instanceof PyTuple || v instanceof PyDict || v instanceof PySet
                || v instanceof PyDictView) {
            if (!open.add(v)) {
                out.append(v instanceof PyList ? "[...]" : v instanceof PyDict ? "{...}" : "...");
                return;
            }
            try {
                container(machine, v, out, open);
            } finally {
                open.remove(v);
            }
        } else {
            out.append(scalar(machine, v));
        }
        check(machine, out);
    }

    private static void container(Interpreter machine, Value v, StringBuilder out, Set<Value> open) {
        if (v instanceof PyList l) {
            items(machine, l.items(), "[", "]", out, open);
        } else if (v instanceof PyTuple t && "Size".equals(TorchFormatting.returnType(machine, t))) {
            items(machine, t.items(), "torch.Size([", "])", out, open);
        } else if (v instanceof PyTuple t && TorchFormatting.returnType(machine, t) != null) {
            out.append("torch.return_types.").append(TorchFormatting.returnType(machine, t)).append("(\nvalues=");
            repr(machine, t.items().get(0), out, open);
            out.append(",\nindices=");
            repr(machine, t.items().get(1), out, open);
            out.append(')');
        } else if (v instanceof PyTuple t && t.type() != null) {
            out.append(t.type().name()).append('(');
            List<String> fields = NamedTuples.fields(t.type());
            for (int k = 0; k < fields.size(); k++) {
                out.append(k == 0 ? "" : ", ").append(fields.get(k)).append('=');
                repr(machine, t.items().get(k), out, open);
            }
            out.append(')');
        } else if (v instanceof PyTuple t) {
            items(machine, t.items(), "(", t.items().size() == 1 ? ",)" : ")", out, open);
        } else if (v instanceof PySet s) {
            String prefix = s.frozen() ? "frozenset(" : "";
            if (s.size() == 0) {
                out.append(s.frozen() ? "frozenset()" : "set()");
                return;
            }
            out.append(prefix);
            items(machine, Iteration.list(s, machine, null), "{", "}", out, open);
            out.append(s.frozen() ? ")" : "");
        } else if (v instanceof PyDictView d) {
            out.append(d.typeName()).append('(');
            items(machine, Iteration.list(d, machine, null), "[", "]", out, open);
            out.append(')');
        } else if (v instanceof PyDict d && d.counter()) {
            out.append("Counter(");
            if (d.size() > 0) {
                out.append('{');
                boolean first = true;
                for (Map.Entry<HashKey, Value> e : Counters.ordered(machine, d)) {
                    out.append(first ? "" : ", ");
                    first = false;
                    repr(machine, e.getKey().value(), out, open);
                    out.append(": ");
                    repr(machine, e.getValue(), out, open);
                }
                out.append('}');
            }
            out.append(')');
        } else if (v instanceof PyDict d && d.ordered()) {
            out.append("OrderedDict(");
            if (d.size() > 0) {
                out.append('[');
                entries(machine, d, "(", ", ", ")", out, open);
                out.append(']');
            }
            out.append(')');
        } else {
            PyDict d = (PyDict) v;
            if (d.defaultFactory() != null) {
                out.append("defaultdict(");
                repr(machine, d.defaultFactory(), out, open);
                out.append(", ");
            }
            out.append('{');
            entries(machine, d, "", ": ", "", out, open);
            out.append(d.defaultFactory() != null ? "})" : "}");
        }
    }

    /** Each entry of a dict as {@code before + repr(key) + between + repr(value) + after}, joined by ", ". */
    private static void entries(Interpreter machine, PyDict d, String before, String between, String after,
            StringBuilder out, Set<Value> inProgress) {
        boolean first = true;
        for (Map.Entry<HashKey, Value> e : d.entries()) {
            out.append(first ? "" : ", ").append(before);
            first = false;
            repr(machine, e.getKey().value(), out, inProgress);
            out.append(between);
            repr(machine, e.getValue(), out, inProgress);
            out.append(after);
        }
    }

    private static void items(Interpreter machine, List<Value> items, String open, String close, StringBuilder out,
            Set<Value> inProgress) {
        out.append(open);
        for (int k = 0; k < items.size(); k++) {
            if (k > 0) {
                out.append(", ");
            }
            repr(machine, items.get(k), out, inProgress);
        }
        out.append(close);
    }

    private static String scalar(Interpreter machine, Value v) {
        if (v instanceof PyStr s) {
            return quote(s.value());
        }
        if (v instanceof PyFloat f) {
            return f.single() ? float32Repr(f.value()) : floatRepr(f.value());
        }
        if (v instanceof PyInt i) {
            return Long.toString(i.value());
        }
        if (v instanceof PyBigInt b) {
            return Integers.decimal(b.value());
        }
        if (v instanceof PyBool b) {
            return b.value() ? "True" : "False";
        }
        if (v == PyNone.NONE) {
            return "None";
        }
        String torch = TorchFormatting.repr(machine, v);
        if (torch != null) {
            return torch;
        }
        if (v instanceof PyArray a) {
            return bpdiff.program.array.ArrayFormat.repr(a.value(), options(machine));
        }
        if (v instanceof PyDType d) {
            return "dtype('" + d.dtype().numpyName() + "')";
        }
        if (v instanceof PyInstance o) {
            return instance(machine, o);
        }
        return other(machine, v);
    }

    private static String instance(Interpreter machine, PyInstance o) {
        Value own = o.cls().lookup("__repr__");
        if (own != null && machine != null) {
            Value r = machine.calls.call(new PyBoundMethod(o, own), List.of(), Map.of(), null);
            if (!(r instanceof PyStr s)) {
                throw ProgramError.of("TypeError", "__repr__ returned non-string (type " + BuiltinTypes.typeOf(r).name()
                        + ")");
            }
            return s.value();
        }
        if (o.cls().isSubclassOf(BuiltinTypes.BASE_EXCEPTION)) {
            return Exceptions.defaultRepr(machine, o);
        }
        String fields = machine == null ? null : Dataclasses.repr(machine, o);
        return fields != null ? fields : defaultRepr(o);
    }

    /**
     * {@code object.__repr__}: {@code <__main__.Net object at 0x…>}, with an address of bpdiff's own.
     *
     * @param v the object
     * @return the text
     */
    static String defaultRepr(Value v) {
        return "<" + BuiltinTypes.typeOf(v).qualified() + " object at " + address(v) + ">";
    }

    private static String address(Value v) {
        return "0x7f" + String.format(Locale.ROOT, "%010x", (System.identityHashCode(v) & 0xffffffffL) << 4);
    }

    private static String other(Interpreter machine, Value v) {
        if (v instanceof PyRange r) {
            return "range(" + r.start() + ", " + r.stop() + (r.step() == 1 ? "" : ", " + r.step()) + ")";
        }
        if (v instanceof PyFunction f) {
            return "<function " + str(f.attribute("__qualname__")) + " at " + address(f) + ">";
        }
        if (v instanceof Functools.Partial) {
            return Functools.repr(machine, v);
        }
        if (v instanceof PyBoundMethod m) {
            String name = m.function() instanceof PyFunction f ? f.qualname() : "?";
            return "<bound method " + name + " of " + repr(machine, m.self()) + ">";
        }
        if (v instanceof PyClass c) {
            return "<class '" + c.qualified() + "'>";
        }
        if (v instanceof PyModule m) {
            return m.name().equals("math") || m.name().equals("time") ? "<module '" + m.name() + "' (built-in)>"
                    : "<module '" + m.name() + "'>";
        }
        if (v instanceof PyBuiltin b) {
            String name = b.name().substring(b.name().lastIndexOf('.') + 1);
            return "<built-in function " + name + ">";
        }
        if (v instanceof PyMethod m) {
            return "<built-in method " + m.name() + " of " + BuiltinTypes.typeOf(m.receiver()).name() + " object at "
                    + address(m.receiver()) + ">";
        }
        if (v instanceof PySlice s) {
            return "slice(" + bound(s.start()) + ", " + bound(s.stop()) + ", " + bound(s.step()) + ")";
        }
        if (v instanceof PyRandomState) {
            return "RandomState(MT19937)";
        }
        if (v instanceof PyGenerator) {
            return "Generator(PCG64)";
        }
        if (v == PyConstant.NOT_IMPLEMENTED) {
            return "NotImplemented";
        }
        if (v == PyConstant.ELLIPSIS) {
            return "Ellipsis";
        }
        if (v instanceof PyIterator i) {
            return i.typeName().equals("generator") ? "<generator object " + i.name() + " at " + address(v) + ">"
                    : "<" + i.typeName() + " object at " + address(v) + ">";
        }
        if (v instanceof PySuper s) {
            return "<super: <class '" + s.start().name() + "'>, <" + BuiltinTypes.typeOf(s.self()).name() + " object>>";
        }
        return "<" + v.typeName() + " object at " + address(v) + ">";
    }

    private static String bound(Long v) {
        return v == null ? "None" : v.toString();
    }

    /**
     * CPython's {@code repr} of a string: single quotes, unless the string holds a single quote and no
     * double quote; backslash escapes for the quote, backslash, {@code \t \n \r} and unprintable characters.
     *
     * @param s the string
     * @return it quoted
     */
    static String quote(String s) {
        char q = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder out = new StringBuilder(s.length() + 2).append(q);
        for (int k = 0; k < s.length(); ) {
            int c = s.codePointAt(k);
            k += Character.charCount(c);
            if (c == q || c == '\\') {
                out.append('\\').appendCodePoint(c);
            } else if (c == '\t') {
                out.append("\\t");
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c < 0x20 || c == 0x7f) {
                out.append(String.format(Locale.ROOT, "\\x%02x", c));
            } else if (c > 0x7f && !printable(c)) {
                out.append(c <= 0xff ? String.format(Locale.ROOT, "\\x%02x", c)
                        : c <= 0xffff ? String.format(Locale.ROOT, "\\u%04x", c) : String.format(Locale.ROOT, "\\U%08x", c));
            } else {
                out.appendCodePoint(c);
            }
        }
        return out.append(q).toString();
    }

    /** Python's {@code str.isprintable} for one character: not a control, format, separator (but space) or unassigned. */
    private static boolean printable(int c) {
        int type = Character.getType(c);
        return !(type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
                || type == Character.PRIVATE_USE || type == Character.UNASSIGNED || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR || type == Character.SPACE_SEPARATOR && c != ' ');
    }

    /**
     * @param repr a {@code repr}
     * @return it with every non-ASCII character escaped, as {@code ascii()} gives it
     */
    static String ascii(String repr) {
        StringBuilder out = new StringBuilder();
        repr.codePoints().forEach(c -> out.append(c < 0x80 ? String.valueOf((char) c)
                : c <= 0xff ? String.format(Locale.ROOT, "\\x%02x", c)
                : c <= 0xffff ? String.format(Locale.ROOT, "\\u%04x", c) : String.format(Locale.ROOT, "\\U%08x", c)));
        return out.toString();
    }

    /**
     * Python's {@code repr} of a float: the shortest digits that read back as the same number, in positional
     * notation for exponents from -4 to 15 and in exponent notation outside.
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
        BigDecimal d = shortest(x);
        String digits = d.unscaledValue().abs().toString();
        int exponent = digits.length() - 1 - d.scale();
        String sign = x < 0 ? "-" : "";
        if (exponent >= -5 + 1 && exponent < 16) {
            return sign + FormatSpec.positional(digits, exponent, true);
        }
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + String.format(Locale.ROOT, "%02d", Math.abs(exponent));
    }

    /**
     * numpy's {@code repr} of a {@code float32} scalar: the fewest digits that read back as the same float32, in
     * positional notation from \( 10^{-4} \) to below \( 10^{16} \) ({@code 1.2215134}, {@code 3.0}), else in
     * exponent notation ({@code 1e-05}, {@code 1.2345679e+16}), as {@code np.float32}'s.
     *
     * @param x a float32 value
     * @return its repr
     */
    static String float32Repr(double x) {
        if (!Double.isFinite(x) || x == 0) {
            return floatRepr(x);
        }
        BigDecimal exact = new BigDecimal(x);
        BigDecimal d = null;
        for (int n = 1; d == null && n <= 9; n++) {
            for (RoundingMode side : new RoundingMode[] {RoundingMode.HALF_EVEN, RoundingMode.FLOOR,
                    RoundingMode.CEILING}) {
                BigDecimal c = exact.round(new MathContext(n, side));
                if (Float.parseFloat(c.toString()) == (float) x) {
                    d = c.stripTrailingZeros();
                    break;
                }
            }
        }
        String digits = d.unscaledValue().abs().toString();
        int exponent = digits.length() - 1 - d.scale();
        String sign = x < 0 ? "-" : "";
        if (exponent >= -4 && exponent < 16) {
            return sign + FormatSpec.positional(digits, exponent, true);
        }
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + String.format(Locale.ROOT, "%02d", Math.abs(exponent));
    }

    /**
     * @param x a finite, non-zero number
     * @return the decimal with the fewest significant digits that reads back as {@code x}, the nearest of them,
     *     trailing zeros stripped
     */
    static BigDecimal shortest(double x) {
        BigDecimal exact = new BigDecimal(x);
        int lo = 1;
        int hi = 17;
        while (lo < hi) {
            int mid = (lo + hi) / 2;
            if (readsBack(exact, mid, x) != null) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return readsBack(exact, lo, x).stripTrailingZeros();
    }

    /**
     * The decimal of so many significant digits that reads back as {@code x}: the nearest one, else the nearest on
     * the other side. At a power of two the gap below is half the gap above, so the nearest decimal below can read
     * back as the next number down while the one above still reads back as {@code x} ({@code 2 ** -24} is
     * {@code 5.960464477539063e-08}, not the 17 digits {@code 5.9604644775390625e-08}).
     *
     * @return the decimal, or {@code null} if none of that many digits reads back
     */
    private static BigDecimal readsBack(BigDecimal exact, int digits, double x) {
        BigDecimal nearest = exact.round(new MathContext(digits, RoundingMode.HALF_EVEN));
        if (nearest.doubleValue() == x) {
            return nearest;
        }
        for (RoundingMode side : new RoundingMode[] {RoundingMode.FLOOR, RoundingMode.CEILING}) {
            BigDecimal other = exact.round(new MathContext(digits, side));
            if (other.doubleValue() == x) {
                return other;
            }
        }
        return null;
    }

    /**
     * {@code format(v, spec)}.
     *
     * @param machine the interpreter, or {@code null}
     * @param v the value
     * @param spec the spec, possibly empty
     * @return the formatted text
     */
    static String format(Interpreter machine, Value v, String spec) {
        return spec.isEmpty() ? FormatSpec.format(machine, v, spec) : charged(machine, FormatSpec.format(machine, v, spec));
    }

    /**
     * {@code format(v, spec)} without an interpreter.
     *
     * @param v the value
     * @param spec the spec
     * @return the text
     */
    static String format(Value v, String spec) {
        return FormatSpec.format(null, v, spec);
    }

    /**
     * {@code format % args}.
     *
     * @param machine the interpreter
     * @param format the format string
     * @param args one value, a tuple of values or a mapping
     * @return the formatted text
     */
    static String percent(Interpreter machine, String format, Value args) {
        return charged(machine, PercentFormat.format(machine, format, args));
    }

    /**
     * {@code template.format(*args, **kwargs)}.
     *
     * @param machine the interpreter
     * @param template the string
     * @param args the positional arguments
     * @param kwargs the keyword arguments
     * @return the formatted text
     */
    static String strFormat(Interpreter machine, String template, List<Value> args, Map<String, Value> kwargs) {
        return charged(machine, StrFormat.format(machine, template, args, kwargs));
    }
}
