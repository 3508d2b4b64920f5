package bpdiff.program.run;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Python's built-in classes as values: the types ({@code int}, {@code list}, {@code dict}, …), so that
 * {@code type(x)}, {@code isinstance} and {@code issubclass} work, and the exception hierarchy of
 * CPython 3.11, so that {@code except ArithmeticError} catches a {@code ZeroDivisionError} and a program's
 * own exceptions can derive from any of them.
 */
final class BuiltinTypes {

    private static final Map<String, PyClass> BY_NAME = new LinkedHashMap<>();

    static final PyClass OBJECT = define("object", null);
    static final PyClass TYPE = define("type", OBJECT);
    static final PyClass INT = define("int", OBJECT);
    static final PyClass BOOL = define("bool", INT);
    static final PyClass FLOAT = define("float", OBJECT);
    static final PyClass STR = define("str", OBJECT);
    static final PyClass LIST = define("list", OBJECT);
    static final PyClass TUPLE = define("tuple", OBJECT);
    static final PyClass DICT = define("dict", OBJECT);
    /** {@code collections.OrderedDict}: a dict, shown as {@code OrderedDict([(k, v), …])}. */
    static final PyClass ORDERED_DICT = new PyClass("OrderedDict", "collections", List.of(DICT),
            new java.util.LinkedHashMap<>(), true);
    /** {@code collections.defaultdict}: a dict that makes a missing key's value, shown with its factory. */
    static final PyClass COUNTER = new PyClass("Counter", "collections", List.of(DICT), new java.util.LinkedHashMap<>(),
            true);
    static final PyClass DEFAULT_DICT = new PyClass("defaultdict", "collections", List.of(DICT),
            new java.util.LinkedHashMap<>(), true);
    /** {@code abc.ABC}: a base class with nothing of its own (abstract methods are not enforced). */
    static final PyClass ABC = new PyClass("ABC", "abc", List.of(OBJECT), new java.util.LinkedHashMap<>(), false);
    static final PyClass SET = define("set", OBJECT);
    static final PyClass FROZENSET = define("frozenset", OBJECT);
    static final PyClass RANGE = define("range", OBJECT);
    static final PyClass SLICE = hidden("slice", OBJECT);
    static final PyClass NONE_TYPE = hidden("NoneType", OBJECT);
    static final PyClass FUNCTION = hidden("function", OBJECT);
    static final PyClass BUILTIN_FUNCTION = hidden("builtin_function_or_method", OBJECT);
    static final PyClass METHOD = hidden("method", OBJECT);
    static final PyClass MODULE = hidden("module", OBJECT);
    static final PyClass SUPER = define("super", OBJECT);
    static final PyClass STATICMETHOD = define("staticmethod", OBJECT);
    static final PyClass CLASSMETHOD = define("classmethod", OBJECT);
    static final PyClass PROPERTY = define("property", OBJECT);
    static final PyClass NDARRAY = new PyClass("ndarray", "numpy", List.of(OBJECT), Map.of(), true);
    /** A numpy float scalar's type, a subclass of {@code float} as in numpy. */
    static final PyClass FLOAT64 = new PyClass("float64", "numpy", List.of(FLOAT), Map.of(), true);
    /** numpy's {@code bool_} scalar type (not a subclass of Python's bool). */
    static final PyClass BOOL_ = new PyClass("bool_", "numpy", List.of(OBJECT), Map.of(), true);
    /** numpy's {@code float32} scalar type (not a subclass of Python's float). */
    static final PyClass FLOAT32 = new PyClass("float32", "numpy", List.of(OBJECT), Map.of(), true);

    static final PyClass BASE_EXCEPTION = define("BaseException", OBJECT);

