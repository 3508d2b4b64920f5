package bpdiff.program.run;

import bpdiff.program.syntax.Span;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The methods of {@code dict}, {@code set}, {@code frozenset}, {@code tuple} and {@code int}, and the
 * default methods of objects ({@code object.__init__}, reached through {@code super()}).
 */
final class Containers {

    /** {@code dict}'s methods. */
    static final Set<String> DICT_METHODS = Set.of("keys", "values", "items", "get", "pop", "popitem", "setdefault",
            "update", "copy", "clear");
    /** {@code frozenset}'s methods. */
    static final Set<String> FROZENSET_METHODS = Set.of("copy", "union", "intersection", "difference",
            "symmetric_difference", "issubset", "issuperset", "isdisjoint");
    /** {@code set}'s methods. */
    static final Set<String> SET_METHODS = union(FROZENSET_METHODS, Set.of("add", "remove", "discard", "pop", "clear",
            "update", "intersection_update", "difference_update", "symmetric_difference_update"));

    private Containers() {}

    private static Set<String> union(Set<String> a, Set<String> b) {
        java.util.HashSet<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    /**
     * @param machine the interpreter
     * @param receiver the value
     * @param name the method
     * @param a its arguments
     * @param at where
     * @return the result
     */
    static Value call(Interpreter machine, Value receiver, String name, Arguments a, Span at) {
        if (receiver instanceof PyDict d) {
            return dict(machine, d, name, a, at);
        }
        if (receiver instanceof PySet s) {
            return set(machine, s, name, a, at);
        }
        if (receiver instanceof PyTuple t) {
            return name.equals("count") ? ListMethods.count(machine, t.items(), a.required(0, "value"))
                    : ListMethods.index(machine, t.items(), a, "tuple");
        }
        if (receiver instanceof PyInt || receiver instanceof PyBool || receiver instanceof PyBigInt) {
            if (name.equals("conjugate")) {
                return receiver;
            }
            java.math.BigInteger v = Numbers.big(receiver);
            return new PyInt(v.abs().bitLength());
        }
        if (receiver instanceof PyDescriptor d) {
            Value f = a.required(0, "function");
            return name.equals("setter") ? new PyDescriptor(d.kind(), d.function(), f)
                    : new PyDescriptor(d.kind(), f, d.setter());
        }
        if (receiver instanceof PyIgnoredGrid g) {
            return g;
        }
        return object(machine, receiver, name, a);
    }

    /** {@code object.__init__}, {@code __str__} and {@code __repr__}, and {@code BaseException}'s. */
    private static Value object(Interpreter machine, Value self, String name, Arguments a) {
        boolean exception = self instanceof PyInstance o && o.cls().isSubclassOf(BuiltinTypes.BASE_EXCEPTION);
        switch (name) {
            case "object.__init__":
                if (exception) {
                    ((PyInstance) self).args(new PyTuple(a.positional()));
                } else if (a.size() > 0 || !a.keywords().isEmpty()) {
                    throw ProgramError.of("TypeError", "object.__init__() takes exactly one argument (the instance to "
                            + "initialize)");
                }
                return PyNone.NONE;
            case "object.__str__":
                return new PyStr(exception ? Exceptions.defaultStr(machine, (PyInstance) self)
                        : Formatting.repr(machine, self));
            default:
                return new PyStr(exception ? Exceptions.defaultRepr(machine, (PyInstance) self)
                        : Formatting.defaultRepr(self));
        }
    }

    private static Value dict(Interpreter machine, PyDict d, String name, Arguments a, Span at) {
        switch (name) {
            case "keys":
            case "values":
            case "items":
                return new PyDictView(d, name);
            case "get": {
                Value v = d.get(a.required(0, "key"));
                return v != null ? v : a.get(1, "default") == null ? PyNone.NONE : a.get(1, "default");
            }
            case "pop": {
                Value key = a.required(0, "key");
                Value v = d.remove(key);
                if (v != null) {
                    return v;
                }
                if (a.size() > 1) {
                    return a.positional().get(1);
                }
                throw ProgramError.keyError(key);
            }
            case "popitem": {
                if (d.size() == 0) {
                    throw ProgramError.keyError(new PyStr("popitem(): dictionary is empty"));
                }
                Map.Entry<HashKey, Value> last = null;
                for (Map.Entry<HashKey, Value> e : d.entries()) {
                    last = e;
                }
                d.remove(last.getKey().value());
                return new PyTuple(List.of(last.getKey().value(), last.getValue()));
            }
            case "setdefault": {
                Value key = a.required(0, "key");
                Value v = d.get(key);
                if (v == null) {
                    v = a.size() > 1 ? a.positional().get(1) : PyNone.NONE;
                    d.put(key, v);
                }
                return v;
            }
            case "update":
                if (a.size() > 0) {
                    update(machine, d, a.positional().get(0), at);
                }
                a.keywords().forEach((k, v) -> d.put(new PyStr(k), v));
                return PyNone.NONE;
            case "copy":
                machine.budget.entries(d.size());
                return copy(d);
            default:
                d.clear();
                return PyNone.NONE;
        }
    }

    /**
     * @param d a dict
     * @return a shallow copy, an OrderedDict of an OrderedDict
     */
    static PyDict copy(PyDict d) {
        PyDict c = d.emptyLike();
        d.entries().forEach(e -> c.put(e.getKey().value(), e.getValue()));
        return c;
    }

    /**
     * {@code d.update(other)}: another dict, or an iterable of key–value pairs.
     *
     * @param machine the interpreter
     * @param d the dict
     * @param other what to add
     * @param at where
     */
    static void update(Interpreter machine, PyDict d, Value other, Span at) {
        if (other instanceof PyDict o) {
            machine.budget.entries(o.size());
            for (Map.Entry<HashKey, Value> e : new ArrayList<>(toList(o))) {
                d.put(e.getKey().value(), e.getValue());
            }
            return;
        }
        int k = 0;
        for (Value pair : Iteration.list(other, machine, at)) {
            List<Value> kv;
            try {
                kv = Iteration.list(pair, machine, at);
            } catch (ProgramError e) {
                throw ProgramError.of("TypeError", "cannot convert dictionary update sequence element #" + k
                        + " to a sequence");
            }
            if (kv.size() != 2) {
                throw ProgramError.of("ValueError", "dictionary update sequence element #" + k + " has length "
                        + kv.size() + "; 2 is required");
            }
            machine.budget.entries(1);
            d.put(kv.get(0), kv.get(1));
            machine.recorder.checkSize(d.size());
            k++;
        }
    }

    private static List<Map.Entry<HashKey, Value>> toList(PyDict d) {
        List<Map.Entry<HashKey, Value>> entries = new ArrayList<>();
        d.entries().forEach(entries::add);
        return entries;
    }

    /**
     * A mapping's string keys, for {@code **mapping} in a call.
     *
     * @param v a dict
     * @return its entries by name
     * @throws ProgramError {@code TypeError} for a non-dict or a key that is not a string
     */
    static Map<String, Value> stringKeys(Value v) {
        if (!(v instanceof PyDict d)) {
            throw ProgramError.of("TypeError", "argument after ** must be a mapping, not "
                    + BuiltinTypes.typeOf(v).name());
        }
        Map<String, Value> out = new LinkedHashMap<>();
        for (Map.Entry<HashKey, Value> e : d.entries()) {
            if (!(e.getKey().value() instanceof PyStr s)) {
                throw ProgramError.of("TypeError", "keywords must be strings");
            }
            out.put(s.value(), e.getValue());
        }
        return out;
    }

    private static Value set(Interpreter machine, PySet s, String name, Arguments a, Span at) {
        switch (name) {
            case "add":
                if (s.add(a.required(0, "element"))) {
                    machine.recorder.checkSize(s.size());
                    machine.budget.entries(1);
                }
                return PyNone.NONE;
            case "remove": {
                Value x = a.required(0, "element");
                if (!s.remove(x)) {
                    throw ProgramError.keyError(x);
                }
                return PyNone.NONE;
            }
            case "discard":
                s.remove(a.required(0, "element"));
                return PyNone.NONE;
            case "pop":
                if (s.size() == 0) {
                    throw ProgramError.keyError(new PyStr("pop from an empty set"));
                }
                return s.pop();
            case "clear":
                s.clear();
                return PyNone.NONE;
            case "copy":
                return Sets.of(s.frozen(), s, machine, at);
            case "issubset":
                return PyBool.of(Sets.subset(s, asSet(a.required(0, "other"), machine, at)));
            case "issuperset":
                return PyBool.of(Sets.subset(asSet(a.required(0, "other"), machine, at), s));
            case "isdisjoint":
                return PyBool.of(Sets.combine(machine, "&", s, asSet(a.required(0, "other"), machine, at)).size() == 0);
            default:
                return setAlgebra(machine, s, name, a, at);
        }
    }

    private static PySet asSet(Value v, Interpreter machine, Span at) {
        return v instanceof PySet s ? s : Sets.of(false, v, machine, at);
    }

    /** Union, intersection, differences and their in-place forms, as CPython's set methods compute them. */
    private static Value setAlgebra(Interpreter machine, PySet s, String name, Arguments a, Span at) {
        List<Value> others = a.positional();
        switch (name) {
            case "union": {
                PySet result = Sets.of(s.frozen(), s, machine, at);
                others.forEach(o -> Sets.update(result, o, machine, at));
                return result;
            }
            case "update":
                others.forEach(o -> Sets.update(s, o, machine, at));
                return PyNone.NONE;
            case "intersection":
            case "intersection_update": {
                PySet result = others.isEmpty() ? Sets.of(s.frozen(), s, machine, at) : s;
                for (Value o : others) {
                    result = o instanceof PySet set ? Sets.combine(machine, "&", result, set)
                            : intersectIterable(machine, result, o, at);
                }
                if (name.equals("intersection")) {
                    return result;
                }
                s.table().replaceWith(result.table());
                return PyNone.NONE;
            }
            case "difference":
            case "difference_update": {
                PySet result = s;
                List<Value> rest = others;
                if (name.equals("difference")) {
                    result = !others.isEmpty() && others.get(0) instanceof PySet o ? Sets.combine(machine, "-", s, o)
                            : Sets.of(s.frozen(), s, machine, at);
                    rest = !others.isEmpty() && others.get(0) instanceof PySet ? others.subList(1, others.size())
                            : others;
                }
                for (Value o : rest) {
                    Iterator<Value> it = Iteration.of(o, machine, at);
                    while (it.hasNext()) {
                        result.remove(it.next());
                    }
                }
                return name.equals("difference") ? result : PyNone.NONE;
            }
            case "symmetric_difference":
                return Sets.combine(machine, "^", s, asSet(a.required(0, "other"), machine, at));
            default:
                Sets.toggle(s, asSet(a.required(0, "other"), machine, at));
                return PyNone.NONE;
        }
    }

    private static PySet intersectIterable(Interpreter machine, PySet s, Value other, Span at) {
        PySet result = new PySet(s.frozen());
        Iterator<Value> it = Iteration.of(other, machine, at);
        while (it.hasNext()) {
            Value v = it.next();
            if (s.contains(v)) {
                result.add(v);
            }
        }
        return result;
    }
}
