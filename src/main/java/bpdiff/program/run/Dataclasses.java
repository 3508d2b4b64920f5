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
 * after the annotation, or {@code field(default=…)} / {@code field(default_factory=…)}. Options other than the
 * defaults ({@code frozen=True}, {@code order=True}, …) are refused; {@code ==} stays identity.
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
                if (!k.equals("default") && !k.equals("default_factory")) {
                    throw new ProgramError("field(" + k + "=…) is not supported: use default= or default_factory=");
                }
            }
            if (a.keywords().containsKey("default") && a.keywords().containsKey("default_factory")) {
                throw ProgramError.of("ValueError", "cannot specify both default and default_factory");
            }
            return new Field(a.keywords().get("default"), a.keywords().get("default_factory"));
        }
        a.keywords().forEach((k, v) -> {
            boolean on = Truth.of(v);
            boolean standard = switch (k) {
                case "init", "repr", "eq" -> on;
                case "order", "frozen", "unsafe_hash" -> !on;
                default -> false;
            };
            if (!standard) {
                throw new ProgramError("@dataclass(" + k + "=…) is not supported: write @dataclass");
            }
        });
        Value cls = a.positional().isEmpty() ? null : a.positional().get(0);
        if (cls == null || cls == PyNone.NONE) {
            return new PyBuiltin("dataclasses.dataclass");
        }
        if (!(cls instanceof PyClass c) || c.builtin()) {
            throw ProgramError.of("TypeError", "dataclass() should be called on a class");
        }
        return decorate(c);
    }

    private static PyClass decorate(PyClass c) {
        for (PyClass base : c.mro().subList(1, c.mro().size())) {
            if (base.dict().containsKey("__dataclass_fields__")) {
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
        for (String name : names) {
            Value written = c.dict().get(name);
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
        if (!c.dict().containsKey("__init__")) {
            c.dict().put("__init__", new Init(c.name() + ".__init__", parameters, defaults));
        }
        List<Value> fields = new ArrayList<>();
        names.forEach(n -> fields.add(new PyStr(n)));
        c.dict().put("__dataclass_fields__", new PyTuple(fields));
        return c;
    }

    /**
     * @param o an object
     * @return {@code Name(f=repr(f), …)} if its class is a dataclass, else {@code null}
     */
    static String repr(Interpreter machine, PyInstance o) {
        if (!(o.cls().lookup("__dataclass_fields__") instanceof PyTuple fields)) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (Value f : fields.items()) {
            String name = ((PyStr) f).value();
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
     */
    record Field(Value defaultValue, Value factory) implements Value {
        @Override
        public String typeName() {
            return "Field";
        }
    }

    /**
     * The generated {@code __init__(self, f1, f2=d2, …)}: the arguments bound as CPython binds them
     * ({@link ArgumentBinding}), then each field stored in order, a default factory called for a field not given.
     *
     * @param qualname its name in messages, {@code Params.__init__}
     * @param parameters {@code self} and the fields, in order
     * @param defaults each parameter's default, its {@link Field} when it has a default factory, or {@code null}
     */
    record Init(String qualname, List<Stmt.Parameter> parameters, List<Value> defaults) implements Value {

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
                String name = parameters.get(k).name();
                Attributes.set(machine, o, name, machine.recorder.assigned(v, "self." + name, at,
                        machine.budget.depth()));
            }
        }
    }
}
