package bpdiff.program.run;

import bpdiff.program.syntax.Span;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The functions of the modules other than numpy ({@code math}, {@code random}, {@code copy}, {@code time},
 * {@code functools}) and
 * the methods of built-in types called through the type ({@code str.upper(s)}, {@code dict.fromkeys(keys)}).
 */
final class Library {

    private final Interpreter machine;
    private final MathModule math;
    private final Methods methods;

    /**
     * @param machine the interpreter
     */
    Library(Interpreter machine) {
        this.machine = machine;
        this.math = new MathModule(machine);
        this.methods = new Methods(machine);
    }

    /**
     * @param module the module or type
     * @param f the function
     * @param a its arguments
     * @param at where
     * @return its result
     */
    Value call(String module, String f, Arguments a, Span at) {
        switch (module) {
            case "math":
                return math.call(f, a, at);
            case "random":
                return RandomModule.call(machine, f, a, at);
            case "copy":
                return f.equals("copy") ? shallow(a.required(0, "x")) : deep(a.required(0, "x"), new IdentityHashMap<>());
            case "time":
                return time(f);
            case "sys":
                return SystemModule.call(machine, module + "." + f, a);
            case "functools":
                return Functools.call(machine, f, a, at);
            case "contextlib":
                return ContextManagers.call(machine, f, a);
            case "json":
                return JsonModule.call(machine, f, a, at);
            case "operator":
                return OperatorModule.call(machine, f, a, at);
            case "itertools":
                return Itertools.call(machine, f, a, at);
            case "dataclasses":
                return Dataclasses.call(machine, f, a, at);
            case "collections":
                if (f.equals("defaultdict")) {
                    Value factory = a.size() > 0 ? a.positional().get(0) : PyNone.NONE;
                    if (factory != PyNone.NONE && !Reflection.callable(factory)) {
                        throw ProgramError.of("TypeError", "first argument must be callable or None");
                    }
                    PyDict d = new PyDict().withDefault(factory);
                    if (a.size() > 1) {
                        Containers.update(machine, d, a.positional().get(1), at);
                    }
                    a.keywords().forEach((k, v) -> d.put(new PyStr(k), v));
                    return d;
                }
                if (f.equals("Counter")) {
                    return Counters.make(machine, a, at);
                }
                if (f.equals("OrderedDict")) {
                    PyDict d = new PyDict().asOrdered();
                    if (a.size() > 0) {
                        Containers.update(machine, d, a.positional().get(0), at);
                    }
                    a.keywords().forEach((k, v) -> d.put(new PyStr(k), v));
                    return d;
                }
                return NamedTuples.make(machine, a, at);
            case "matplotlib":
                return subplots(a);
            case "abc":
                return a.required(0, "funcobj"); // @abstractmethod
            case "tqdm", "tqdm.auto", "tqdm.notebook":
                return progress(f, a);
            default:
                break;
        }
        if (module.equals("dict") && f.equals("fromkeys")) {
            PyDict d = new PyDict();
            Value fill = a.get(1, "value") == null ? PyNone.NONE : a.get(1, "value");
            List<Value> keys = Iteration.list(a.required(0, "iterable"), machine, at);
            machine.budget.entries(keys.size());
            for (Value k : keys) {
                d.put(k, fill);
            }
            return d;
        }
        if (a.size() == 0) {
            throw ProgramError.of("TypeError", "unbound method " + module + "." + f + "() needs an argument");
        }
        Value self = a.positional().get(0);
        PyClass type = BuiltinTypes.named(module);
        if (type == null || !Reflection.isInstance(self, type, "isinstance")) {
            throw ProgramError.of("TypeError", "descriptor '" + f + "' for '" + module + "' objects doesn't apply to a '"
                    + BuiltinTypes.typeOf(self).name() + "' object");
        }
        return methods.call(self, f, new Arguments(f, a.positional().subList(1, a.size()), a.keywords()), at);
    }

    /**
     * {@code tqdm(iterable, …)} is the iterable and {@code trange(…)} is {@code range(…)}: the bar itself is drawn
     * on standard error, which is not the program's output; a bar without an iterable, updated by hand, is refused.
     */
    private static Value progress(String f, Arguments a) {
        if (f.equals("trange")) {
            return Reflection.range(new Arguments("trange", a.positional(), java.util.Map.of()));
        }
        Value iterable = a.get(0, "iterable");
        if (iterable == null || iterable == PyNone.NONE) {
            throw new ProgramError("tqdm without an iterable (a bar updated by hand) is not supported: write "
                    + "for x in tqdm(iterable)");
        }
        return iterable;
    }

