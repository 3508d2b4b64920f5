package bpdiff.program.run;

import bpdiff.program.syntax.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code functools}: {@code reduce}, {@code partial}, {@code wraps} / {@code update_wrapper}, {@code lru_cache} and
 * {@code cache}, with CPython 3.11's results and errors.
 */
final class Functools {

    /** What {@code update_wrapper} copies from the wrapped function ({@code WRAPPER_ASSIGNMENTS}). */
    private static final List<String> ASSIGNED = List.of("__module__", "__name__", "__qualname__", "__doc__");

    private Functools() {}

    /**
     * @param machine the interpreter
     * @param f the function's name in {@code functools}
     * @param a its arguments
     * @param at where
     * @return its result
     */
    static Value call(Interpreter machine, String f, Arguments a, Span at) {
        return switch (f) {
            case "reduce" -> reduce(machine, a, at);
            case "partial" -> partial(a);
            case "wraps" -> new Partial(new PyBuiltin("functools.update_wrapper"), List.of(),
                    Map.of("wrapped", a.required(0, "wrapped")));
            case "update_wrapper" -> updateWrapper(machine, a.required(0, "wrapper"), a.required(1, "wrapped"), at);
            case "_lru_cache_wrapper" -> cacheWrapper(a);
            case "_cache_clear" -> clear(a.required(0, "self"));
            case "cache" -> new Cached(a.required(0, "user_function"), new LinkedHashMap<>(), -1);
            default -> lruCache(a);
        };
    }

    /**
     * {@code functools.reduce(function, iterable[, initial])}: \( f(\dots f(f(x_0, x_1), x_2) \dots, x_n) \), from
     * {@code initial} when given; CPython's errors for too few arguments and an empty iterable without one.
     */
    private static Value reduce(Interpreter machine, Arguments a, Span at) {
        if (!a.keywords().isEmpty()) {
            throw ProgramError.of("TypeError", "reduce() takes no keyword arguments");
        }
        if (a.size() < 2 || a.size() > 3) {
            throw ProgramError.of("TypeError", "reduce expected " + (a.size() < 2 ? "at least 2" : "at most 3")
                    + " arguments, got " + a.size());
        }
        Value f = a.positional().get(0);
        if (!Iteration.isIterable(a.positional().get(1))) {
            throw ProgramError.of("TypeError", "reduce() arg 2 must support iteration");
        }
        java.util.Iterator<Value> items = Iteration.of(a.positional().get(1), machine, at);
        Value result = a.size() == 3 ? a.positional().get(2) : null;
        if (result == null) {
            if (!items.hasNext()) {
                throw ProgramError.of("TypeError", "reduce() of empty iterable with no initial value");
            }
            result = items.next();
        }
        while (items.hasNext()) {
            result = machine.calls.call(f, List.of(result, items.next()), Map.of(), at);
        }
        return result;
    }

    /** {@code partial(func, *args, **keywords)}: a partial of a partial flattens, as CPython's does. */
    private static Value partial(Arguments a) {
        if (a.size() < 1) {
            throw ProgramError.of("TypeError", "type 'partial' takes at least one argument");
        }
        Value func = a.positional().get(0);
        if (!Reflection.callable(func)) {
            throw ProgramError.of("TypeError", "the first argument must be callable");
        }
        List<Value> args = new ArrayList<>();
        Map<String, Value> keywords = new LinkedHashMap<>();
        if (func instanceof Partial inner) {
            args.addAll(inner.args());
            keywords.putAll(inner.keywords());
            func = inner.func();
        }
        args.addAll(a.positional().subList(1, a.size()));
        keywords.putAll(a.keywords());
        return new Partial(func, List.copyOf(args), keywords);
    }

    /**
     * {@code update_wrapper(wrapper, wrapped)}: the wrapper takes the wrapped function's {@code __module__},
     * {@code __name__}, {@code __qualname__} and {@code __doc__}, and {@code __wrapped__} is the wrapped function.
     */
    private static Value updateWrapper(Interpreter machine, Value wrapper, Value wrapped, Span at) {
        for (String name : ASSIGNED) {
            Value v;
            try {
                v = Attributes.get(machine, wrapped, name, at);
            } catch (ProgramError e) {
                if (e.limit()) {
                    throw e;
                }
                continue;
            }
            Attributes.set(machine, wrapper, name, v);
        }
        Attributes.set(machine, wrapper, "__wrapped__", wrapped);
        return wrapper;
    }

    /** {@code lru_cache(maxsize=128, typed=False)} as a decorator factory, or {@code @lru_cache} on a function. */
    private static Value lruCache(Arguments a) {
        Value first = a.get(0, "maxsize");
        if (first != null && first != PyNone.NONE && !Numbers.isInteger(first)) {
            if (!Reflection.callable(first)) {
                throw ProgramError.of("TypeError", "Expected first argument to be an integer, a callable, or None");
            }
            return new Cached(first, new LinkedHashMap<>(16, 0.75f, true), 128);
        }
        long size = first == null ? 128 : first == PyNone.NONE ? -1 : Math.max(0, Numbers.toLong(first));
        return new Partial(new PyBuiltin("functools._lru_cache_wrapper"), List.of(), Map.of("maxsize",
                size < 0 ? PyNone.NONE : new PyInt(size)));
    }

