package bpdiff.program.run;

import bpdiff.program.syntax.Span;
import bpdiff.program.syntax.Stmt;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code dataclasses.dataclass} and {@code dataclasses.field}: a class whose annotated names ({@code W1: np.ndarray},
 * {@code lr: float = 0.1}, in the order written) become the parameters of a generated {@code __init__} that stores
 * each as an attribute, and of a {@code repr} {@code Params(W1=array(...), lr=0.1)}. A default is the value written
 * after the annotation, or {@code field(default=…)} / {@code field(default_factory=…)}; {@code __post_init__} runs
 * after it. As CPython's: {@code eq} (the default) compares two objects of the same class as the tuples of their
 * fields, and makes the objects unhashable; {@code order=True} orders them as those tuples; {@code frozen=True}
 * refuses an assignment to a field ({@code FrozenInstanceError}) and hashes the tuple; {@code repr=False},
 * {@code field(repr=False, compare=False, init=False)}. {@code asdict} and {@code astuple} copy the fields
 * recursively. A method the class defines itself is kept.
 */
final class Dataclasses {

    private Dataclasses() {}

    /**
     * @param machine the interpreter
     * @param f {@code dataclass} or {@code field}
     * @param a the arguments
     * @param at where
     * @return the decorated class, the decorator itself ({@code @dataclass()}), or a field
     */
    static Value call(Interpreter machine, String f, Arguments a, Span at) {
        if (f.equals("field")) {
            if (!a.positional().isEmpty()) {
                throw ProgramError.of("TypeError", "field() takes 0 positional arguments but " + a.positional().size()
                        + " were given");
            }
            for (String k : a.keywords().keySet()) {
                if (!List.of("default", "default_factory", "repr", "compare", "init", "hash").contains(k)) {
                    throw new ProgramError("field(" + k + "=…) is not supported: use default=, default_factory=, "
                            + "repr=, compare= or init=");
                }
            }
            if (a.keywords().containsKey("default") && a.keywords().containsKey("default_factory")) {
                throw ProgramError.of("ValueError", "cannot specify both default and default_factory");
            }
            return new Field(a.keywords().get("default"), a.keywords().get("default_factory"),
                    flag(a.keywords().get("repr")), flag(a.keywords().get("compare")), flag(a.keywords().get("init")));
        }
        if (f.equals("asdict") || f.equals("astuple")) {
            Value o = a.required(0, "obj");
            if (!(o instanceof PyInstance i && i.cls().lookup(FIELDS) != null)) {
                throw ProgramError.of("TypeError", f + "() should be called on dataclass instances");
            }
            return copied(machine, o, f.equals("asdict"), new java.util.IdentityHashMap<>());
        }
        Map<String, Boolean> options = new java.util.LinkedHashMap<>(Map.of("init", true, "repr", true, "eq", true,
                "order", false, "frozen", false));
        a.keywords().forEach((k, v) -> {
            if (!options.containsKey(k) && !(k.equals("unsafe_hash") && !Truth.of(v))) {
                throw new ProgramError("@dataclass(" + k + "=…) is not supported: write @dataclass, with init, repr, "
                        + "eq, order or frozen");
            }
            options.put(k, Truth.of(v));
        });
        Value cls = a.positional().isEmpty() ? null : a.positional().get(0);
        if (cls == null || cls == PyNone.NONE) {
            return new Functools.Partial(new PyBuiltin("dataclasses.dataclass"), List.of(), new java.util.HashMap<>(
                    a.keywords()));
        }
        if (!(cls instanceof PyClass c) || c.builtin()) {
            throw ProgramError.of("TypeError", "dataclass() should be called on a class");
        }
        if (options.get("order") && !options.get("eq")) {
            throw ProgramError.of("ValueError", "eq must be true if order is true");
        }
        return decorate(c, options);
    }

    private static boolean flag(Value v) {
        return v == null || Truth.of(v);
    }

    private static final String FIELDS = "__dataclass_fields__";

