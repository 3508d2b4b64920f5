package bpdiff.program.run;

import bpdiff.program.syntax.Span;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The built-ins that ask about values: {@code isinstance issubclass hasattr getattr setattr delattr id hash
 * callable iter next}, the number-to-text ones ({@code hex bin oct ord chr}) and {@code range}. They work on
 * the program's own values only: nothing of Java is reachable from them.
 */
final class Reflection {

    private Reflection() {}

    /**
     * @param machine the interpreter
     * @param name the built-in's name
     * @param a its arguments
     * @param at where
     * @return its result
     */
    static Value call(Interpreter machine, String name, Arguments a, Span at) {
        return switch (name) {
            case "isinstance" -> PyBool.of(isInstance(a.required(0, "obj"), a.required(1, "class_or_tuple"), "isinstance"));
            case "issubclass" -> {
                if (!(a.required(0, "cls") instanceof PyClass c)) {
                    throw ProgramError.of("TypeError", "issubclass() arg 1 must be a class");
                }
                yield PyBool.of(isSubclass(c, a.required(1, "class_or_tuple"), "issubclass"));
            }
            case "hasattr" -> {
                try {
                    Attributes.get(machine, a.required(0, "obj"), name(a.required(1, "name"), "hasattr"), at);
                    yield PyBool.of(true);
                } catch (ProgramError e) {
                    if (e.limit() || !"AttributeError".equals(e.type())) {
                        throw e;
                    }
                    yield PyBool.of(false);
                }
            }
            case "getattr" -> {
                try {
                    yield Attributes.get(machine, a.required(0, "obj"), name(a.required(1, "name"), "getattr"), at);
                } catch (ProgramError e) {
                    if (e.limit() || !"AttributeError".equals(e.type()) || a.size() < 3) {
                        throw e;
                    }
                    yield a.positional().get(2);
                }
            }
            case "setattr" -> {
                Attributes.set(machine, a.required(0, "obj"), name(a.required(1, "name"), "setattr"), a.required(2, "value"));
                yield PyNone.NONE;
            }
            case "delattr" -> {
                Attributes.delete(machine, a.required(0, "obj"), name(a.required(1, "name"), "delattr"));
                yield PyNone.NONE;
            }
            case "id" -> new PyInt(0x7f0000000000L + ((System.identityHashCode(a.required(0, "obj")) & 0xffffffffL) << 4));
            case "hash" -> hash(a.required(0, "obj"));
            case "callable" -> PyBool.of(callable(a.required(0, "obj")));
            case "iter" -> iter(machine, a.required(0, "object"), at);
            case "next" -> next(machine, a, at);
            case "hex", "bin", "oct" -> new PyStr(radix(name, a.required(0, "number")));
            case "ord" -> ord(a.required(0, "c"));
            case "chr" -> chr(a.required(0, "i"));
            case "range" -> range(a);
            default -> throw new ProgramError(name + "() is not supported");
        };
    }

    private static String name(Value v, String function) {
        if (!(v instanceof PyStr s)) {
            throw ProgramError.of("TypeError", function.equals("hasattr") || function.equals("getattr")
                    ? "attribute name must be string, not '" + BuiltinTypes.typeOf(v).name() + "'"
                    : "attribute name must be string, not '" + BuiltinTypes.typeOf(v).name() + "'");
        }
        return s.value();
    }

    /**
     * @param v a value
     * @param classes a class or a tuple of classes
     * @param function {@code isinstance} or {@code issubclass}, for the message
     * @return whether {@code v}'s class is one of them or derives from one
     */
    static boolean isInstance(Value v, Value classes, String function) {
        if (classes instanceof PyBuiltin b && b.name().equals("numpy.bool_")) {
            return BuiltinTypes.typeOf(v) == BuiltinTypes.BOOL_;
        }
        if (classes instanceof PyBuiltin b && b.name().equals("numpy.float64")) {
            return v instanceof PyFloat;
        }
        return isSubclass(BuiltinTypes.typeOf(v), classes, function);
    }

    private static boolean isSubclass(PyClass c, Value classes, String function) {
        if (classes instanceof PyTuple t) {
            for (Value k : t.items()) {
                if (isSubclass(c, k, function)) {
                    return true;
                }
            }
            return false;
        }
        if (classes instanceof PyBuiltin b && b.name().equals("numpy.float64")) {
            return c == BuiltinTypes.FLOAT64 || c == BuiltinTypes.FLOAT; // a float not known to be numpy's too
        }
        if (!(classes instanceof PyClass k)) {
            throw ProgramError.of("TypeError", function + "() arg 2 must be a type, a tuple of types, or a union");
        }
        return c.isSubclassOf(k);
    }

    /**
     * @param body a function's or class's statements
     * @return its docstring (a string literal as its first statement, as written), else {@code None}
     */
    static Value docstring(List<bpdiff.program.syntax.Stmt> body) {
        return !body.isEmpty() && body.get(0) instanceof bpdiff.program.syntax.Stmt.ExprStmt e
                && e.value() instanceof bpdiff.program.syntax.Expr.Str s ? new PyStr(s.value()) : PyNone.NONE;
    }

