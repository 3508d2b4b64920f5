package bpdiff.program.run;

import bpdiff.program.syntax.BinaryOperator;
import bpdiff.program.syntax.Span;
import bpdiff.program.tape.Op;
import bpdiff.program.tape.OpArgs;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Python's built-in functions of the subset: {@code print range len abs min max sum round float int str list
 * tuple bool enumerate zip pow reversed}. {@code round} gives a constant: its derivative is 0, as PyTorch's.
 */
final class Builtins {

    private final Interpreter machine;

    /**
     * @param machine the interpreter
     */
    Builtins(Interpreter machine) {
        this.machine = machine;
    }

    /**
     * @param name the built-in's name
     * @param a its arguments
     * @param at where
     * @return its result
     */
    Value call(String name, Arguments a, Span at) {
        return switch (name) {
            case "print" -> print(a);
            case "range" -> range(a);
            case "len" -> len(a.required(0, "obj"));
            case "abs" -> abs(a.required(0, "x"), at);
            case "min", "max" -> extreme(name, a, at);
            case "sum" -> sum(a, at);
            case "round" -> round(a.required(0, "number"), a.get(1, "ndigits"));
            case "float" -> toFloat(a.size() == 0 ? new PyInt(0) : a.required(0, "x"), at);
            case "int" -> toInt(a.size() == 0 ? new PyInt(0) : a.required(0, "x"));
            case "str" -> new PyStr(a.size() == 0 ? "" : Formatting.str(a.required(0, "object")));
            case "repr" -> new PyStr(Formatting.repr(a.required(0, "object")));
            case "list" -> PyList.of(a.size() == 0 ? List.of() : Iteration.list(a.required(0, "iterable"), machine, at));
            case "tuple" -> new PyTuple(a.size() == 0 ? List.of() : Iteration.list(a.required(0, "iterable"), machine, at));
            case "bool" -> PyBool.of(a.size() > 0 && Truth.of(a.required(0, "x")));
            case "enumerate" -> enumerate(a, at);
            case "zip" -> zip(a, at);
            case "pow" -> machine.operators.binary(BinaryOperator.POWER, a.required(0, "base"), a.required(1, "exp"), at);
            case "reversed" -> reversed(a, at);
            default -> throw new ProgramError(name + "() is not supported");
        };
    }

    private Value print(Arguments a) {
        Value sep = a.keywords().get("sep");
        Value end = a.keywords().get("end");
        List<String> parts = new ArrayList<>();
        a.positional().forEach(v -> parts.add(Formatting.str(v)));
        String text = String.join(sep == null || sep == PyNone.NONE ? " " : Formatting.str(sep), parts)
                + (end == null || end == PyNone.NONE ? "" : Formatting.str(end).replace("\n", ""));
        text.lines().forEach(machine::print);
        if (text.isEmpty()) {
            machine.print("");
        }
        return PyNone.NONE;
    }

    private static Value range(Arguments a) {
        a.check(3);
        long start = 0;
        long stop;
        long step = 1;
        if (a.size() == 1) {
            stop = Numbers.toLong(a.required(0, "stop"));
        } else {
            start = Numbers.toLong(a.required(0, "start"));
            stop = Numbers.toLong(a.required(1, "stop"));
            if (a.size() == 3) {
                step = Numbers.toLong(a.required(2, "step"));
            }
        }
        if (step == 0) {
            throw new ProgramError("range() arg 3 must not be zero");
        }
        return new PyRange(start, stop, step);
    }

    private static Value len(Value v) {
        if (v instanceof PyArray a) {
            if (a.value().ndim() == 0) {
                throw new ProgramError("len() of unsized object");
            }
            return new PyInt(a.value().dim(0));
        }
        if (v instanceof PyStr s) {
            return new PyInt(s.value().codePointCount(0, s.value().length()));
        }
        if (v instanceof PyRange r) {
            return new PyInt(r.length());
        }
        if (v instanceof PyList || v instanceof PyTuple) {
            return new PyInt(Numbers.items(v).size());
        }
        throw new ProgramError("object of type '" + v.typeName() + "' has no len()");
    }

    private Value abs(Value v, Span at) {
        if (v instanceof PyInt i) {
            return new PyInt(Math.abs(i.value()));
        }
        return machine.recorder.apply(Op.ABS, OpArgs.NONE, at, v);
    }

    /** Python's min and max return one of their arguments: the derivative follows the one chosen. */
    private Value extreme(String name, Arguments a, Span at) {
        List<Value> items = a.size() == 1 ? Iteration.list(a.required(0, "iterable"), machine, at) : a.positional();
        if (items.isEmpty()) {
            throw new ProgramError(name + "() arg is an empty sequence");
        }
        Value best = items.get(0);
        String op = name.equals("max") ? ">" : "<";
        for (Value v : items.subList(1, items.size())) {
            if (Truth.of(machine.operators.compare(op, v, best, at))) {
                best = v;
            }
        }
        return best;
    }