    private static PyClass decorate(PyClass c, Map<String, Boolean> options) {
        for (PyClass base : c.mro().subList(1, c.mro().size())) {
            if (base.dict().containsKey(FIELDS)) {
                throw new ProgramError("a dataclass deriving from a dataclass is not supported: write all the fields "
                        + "in one class");
            }
        }
        List<String> names = new ArrayList<>();
        if (c.dict().get("__annotations__") instanceof PyDict annotations) {
            for (Map.Entry<HashKey, Value> e : annotations.entries()) {
                names.add(((PyStr) e.getKey().value()).value());
            }
        }
        List<Stmt.Parameter> parameters = new ArrayList<>();
        List<Value> defaults = new ArrayList<>();
        parameters.add(new Stmt.Parameter("self", null, null));
        defaults.add(null);
        boolean defaulted = false;
        List<FieldSpec> specs = new ArrayList<>();
        List<FieldSpec> notInit = new ArrayList<>();
        for (String name : names) {
            Value written = c.dict().get(name);
            Field spec = written instanceof Field f ? f : new Field(written, null, true, true, true);
            if (!spec.init()) {
                Value value = spec.defaultValue();
                if (value == null) {
                    c.dict().remove(name);
                } else {
                    c.dict().put(name, value);
                }
                specs.add(new FieldSpec(name, spec));
                notInit.add(new FieldSpec(name, spec));
                continue;
            }
            specs.add(new FieldSpec(name, spec));
            Value value = written instanceof Field f ? f.defaultValue() : written;
            boolean factory = written instanceof Field f && f.factory() != null;
            if (written instanceof Field) {
                if (value == null) {
                    c.dict().remove(name);
                } else {
                    c.dict().put(name, value);
                }
            }
            if (value instanceof PyList || value instanceof PyDict || value instanceof PySet) {
                throw ProgramError.of("ValueError", "mutable default " + Formatting.repr(BuiltinTypes.typeOf(value))
                        + " for field " + name + " is not allowed: use default_factory");
            }
            if (value == null && !factory && defaulted) {
                throw ProgramError.of("TypeError", "non-default argument '" + name + "' follows default argument");
            }
            defaulted |= value != null || factory;
            parameters.add(new Stmt.Parameter(name, null, null));
            defaults.add(value != null ? value : factory ? written : null);
        }
        boolean frozen = options.get("frozen");
        if (options.get("init") && !c.dict().containsKey("__init__")) {
            c.dict().put("__init__", new Init(c.name() + ".__init__", parameters, defaults, notInit, frozen));
        }
        if (options.get("eq")) {
            if (!c.dict().containsKey("__eq__")) {
                c.dict().put("__eq__", new Generated("__eq__"));
            }
            if (!c.dict().containsKey("__hash__")) {
                if (frozen) {
                    c.dict().put("__hash__", new Generated("__hash__"));
                } else {
                    c.dict().put("__hash__", PyNone.NONE);
                }
            }
        }
        if (options.get("order")) {
            for (String m : List.of("__lt__", "__le__", "__gt__", "__ge__")) {
                if (c.dict().containsKey(m)) {
                    throw ProgramError.of("TypeError", "Cannot overwrite attribute " + m + " in class " + c.name()
                            + ". Consider using functools.total_ordering");
                }
                c.dict().put(m, new Generated(m));
            }
        }
        c.dict().put(FIELDS, new Fields(List.copyOf(specs), options.get("repr") && !c.dict().containsKey("__repr__"),
                frozen));
        return c;
    }

    /**
     * @param c a class
     * @return whether it is a frozen dataclass, whose fields cannot be assigned
     */
    static boolean frozen(PyClass c) {
        return c.lookup(FIELDS) instanceof Fields f && f.frozen();
    }

    /**
     * A method {@code @dataclass} generates: {@code __eq__}, {@code __hash__} (frozen) or an ordering.
     *
     * @param machine the interpreter
     * @param g the method
     * @param args {@code self} and the other operand
     * @return its result, {@code NotImplemented} for an object of another class
     */
    static Value call(Interpreter machine, Generated g, List<Value> args, Span at) {
        PyInstance self = (PyInstance) args.get(0);
        if (g.name().equals("__hash__")) {
            return new PyInt(PythonHash.of(compared(self)));
        }
        Value other = args.get(1);
        if (!(other instanceof PyInstance o) || o.cls() != self.cls()) {
            return PyConstant.NOT_IMPLEMENTED;
        }
        String op = switch (g.name()) {
            case "__eq__" -> "==";
            case "__lt__" -> "<";
            case "__le__" -> "<=";
            case "__gt__" -> ">";
            default -> ">=";
        };
        return machine.operators.compare(op, compared(self), compared(o), at);
    }

    /** The tuple of an object's fields that {@code ==}, the ordering and the hash compare. */
    private static PyTuple compared(PyInstance o) {
        List<Value> values = new ArrayList<>();
        for (FieldSpec f : ((Fields) o.cls().lookup(FIELDS)).fields()) {
            if (f.spec().compare()) {
                values.add(field(o, f.name()));
            }
        }
        return new PyTuple(values);
    }

    private static Value field(PyInstance o, String name) {
        Value v = o.attributes().get(name);
        if (v == null) {
            v = o.cls().lookup(name);
        }
        if (v == null) {
            throw ProgramError.of("AttributeError", "'" + o.cls().name() + "' object has no attribute '" + name + "'");
        }
        return v;
    }

    /**
     * {@code asdict} / {@code astuple}: dataclass objects as dicts or tuples of their fields, lists, tuples and
     * dicts rebuilt, everything else deep-copied, all the way down.
     */
    private static Value copied(Interpreter machine, Value v, boolean dict, Map<Value, Value> memo) {
        if (v instanceof PyInstance o && o.cls().lookup(FIELDS) instanceof Fields fields) {
            if (dict) {
                PyDict d = new PyDict();
                for (FieldSpec f : fields.fields()) {
                    d.put(new PyStr(f.name()), copied(machine, field(o, f.name()), true, memo));
                }
                return d;
            }
            List<Value> items = new ArrayList<>();
            for (FieldSpec f : fields.fields()) {
                items.add(copied(machine, field(o, f.name()), false, memo));
            }
            return new PyTuple(items);
        }
        if (v instanceof PyList l) {
            List<Value> items = new ArrayList<>();
            l.items().forEach(x -> items.add(copied(machine, x, dict, memo)));
            return PyList.of(items);
        }
        if (v instanceof PyTuple t) {
            List<Value> items = new ArrayList<>();
            t.items().forEach(x -> items.add(copied(machine, x, dict, memo)));
            return new PyTuple(items, t.type());
        }
        if (v instanceof PyDict d) {
            PyDict c = d.emptyLike();
            for (Map.Entry<HashKey, Value> e : d.entries()) {
                c.put(copied(machine, e.getKey().value(), dict, memo), copied(machine, e.getValue(), dict, memo));
            }
            return c;
        }
        return machine.calls.call(new PyBuiltin("copy.deepcopy"), List.of(v), Map.of(), null);
    }