    /** {@code plt.subplots(rows, columns)}: an ignored figure and an ignored axis or grid of axes. */
    private static Value subplots(Arguments a) {
        Value r = a.get(0, "nrows");
        Value c = a.get(1, "ncols");
        int rows = r == null ? 1 : Numbers.toInt(r);
        int columns = c == null ? 1 : Numbers.toInt(c);
        Value axes = rows == 1 && columns == 1 ? PyIgnored.IGNORED
                : new PyIgnoredGrid(rows, columns, rows > 1 && columns > 1);
        return new PyTuple(List.of(PyIgnored.IGNORED, axes));
    }

    private static Value time(String f) {
        return switch (f) {
            case "time" -> PyFloat.of(System.currentTimeMillis() / 1000.0);
            case "time_ns" -> new PyInt(System.currentTimeMillis() * 1_000_000L);
            case "perf_counter_ns" -> new PyInt(System.nanoTime());
            case "process_time" -> PyFloat.of(cpuTime() / 1e9);
            default -> PyFloat.of(System.nanoTime() / 1e9);
        };
    }

    private static long cpuTime() {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        return threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : System.nanoTime();
    }

    /** {@code copy.copy}: a new container with the same items; a new object with the same attributes. */
    private Value shallow(Value v) {
        if (v instanceof PyList l) {
            machine.budget.elements(l.items().size());
            return PyList.of(l.items());
        }
        if (v instanceof PyDict d) {
            machine.budget.entries(d.size());
            return Containers.copy(d);
        }
        if (v instanceof PySet s && !s.frozen()) {
            return Sets.of(false, s, machine, null);
        }
        if (v instanceof PyTensor t) {
            return t.frozen();
        }
        if (v instanceof PyArray a) {
            return new PyArray(a.value(), a.node());
        }
        if (v instanceof PyInstance o) {
            PyInstance c = new PyInstance(o.cls());
            c.attributes().putAll(o.attributes());
            c.args(o.args());
            return c;
        }
        return v;
    }

    /**
     * {@code copy.deepcopy}: containers and objects copied all the way down, each only once (shared and
     * cyclic references stay shared); numbers, strings, functions and classes are themselves. An array's
     * copy keeps its tape node, as a float's does.
     */
    private Value deep(Value v, Map<Value, Value> memo) {
        Value done = memo.get(v);
        if (done != null) {
            return done;
        }
        machine.budget.elements(v instanceof PyList l ? l.items().size() : v instanceof PyTuple t ? t.items().size()
                : 0);
        machine.budget.entries(v instanceof PyDict d ? d.size() : v instanceof PySet s ? s.size() : 0);
        if (v instanceof PyList l) {
            PyList c = new PyList(new ArrayList<>());
            memo.put(v, c);
            for (Value item : l.items()) {
                c.items().add(deep(item, memo));
            }
            return c;
        }
        if (v instanceof PyTuple t) {
            List<Value> items = new ArrayList<>();
            for (Value item : t.items()) {
                items.add(deep(item, memo));
            }
            PyTuple c = new PyTuple(items, t.type());
            memo.put(v, c);
            return c;
        }
        if (v instanceof PyDict d) {
            PyDict c = d.emptyLike();
            memo.put(v, c);
            for (Map.Entry<HashKey, Value> e : d.entries()) {
                c.put(deep(e.getKey().value(), memo), deep(e.getValue(), memo));
            }
            return c;
        }
        if (v instanceof PySet s) {
            PySet c = new PySet(s.frozen());
            memo.put(v, c);
            s.iterator().forEachRemaining(x -> c.add(deep(x, memo)));
            return c;
        }
        if (v instanceof PyArray a) {
            PyArray c = a instanceof PyTensor t ? t.frozen() : new PyArray(a.value(), a.node());
            memo.put(v, c);
            return c;
        }
        if (v instanceof PyInstance o) {
            PyInstance c = new PyInstance(o.cls());
            memo.put(v, c);
            for (Map.Entry<String, Value> e : o.attributes().entrySet()) {
                c.attributes().put(e.getKey(), deep(e.getValue(), memo));
            }
            c.args((PyTuple) deep(o.args(), memo));
            return c;
        }
        return v;
    }
}
