package bpdiff.program.run;

import bpdiff.program.syntax.Span;
import bpdiff.program.tape.Op;
import bpdiff.program.tape.OpArgs;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The built-in types called as functions: {@code int float str bool list tuple dict set frozenset range type
 * object super staticmethod classmethod property}, with CPython's conversions and errors.
 */
final class Constructors {

    private static final Pattern FLOAT = Pattern.compile(
            "[+-]?(((\\d(_?\\d)*)?\\.?\\d(_?\\d)*|\\d(_?\\d)*\\.)([eE][+-]?\\d(_?\\d)*)?|inf|infinity|nan)",
            Pattern.CASE_INSENSITIVE);

    private final Interpreter machine;

    /**
     * @param machine the interpreter
     */
    Constructors(Interpreter machine) {
        this.machine = machine;
    }

    /**
     * @param type a built-in type
     * @param a the call's arguments
     * @param at where
     * @return the new value
     */
    Value construct(PyClass type, Arguments a, Span at) {
        Value x = a.size() > 0 ? a.positional().get(0) : null;
        switch (type.name()) {
            case "int":
                return toInt(x == null ? a.keywords().get("x") : x, a.get(1, "base"));
            case "float":
                return x == null ? PyFloat.of(0) : toFloat(x, at);
            case "str":
                return x == null ? new PyStr("") : new PyStr(Formatting.str(machine, x));
            case "bool":
                return PyBool.of(x != null && Truth.of(machine, x));
            case "list":
                return PyList.of(x == null ? List.of() : Iteration.list(x, machine, at));
            case "tuple":
                // tuple(t.shape) is a plain tuple: a torch.Size or a (values, indices) pair is a tuple's subclass
                return x instanceof PyTuple t && t.type() == null && !machine.torch.returnTypes().containsKey(t) ? x : new PyTuple(x == null ? List.of() : Iteration.list(x, machine, at));
            case "dict": {
                PyDict d = new PyDict();
                if (x != null) {
                    Containers.update(machine, d, x, at);
                }
                a.keywords().forEach((k, v) -> d.put(new PyStr(k), v));
                return d;
            }
            case "set":
            case "frozenset":
                return Sets.of(type.name().equals("frozenset"), x == null ? new PyTuple(List.of()) : x, machine, at);
            case "range":
                return Reflection.range(a);
            case "type":
                if (a.size() != 1) {
                    throw new ProgramError("type() with three arguments is not supported: write a class statement");
                }
                return BuiltinTypes.typeOf(x);
            case "object":
                if (a.size() > 0 || !a.keywords().isEmpty()) {
                    throw ProgramError.of("TypeError", "object() takes no arguments");
                }
                return new PyInstance(BuiltinTypes.OBJECT);
            case "super":
                if (a.size() != 2 || !(x instanceof PyClass c)) {
                    throw ProgramError.of("RuntimeError", "super(): no arguments");
                }
                return new PySuper(c, a.positional().get(1));
            case "staticmethod":
                return new PyDescriptor(PyDescriptor.Kind.STATIC, a.required(0, "function"), null);
            case "classmethod":
                return new PyDescriptor(PyDescriptor.Kind.CLASS, a.required(0, "function"), null);
            case "property":
                return new PyDescriptor(PyDescriptor.Kind.PROPERTY, a.required(0, "fget"),
                        a.get(1, "fset") == PyNone.NONE ? null : a.get(1, "fset"));
            default:
                throw ProgramError.of("TypeError", "cannot create '" + type.name() + "' instances");
        }
    }

    private Value toInt(Value v, Value base) {
        if (v == null) {
            return new PyInt(0);
        }
        if (v instanceof PyStr s) {
            long radix = base == null ? 10 : Numbers.toLong(base);
            if (radix != 0 && (radix < 2 || radix > 36)) {
                throw ProgramError.of("ValueError", "int() base must be >= 2 and <= 36, or 0");
            }
            return parseInt(s.value(), (int) radix);
        }
        if (base != null) {
            throw ProgramError.of("TypeError", "int() can't convert non-string with explicit base");
        }
        if (Numbers.isInteger(v)) {
            return v instanceof PyBool b ? new PyInt(b.value() ? 1 : 0) : v;
        }
        if (v instanceof PyInstance) {
            Value special = Attributes.special(v, "__int__");
            if (special != null) {
                Value result = machine.calls.call(special, List.of(), Map.of(), null);
                if (!(result instanceof PyInt || result instanceof PyBigInt || result instanceof PyBool)) {
                    throw ProgramError.of("TypeError", "__int__ returned non-int (type "
                            + BuiltinTypes.typeOf(result).name() + ")");
                }
                return result;
            }
        }
        if (!Numbers.isNumeric(v) || v instanceof PyArray a && a.value().size() != 1) {
            throw ProgramError.of("TypeError", v instanceof PyArray ? "only size-1 arrays can be converted to Python "
                    + "scalars" : "int() argument must be a string, a bytes-like object or a real number, not '"
                    + BuiltinTypes.typeOf(v).name() + "'");
        }
        double x = Numbers.toDouble(v);
        if (Double.isNaN(x)) {
            throw ProgramError.of("ValueError", "cannot convert float NaN to integer");
        }
        if (Double.isInfinite(x)) {
            throw ProgramError.of("OverflowError", "cannot convert float infinity to integer");
        }
        return PyBigInt.of(new BigDecimal(x).toBigInteger());
    }