    static {
        PyClass exception = define("Exception", BASE_EXCEPTION);
        define("SystemExit", BASE_EXCEPTION);
        define("KeyboardInterrupt", BASE_EXCEPTION);
        define("GeneratorExit", BASE_EXCEPTION);
        PyClass arithmetic = define("ArithmeticError", exception);
        define("FloatingPointError", arithmetic);
        define("OverflowError", arithmetic);
        define("ZeroDivisionError", arithmetic);
        define("AssertionError", exception);
        PyClass attribute = define("AttributeError", exception);
        BY_NAME.put("FrozenInstanceError", new PyClass("FrozenInstanceError", "dataclasses", List.of(attribute),
                Map.of(), true));
        define("BufferError", exception);
        define("EOFError", exception);
        define("ModuleNotFoundError", define("ImportError", exception));
        PyClass lookup = define("LookupError", exception);
        define("IndexError", lookup);
        define("KeyError", lookup);
        define("MemoryError", exception);
        define("UnboundLocalError", define("NameError", exception));
        PyClass os = define("OSError", exception);
        define("FileNotFoundError", os);
        define("FileExistsError", os);
        define("PermissionError", os);
        define("ReferenceError", exception);
        PyClass runtime = define("RuntimeError", exception);
        define("NotImplementedError", runtime);
        define("RecursionError", runtime);
        define("StopIteration", exception);
        define("TabError", define("IndentationError", define("SyntaxError", exception)));
        define("SystemError", exception);
        define("TypeError", exception);
        PyClass value = define("ValueError", exception);
        define("UnicodeError", value);
        BY_NAME.put("JSONDecodeError", new PyClass("JSONDecodeError", "json", List.of(value), Map.of(), true));
        PyClass warning = define("Warning", exception);
        for (String w : List.of("UserWarning", "DeprecationWarning", "RuntimeWarning", "FutureWarning")) {
            define(w, warning);
        }
    }

    private BuiltinTypes() {}

    private static PyClass define(String name, PyClass base) {
        PyClass c = hidden(name, base);
        BY_NAME.put(name, c);
        return c;
    }

    private static PyClass hidden(String name, PyClass base) {
        return new PyClass(name, "builtins", base == null ? List.of() : List.of(base), Map.of(), true);
    }

    /**
     * @param name a built-in name
     * @return the built-in class of that name, or {@code null}
     */
    static PyClass named(String name) {
        return BY_NAME.get(name);
    }

    /**
     * @param name an exception class's name, e.g. {@code ValueError}
     * @return the class
     * @throws IllegalArgumentException if there is no such built-in exception
     */
    static PyClass exception(String name) {
        PyClass c = BY_NAME.get(name);
        if (c == null || !c.isSubclassOf(BASE_EXCEPTION)) {
            throw new IllegalArgumentException("no built-in exception " + name);
        }
        return c;
    }

    /**
     * @param v a value
     * @return its class, as {@code type(v)} gives it
     */
    static PyClass typeOf(Value v) {
        if (v instanceof PyInstance i) {
            return i.cls();
        }
        if (v instanceof PyInt || v instanceof PyBigInt) {
            return INT;
        }
        if (v instanceof PyBool b) {
            return b.numpy() ? BOOL_ : BOOL;
        }
        if (v instanceof PyFloat f) {
            return f.single() ? FLOAT32 : f.numpy() ? FLOAT64 : FLOAT;
        }
        if (v instanceof PyStr) {
            return STR;
        }
        if (v instanceof PyList) {
            return LIST;
        }
        if (v instanceof PyTuple t) {
            return t.type() != null ? t.type() : TUPLE;
        }
        if (v instanceof PyDict d) {
            return d.counter() ? COUNTER : d.ordered() ? ORDERED_DICT : d.defaultFactory() != null ? DEFAULT_DICT : DICT;
        }
        if (v instanceof PySet s) {
            return s.frozen() ? FROZENSET : SET;
        }
        if (v instanceof PyTensor t) {
            return t.isParameter() ? TorchTypes.PARAMETER : TorchTypes.TENSOR;
        }
        if (v instanceof PyArray || v instanceof PyIgnoredGrid) {
            return NDARRAY;
        }
        if (v == PyNone.NONE) {
            return NONE_TYPE;
        }
        if (v instanceof PyClass) {
            return TYPE;
        }
        if (v instanceof PyFunction) {
            return FUNCTION;
        }
        if (v instanceof PyBuiltin) {
            return BUILTIN_FUNCTION;
        }
        if (v instanceof PyBoundMethod) {
            return METHOD;
        }
        if (v instanceof PyModule) {
            return MODULE;
        }
        if (v instanceof PyRange) {
            return RANGE;
        }
        if (v instanceof PySuper) {
            return SUPER;
        }
        if (v instanceof PyDescriptor d) {
            return switch (d.kind()) {
                case STATIC -> STATICMETHOD;
                case CLASS -> CLASSMETHOD;
                case PROPERTY -> PROPERTY;
            };
        }
        return OTHERS.computeIfAbsent(v.typeName(), n -> new PyClass(n, "builtins", List.of(OBJECT), Map.of(), true));
    }

    private static final Map<String, PyClass> OTHERS = new java.util.concurrent.ConcurrentHashMap<>();
}