    /**
     * @param o an object
     * @return {@code Name(f=repr(f), …)} if its class is a dataclass, else {@code null}
     */
    static String repr(Interpreter machine, PyInstance o) {
        if (!(o.cls().lookup(FIELDS) instanceof Fields fields) || !fields.repr()) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (FieldSpec f : fields.fields()) {
            if (!f.spec().repr()) {
                continue;
            }
            String name = f.name();
            Value v = o.attributes().get(name);
            parts.add(name + "=" + (v == null ? "<missing>" : Formatting.repr(machine, v)));
        }
        return o.cls().name() + "(" + String.join(", ", parts) + ")";
    }

    /**
     * {@code field(default=…, default_factory=…)} as written in a class body, before {@code @dataclass} reads it.
     *
     * @param defaultValue the default, or {@code null}
     * @param factory what makes a default for each object, or {@code null}
     * @param repr whether the repr shows it
     * @param compare whether {@code ==}, the ordering and the hash compare it
     * @param init whether {@code __init__} takes it
     */
    record Field(Value defaultValue, Value factory, boolean repr, boolean compare, boolean init) implements Value {
        @Override
        public String typeName() {
            return "Field";
        }
    }

    /** A field by name, as the class's {@code __dataclass_fields__} keeps it. */
    private record FieldSpec(String name, Field spec) {}

    /**
     * What {@code @dataclass} made of a class: its fields in order, whether the repr is generated, whether it is
     * frozen.
     */
    private record Fields(List<FieldSpec> fields, boolean repr, boolean frozen) implements Value {
        @Override
        public String typeName() {
            return "dict";
        }
    }

    /**
     * A method {@code @dataclass} generated, bound to an object as the program's methods are.
     *
     * @param name {@code __eq__}, {@code __hash__}, {@code __lt__}, {@code __le__}, {@code __gt__} or {@code __ge__}
     */
    record Generated(String name) implements Value {
        @Override
        public String typeName() {
            return "function";
        }
    }

    /**
     * The generated {@code __init__(self, f1, f2=d2, …)}: the arguments bound as CPython binds them
     * ({@link ArgumentBinding}), then each field stored in order, a default factory called for a field not given.
     *
     * @param qualname its name in messages, {@code Params.__init__}
     * @param parameters {@code self} and the fields, in order
     * @param defaults each parameter's default, its {@link Field} when it has a default factory, or {@code null}
     * @param notInit the fields {@code field(init=False)} keeps out of the parameters, set from their defaults
     * @param frozen whether the fields are set past the class's refusal of assignments
     */
    record Init(String qualname, List<Stmt.Parameter> parameters, List<Value> defaults, List<FieldSpec> notInit,
            boolean frozen) implements Value {

        @Override
        public String typeName() {
            return "function";
        }

        /**
         * @param machine the interpreter
         * @param o the new object
         * @param args positional arguments
         * @param kwargs keyword arguments
         * @param at where
         */
        void run(Interpreter machine, PyInstance o, List<Value> args, Map<String, Value> kwargs, Span at) {
            List<Value> withSelf = new ArrayList<>(args.size() + 1);
            withSelf.add(o);
            withSelf.addAll(args);
            Value[] bound = ArgumentBinding.bind(qualname, parameters, defaults.toArray(Value[]::new), withSelf,
                    kwargs);
            for (int k = 1; k < bound.length; k++) {
                Value v = bound[k] == defaults.get(k) && bound[k] instanceof Field f
                        ? machine.calls.call(f.factory(), List.of(), Map.of(), at) : bound[k];
                store(machine, o, parameters.get(k).name(), v, at);
            }
            for (FieldSpec f : notInit) {
                if (f.spec().factory() != null) {
                    store(machine, o, f.name(), machine.calls.call(f.spec().factory(), List.of(), Map.of(), at), at);
                }
            }
            Value post = o.cls().lookup("__post_init__");
            if (post != null) {
                machine.calls.call(Attributes.bind(post, o, o.cls()), List.of(), Map.of(), at);
            }
        }

        private void store(Interpreter machine, PyInstance o, String name, Value v, Span at) {
            Value recorded = machine.recorder.assigned(v, "self." + name, at, machine.budget.depth());
            if (frozen) {
                o.attributes().put(name, recorded);
            } else {
                Attributes.set(machine, o, name, recorded);
            }
        }
    }
}