    private static Value parseInt(String text, int radix) {
        String t = text.strip().replace("_", "");
        String digits = t.startsWith("+") || t.startsWith("-") ? t.substring(1) : t;
        int r = radix;
        if (radix == 0 || radix == 16 && digits.toLowerCase(java.util.Locale.ROOT).startsWith("0x")
                || radix == 8 && digits.toLowerCase(java.util.Locale.ROOT).startsWith("0o")
                || radix == 2 && digits.toLowerCase(java.util.Locale.ROOT).startsWith("0b")) {
            String lower = digits.toLowerCase(java.util.Locale.ROOT);
            if (lower.startsWith("0x") || lower.startsWith("0o") || lower.startsWith("0b")) {
                r = lower.charAt(1) == 'x' ? 16 : lower.charAt(1) == 'o' ? 8 : 2;
                digits = digits.substring(2);
            } else if (radix == 0) {
                r = 10;
            }
        }
        try {
            if (digits.isEmpty() || text.strip().contains("__") || text.strip().endsWith("_")
                    || !digits.chars().allMatch(c -> Character.digit(c, 36) >= 0)) {
                throw new NumberFormatException();
            }
            Integers.checkDigits(digits, r);
            BigInteger v = Integers.parse(digits, r);
            return PyBigInt.of(t.startsWith("-") ? v.negate() : v);
        } catch (NumberFormatException e) {
            throw ProgramError.of("ValueError", "invalid literal for int() with base " + radix + ": "
                    + Formatting.quote(text));
        }
    }

    private Value toFloat(Value v, Span at) {
        if (v instanceof PyStr s) {
            String text = s.value().strip();
            if (!FLOAT.matcher(text).matches()) {
                throw ProgramError.of("ValueError", "could not convert string to float: " + Formatting.quote(s.value()));
            }
            String lower = text.toLowerCase(java.util.Locale.ROOT).replace("_", "");
            String unsigned = lower.startsWith("+") || lower.startsWith("-") ? lower.substring(1) : lower;
            double sign = lower.startsWith("-") ? -1 : 1;
            return PyFloat.of(switch (unsigned) {
                case "inf", "infinity" -> sign * Double.POSITIVE_INFINITY;
                case "nan" -> Double.NaN;
                default -> Double.parseDouble(lower);
            });
        }
        if (v instanceof PyFloat f) {
            return f.python();
        }
        if (v instanceof PyArray a) {
            if (a.value().size() != 1) {
                throw ProgramError.of("TypeError", "only size-1 arrays can be converted to Python scalars");
            }
            return Numbers.python(NumpyTypes.cast(machine.recorder.apply(Op.RESHAPE, OpArgs.shape(new int[0]), at, a),
                    bpdiff.program.array.DType.FLOAT64));
        }
        if (v instanceof PyInstance) {
            Value special = Attributes.special(v, "__float__");
            if (special != null) {
                Value result = machine.calls.call(special, List.of(), Map.of(), at);
                if (!(result instanceof PyFloat)) {
                    throw ProgramError.of("TypeError", BuiltinTypes.typeOf(v).name() + ".__float__ returned non-float"
                            + " (type " + BuiltinTypes.typeOf(result).name() + ")");
                }
                return result;
            }
        }
        if (v instanceof PyBool b && b.node() != Value.NO_NODE) {
            return new PyFloat(b.value() ? 1 : 0, b.node());
        }
        if (!Numbers.isNumeric(v)) {
            throw ProgramError.of("TypeError", "float() argument must be a string or a real number, not '"
                    + BuiltinTypes.typeOf(v).name() + "'");
        }
        return PyFloat.of(Numbers.toDouble(v));
    }
}