    static boolean callable(Value v) {
        return v instanceof PyFunction || v instanceof PyBuiltin || v instanceof PyMethod || v instanceof PyBoundMethod
                || v instanceof PyClass || v == PyIgnored.IGNORED || Functools.owns(v)
                || v instanceof PyInstance o && o.cls().lookup("__call__") != null;
    }

    /** {@code hash(v)}: CPython's value for numbers and tuples of them ({@link PythonHash}). */
    private static Value hash(Value v) {
        HashKey.of(v);
        return new PyInt(PythonHash.of(v));
    }

    private static Value iter(Interpreter machine, Value v, Span at) {
        if (v instanceof PyIterator) {
            return v;
        }
        if (v instanceof PyInstance o) {
            Value iter = Attributes.special(o, "__iter__");
            if (iter != null) {
                return machine.calls.call(iter, List.of(), Map.of(), at);
            }
        }
        if (!Iteration.isIterable(v)) {
            throw ProgramError.of("TypeError", "'" + BuiltinTypes.typeOf(v).name() + "' object is not iterable");
        }
        String type = switch (BuiltinTypes.typeOf(v).name()) {
            case "list" -> "list_iterator";
            case "tuple" -> "tuple_iterator";
            case "str" -> "str_ascii_iterator";
            case "range" -> "range_iterator";
            case "dict", "dict_keys" -> "dict_keyiterator";
            case "dict_values" -> "dict_valueiterator";
            case "dict_items" -> "dict_itemiterator";
            case "set", "frozenset" -> "set_iterator";
            default -> "iterator";
        };
        return new PyIterator(Iteration.of(v, machine, at), type);
    }

    private static Value next(Interpreter machine, Arguments a, Span at) {
        Value v = a.required(0, "iterator");
        Value fallback = a.get(1, "default");
        if (v instanceof PyInstance o) {
            Value next = Attributes.special(o, "__next__");
            if (next == null) {
                throw ProgramError.of("TypeError", "'" + o.cls().name() + "' object is not an iterator");
            }
            try {
                return machine.calls.call(next, List.of(), Map.of(), at);
            } catch (ProgramError e) {
                if (fallback == null || e.limit() || !e.exception().cls().isSubclassOf(BuiltinTypes.exception("StopIteration"))) {
                    throw e;
                }
                return fallback;
            }
        }
        if (!(v instanceof PyIterator it)) {
            throw ProgramError.of("TypeError", "'" + BuiltinTypes.typeOf(v).name() + "' object is not an iterator");
        }
        if (it.items().hasNext()) {
            return it.items().next();
        }
        if (fallback != null) {
            return fallback;
        }
        throw ProgramError.bare("StopIteration");
    }

    private static String radix(String name, Value v) {
        if (!Numbers.isInteger(v)) {
            throw ProgramError.of("TypeError", "'" + BuiltinTypes.typeOf(v).name()
                    + "' object cannot be interpreted as an integer");
        }
        BigInteger x = Numbers.big(v);
        int base = name.equals("hex") ? 16 : name.equals("bin") ? 2 : 8;
        String prefix = name.equals("hex") ? "0x" : name.equals("bin") ? "0b" : "0o";
        return (x.signum() < 0 ? "-" : "") + prefix + x.abs().toString(base).toLowerCase(Locale.ROOT);
    }

    private static Value ord(Value v) {
        if (!(v instanceof PyStr s)) {
            throw ProgramError.of("TypeError", "ord() expected string of length 1, but " + BuiltinTypes.typeOf(v).name()
                    + " found");
        }
        int n = s.value().codePointCount(0, s.value().length());
        if (n != 1) {
            throw ProgramError.of("TypeError", "ord() expected a character, but string of length " + n + " found");
        }
        return new PyInt(s.value().codePointAt(0));
    }

    private static Value chr(Value v) {
        long c = Numbers.toLong(v);
        if (c < 0 || c > 0x10ffff) {
            throw ProgramError.of("ValueError", "chr() arg not in range(0x110000)");
        }
        return new PyStr(new String(Character.toChars((int) c)));
    }

    /**
     * {@code range(stop)}, {@code range(start, stop[, step])}.
     *
     * @param a the arguments
     * @return the range
     */
    static Value range(Arguments a) {
        if (!a.keywords().isEmpty()) {
            throw ProgramError.of("TypeError", "range() takes no keyword arguments");
        }
        if (a.size() == 0 || a.size() > 3) {
            throw ProgramError.of("TypeError", "range expected at " + (a.size() == 0 ? "least 1" : "most 3")
                    + " argument" + (a.size() == 0 ? "" : "s") + ", got " + a.size());
        }
        long start = 0;
        long stop;
        long step = 1;
        if (a.size() == 1) {
            stop = integer(a.positional().get(0));
        } else {
            start = integer(a.positional().get(0));
            stop = integer(a.positional().get(1));
            if (a.size() == 3) {
                step = integer(a.positional().get(2));
            }
        }
        if (step == 0) {
            throw ProgramError.of("ValueError", "range() arg 3 must not be zero");
        }
        return new PyRange(start, stop, step);
    }

    private static long integer(Value v) {
        if (!Numbers.isInteger(v)) {
            throw ProgramError.of("TypeError", "'" + BuiltinTypes.typeOf(v).name()
                    + "' object cannot be interpreted as an integer");
        }
        return Numbers.toLong(v);
    }
}