    private Value sum(Arguments a, Span at) {
        Value total = a.get(1, "start") == null ? new PyInt(0) : a.get(1, "start");
        for (Value v : Iteration.list(a.required(0, "iterable"), machine, at)) {
            total = machine.operators.binary(BinaryOperator.ADD, total, v, at);
        }
        return total;
    }

    /**
     * Python's {@code round}: halves to even, on the exact binary value; with digits a float, without an int.
     * Rounding is not differentiated.
     */
    static Value round(Value v, Value digits) {
        if (v instanceof PyInt) {
            return v;
        }
        int n = digits == null || digits == PyNone.NONE ? 0 : (int) Numbers.toLong(digits);
        if (v instanceof PyArray a) {
            return new PyArray(bpdiff.program.array.Elementwise.unary(a.value(), x -> roundDouble(x, n)), Value.NO_NODE);
        }
        double x = Numbers.toDouble(v);
        if (digits == null || digits == PyNone.NONE) {
            if (!Double.isFinite(x)) {
                throw new ProgramError("cannot convert float " + Formatting.floatRepr(x) + " to integer");
            }
            return new PyInt((long) Math.rint(x));
        }
        return PyFloat.of(roundDouble(x, n));
    }

    private static double roundDouble(double x, int digits) {
        if (!Double.isFinite(x)) {
            return x;
        }
        return new BigDecimal(x).setScale(digits, RoundingMode.HALF_EVEN).doubleValue();
    }

    private Value toFloat(Value v, Span at) {
        if (v instanceof PyStr s) {
            String text = s.value().strip().toLowerCase(java.util.Locale.ROOT);
            try {
                return PyFloat.of(switch (text) {
                    case "inf", "+inf", "infinity" -> Double.POSITIVE_INFINITY;
                    case "-inf", "-infinity" -> Double.NEGATIVE_INFINITY;
                    case "nan" -> Double.NaN;
                    default -> Double.parseDouble(text);
                });
            } catch (NumberFormatException e) {
                throw new ProgramError("could not convert string to float: '" + s.value() + "'");
            }
        }
        if (v instanceof PyFloat) {
            return v;
        }
        if (v instanceof PyArray a) {
            if (a.value().size() != 1) {
                throw new ProgramError("only size-1 arrays can be converted to Python scalars");
            }
            return NumpyTypes.cast(machine.recorder.apply(Op.RESHAPE, OpArgs.shape(new int[0]), at, a),
                    bpdiff.program.array.DType.FLOAT64);
        }
        return PyFloat.of(Numbers.toDouble(v));
    }

    private static Value toInt(Value v) {
        if (v instanceof PyStr s) {
            try {
                return new PyInt(Long.parseLong(s.value().strip()));
            } catch (NumberFormatException e) {
                throw new ProgramError("invalid literal for int() with base 10: '" + s.value() + "'");
            }
        }
        double x = Numbers.toDouble(v);
        if (!Double.isFinite(x) || Math.abs(x) > 9.2e18) {
            throw new ProgramError("cannot convert float " + Formatting.floatRepr(x) + " to integer");
        }
        return new PyInt((long) x);
    }

    private Value enumerate(Arguments a, Span at) {
        long start = a.get(1, "start") == null ? 0 : Numbers.toLong(a.get(1, "start"));
        List<Value> pairs = new ArrayList<>();
        for (Value v : Iteration.list(a.required(0, "iterable"), machine, at)) {
            pairs.add(new PyTuple(List.of(new PyInt(start++), v)));
        }
        return PyList.of(pairs);
    }

    private Value zip(Arguments a, Span at) {
        List<List<Value>> lists = new ArrayList<>();
        int shortest = Integer.MAX_VALUE;
        for (Value v : a.positional()) {
            List<Value> items = Iteration.list(v, machine, at);
            lists.add(items);
            shortest = Math.min(shortest, items.size());
        }
        List<Value> tuples = new ArrayList<>();
        for (int k = 0; k < (lists.isEmpty() ? 0 : shortest); k++) {
            List<Value> tuple = new ArrayList<>();
            for (List<Value> items : lists) {
                tuple.add(items.get(k));
            }
            tuples.add(new PyTuple(tuple));
        }
        return PyList.of(tuples);
    }

    private Value reversed(Arguments a, Span at) {
        List<Value> items = new ArrayList<>(Iteration.list(a.required(0, "sequence"), machine, at));
        Collections.reverse(items);
        return PyList.of(items);
    }
}