    /**
     * {@code _lru_cache_wrapper(user_function, maxsize)}: what {@code @lru_cache(maxsize=…)} makes of a function.
     *
     * @param a the function and the size
     * @return the cached function
     */
    private static Value cacheWrapper(Arguments a) {
        Value f = a.required(0, "user_function");
        Value size = a.keywords().get("maxsize");
        int max = size == null || size == PyNone.NONE ? -1 : (int) Math.min(Integer.MAX_VALUE, Numbers.toLong(size));
        return new Cached(f, new LinkedHashMap<>(16, 0.75f, true), max);
    }

    /**
     * A call of a partial or a cached function.
     *
     * @param machine the interpreter
     * @param function the partial or cached function
     * @param args positional arguments
     * @param kwargs keyword arguments
     * @param at where
     * @return the result
     */
    static Value call(Interpreter machine, Value function, List<Value> args, Map<String, Value> kwargs, Span at) {
        if (function instanceof Partial p) {
            List<Value> all = new ArrayList<>(p.args());
            all.addAll(args);
            Map<String, Value> keywords = new LinkedHashMap<>(p.keywords());
            keywords.putAll(kwargs);
            return machine.calls.call(p.func(), all, keywords, at);
        }
        Cached c = (Cached) function;
        List<Value> key = new ArrayList<>(args);
        if (!kwargs.isEmpty()) {
            key.add(PyConstant.NOT_IMPLEMENTED); // CPython's kwd_mark between the positional and keyword arguments
            kwargs.forEach((k, v) -> {
                key.add(new PyStr(k));
                key.add(v);
            });
        }
        HashKey hash = HashKey.of(new PyTuple(key));
        Value hit = c.results().get(hash);
        if (hit != null) {
            return hit;
        }
        Value result = machine.calls.call(c.func(), args, kwargs, at);
        if (c.maxsize() != 0) {
            c.results().put(hash, result);
            if (c.maxsize() > 0 && c.results().size() > c.maxsize()) {
                c.results().remove(c.results().keySet().iterator().next());
            }
        }
        return result;
    }

    /**
     * @param v a value
     * @return whether it is a partial or a cached function
     */
    static boolean owns(Value v) {
        return v instanceof Partial || v instanceof Cached;
    }

    /**
     * An attribute of a partial ({@code func}, {@code args}, {@code keywords}) or a cached function
     * ({@code __wrapped__}, {@code cache_clear}, and the wrapped function's name and doc).
     *
     * @param machine the interpreter
     * @param v the partial or cached function
     * @param name the attribute
     * @param at where
     * @return its value
     */
    static Value attribute(Interpreter machine, Value v, String name, Span at) {
        if (v instanceof Partial p) {
            switch (name) {
                case "func":
                    return p.func();
                case "args":
                    return new PyTuple(p.args());
                case "keywords": {
                    PyDict d = new PyDict();
                    p.keywords().forEach((k, x) -> d.put(new PyStr(k), x));
                    return d;
                }
                default:
                    throw ProgramError.of("AttributeError", "'functools.partial' object has no attribute '" + name + "'");
            }
        }
        Cached c = (Cached) v;
        if (name.equals("__wrapped__")) {
            return c.func();
        }
        if (name.equals("cache_clear")) {
            return new Partial(new PyBuiltin("functools._cache_clear"), List.of(c), Map.of());
        }
        return Attributes.get(machine, c.func(), name, at);
    }

    /** {@code cached.cache_clear()}: the cache emptied; {@code None}. */
    private static Value clear(Value c) {
        ((Cached) c).results().clear();
        return PyNone.NONE;
    }

    /**
     * @param machine the interpreter
     * @param v a partial or a cached function
     * @return CPython's repr: {@code functools.partial(<function power at 0x…>, exp=2)}, or the wrapped function's
     *     {@code <functools._lru_cache_wrapper object at 0x…>}
     */
    static String repr(Interpreter machine, Value v) {
        if (v instanceof Partial p) {
            List<String> parts = new ArrayList<>();
            parts.add(Formatting.repr(machine, p.func()));
            p.args().forEach(x -> parts.add(Formatting.repr(machine, x)));
            p.keywords().forEach((k, x) -> parts.add(k + "=" + Formatting.repr(machine, x)));
            return "functools.partial(" + String.join(", ", parts) + ")";
        }
        return null;
    }

    /**
     * {@code functools.partial(func, *args, **keywords)}.
     *
     * @param func the function
     * @param args the first positional arguments
     * @param keywords the keyword arguments (those of the call win)
     */
    record Partial(Value func, List<Value> args, Map<String, Value> keywords) implements Value {
        @Override
        public String typeName() {
            return "functools.partial";
        }
    }

    /**
     * A function with a cache of its results by arguments ({@code @lru_cache}, {@code @cache}).
     *
     * @param func the function
     * @param results its results, least recently used first
     * @param maxsize the most it keeps, or −1 for no bound
     */
    record Cached(Value func, LinkedHashMap<HashKey, Value> results, int maxsize) implements Value {
        @Override
        public String typeName() {
            return "functools._lru_cache_wrapper";
        }
    }
}
