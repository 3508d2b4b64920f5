package bpdiff.program.run;

import bpdiff.program.array.DType;
import bpdiff.program.syntax.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code value.name}: attributes of objects and classes (Python's lookup: properties, the object's own
 * attributes, then the class's along its method resolution order, functions bound as methods), of
 * {@code super()}, module members, array attributes ({@code .T}, {@code .shape}) and methods of built-in
 * values.
 */
final class Attributes {

    /** What {@code obj.__dict__} says: the object's attributes are reached by name, and a step by a computed name too. */
    static final String DICT_REFUSED = "an object's __dict__ is not supported: use its attributes by name (self.w1 -= lr * "
            + "self.d_w1), or a computed name with setattr(self, name, getattr(self, name) - lr * getattr(self, 'd_' + name))";


    private Attributes() {}

    /**
     * @param machine the interpreter
     * @param v the value
     * @param name the attribute
     * @param at where
     * @return {@code v.name}
     * @throws ProgramError {@code AttributeError} if there is no such attribute
     */
    static Value get(Interpreter machine, Value v, String name, Span at) {
        if (v instanceof PyInstance o) {
            return instance(machine, o, name, at);
        }
        if (v instanceof PyClass c) {
            return ofClass(c, name);
        }
        if (v instanceof PySuper s) {
            return ofSuper(s, name);
        }
        if (v instanceof PyModule m) {
            return Modules.member(m.name(), name);
        }
        if (v == PyIgnored.IGNORED) {
            return PyIgnored.IGNORED;
        }
        if (v instanceof PyIgnoredGrid g) {
            return name.equals("flat") || name.equals("T") ? g : new PyMethod(g, name);
        }
        if (v instanceof PyTensor t) {
            return TensorAttributes.get(machine.torch, t, name, at);
        }
        if (v instanceof TorchObject o) {
            return TorchObjects.attribute(o, name);
        }
        if (v instanceof PyTuple t && t.type() != null && NamedTuples.attribute(t, name) != null) {
            return NamedTuples.attribute(t, name);
        }
        if (v instanceof PyTuple t && (name.equals("values") || name.equals("indices"))
                && machine.torch.returnTypes().containsKey(t) && !"Size".equals(machine.torch.returnTypes().get(t))) {
            return t.items().get(name.equals("values") ? 0 : 1);
        }
        if (v instanceof PyArray a) {
            return ArrayMethods.attribute(machine, a, name, at);
        }
        if (v instanceof PyNditer it) {
            return it.attribute(name);
        }
        if (v instanceof PyRandomState && bpdiff.program.Subset.NUMPY_RANDOM.contains(name)
                && !name.equals("RandomState")) {
            return new PyMethod(v, name);
        }
        if (v instanceof RandomModule.Instance && bpdiff.program.Subset.RANDOM.contains(name)
                && !name.equals("Random")) {
            return new PyMethod(v, name);
        }
        if (v instanceof PyIterator i && i.items() instanceof GeneratorRun && GeneratorRun.METHODS.contains(name)) {
            return new PyMethod(v, name);
        }
        if (v instanceof PyGenerator && GeneratorFunctions.METHODS.contains(name)) {
            return new PyMethod(v, name);
        }
        if (v instanceof PyFunction f && f.attribute(name) != null) {
            return f.attribute(name);
        }
        if (Functools.owns(v)) {
            return Functools.attribute(machine, v, name, at);
        }
        if (v instanceof PyBuiltin b && b.name().equals("itertools.chain") && name.equals("from_iterable")) {
            return new PyBuiltin("itertools.chain_from_iterable");
        }
        if (v instanceof PyBuiltin b && (name.equals("__name__") || name.equals("__qualname__"))) {
            return new PyStr(b.name().substring(b.name().lastIndexOf('.') + 1));
        }
        if (name.equals("__class__")) {
            return BuiltinTypes.typeOf(v);
        }
        if (v instanceof PyDescriptor d && d.kind() == PyDescriptor.Kind.PROPERTY
                && (name.equals("setter") || name.equals("getter"))) {
            return new PyMethod(v, name);
        }
        if (v instanceof PyFloat && (name.equals("shape") || name.equals("T"))) {
            return name.equals("T") ? v : new PyTuple(List.of());
        }
        if (numpyScalarType(v) != null && (name.equals("dtype") || name.equals("ndim") || name.equals("size"))) {
            return name.equals("dtype") ? new PyDType(numpyScalarType(v)) : new PyInt(name.equals("ndim") ? 0 : 1);
        }
        if (v instanceof PyFloat f && (name.equals("real") || name.equals("imag"))) {
            return name.equals("real") ? f : PyFloat.of(0);
        }
        if (Methods.has(v, name)) {
            return new PyMethod(v, name);
        }
        throw ProgramError.of("AttributeError", "'" + BuiltinTypes.typeOf(v).name() + "' object has no attribute '"
                + name + "'");
    }

    /**
     * @param v a value
     * @return the dtype of a numpy scalar ({@code np.float64}, {@code np.float32}, {@code np.bool_}: an element or
     *     reduction of an array), or null for anything else
     */
    private static DType numpyScalarType(Value v) {
        if (v instanceof PyFloat f && f.numpy()) {
            return f.single() ? DType.FLOAT32 : DType.FLOAT64;
        }
        return v instanceof PyBool b && b.numpy() ? DType.BOOL : null;
    }

    private static Value instance(Interpreter machine, PyInstance o, String name, Span at) {
        PyClass cls = o.cls();
        Value fromClass = cls.lookup(name);
        if (fromClass instanceof PyDescriptor d && d.kind() == PyDescriptor.Kind.PROPERTY) {
            return machine.calls.call(d.function(), List.of(o), Map.of(), at);
        }
        Value own = o.attributes().get(name);
        if (own != null) {
            Value held = machine.recorder.held(own, at);
            if (held != own) {
                o.attributes().put(name, held);
            }
            return held;
        }
        if (fromClass != null) {
            return bind(fromClass, o, cls);
        }
        if (name.equals("__class__")) {
            return cls;
        }
        if (cls.isSubclassOf(BuiltinTypes.BASE_EXCEPTION)) {
            if (name.equals("args")) {
                return o.args();
            }
            if (name.equals("code") && cls.isSubclassOf(BuiltinTypes.exception("SystemExit"))) {
                return SystemModule.code(o);
            }
            if (name.equals("__cause__") || name.equals("__context__")) {
                return PyNone.NONE;
            }
        }
        if (name.equals("__init__") || name.equals("__str__") || name.equals("__repr__")) {
            return new PyMethod(o, "object." + name);
        }
        Value getattr = cls.lookup("__getattr__");
        if (getattr != null) {
            return machine.calls.call(bind(getattr, o, cls), List.of(new PyStr(name)), Map.of(), at);
        }
        if (name.equals("__dict__")) {
            throw new ProgramError(DICT_REFUSED);
        }
        throw ProgramError.of("AttributeError", "'" + cls.name() + "' object has no attribute '" + name + "'");
    }

    /**
     * An attribute found in a class, as seen from an object: a function becomes a method bound to the
     * object, a class method one bound to the class, a static method the plain function.
     *
     * @param attribute the class's attribute
     * @param self the object
     * @param cls its class
     * @return what the object's attribute is
     */
    static Value bind(Value attribute, Value self, PyClass cls) {
        if (attribute instanceof PyFunction || attribute instanceof Functools.Cached
                || attribute instanceof Dataclasses.Generated || attribute instanceof PyBuiltin b && (TorchNn.owns(b.name())
                || TorchCustomFunction.owns(b.name()))) {
            return new PyBoundMethod(self, attribute);
        }
        if (attribute instanceof PyDescriptor d) {
            return switch (d.kind()) {
                case STATIC -> d.function();
                case CLASS -> new PyBoundMethod(cls, d.function());
                case PROPERTY -> attribute;
            };
        }
        return attribute;
    }

    private static Value ofClass(PyClass c, String name) {
        switch (name) {
            case "__name__":
            case "__qualname__":
                return new PyStr(c.name());
            case "__module__":
                return new PyStr(c.module());
            case "__mro__":
                return new PyTuple(new ArrayList<>(c.mro()));
            case "__bases__":
                return new PyTuple(new ArrayList<>(c.bases()));
            default:
                break;
        }
        Value v = c.lookup(name);
        if (v instanceof PyDescriptor d && d.kind() != PyDescriptor.Kind.PROPERTY) {
            return bind(v, c, c);
        }
        if (v != null) {
            return v;
        }
        if (c.builtin() && Methods.isMethodOf(c, name)) {
            return new PyBuiltin(c.name() + "." + name);
        }
        throw ProgramError.of("AttributeError", "type object '" + c.name() + "' has no attribute '" + name + "'");
    }

    private static Value ofSuper(PySuper s, String name) {
        PyClass type = s.self() instanceof PyClass c ? c : BuiltinTypes.typeOf(s.self());
        List<PyClass> mro = type.mro();
        for (int k = mro.indexOf(s.start()) + 1; k < mro.size(); k++) {
            Value v = mro.get(k).dict().get(name);
            if (v != null) {
                return bind(v, s.self(), type);
            }
        }
        if (name.equals("__init__") || name.equals("__str__") || name.equals("__repr__")) {
            return new PyMethod(s.self(), "object." + name);
        }
        throw ProgramError.of("AttributeError", "'super' object has no attribute '" + name + "'");
    }

    /**
     * A special method of a value's class ({@code __enter__}, {@code __len__}, …), bound to it.
     *
     * @param v the value
     * @param name the method
     * @return the bound method, or {@code null} if its class has none
     */
    static Value special(Value v, String name) {
        if (v instanceof TorchObject o) {
            return TorchObjects.special(o, name);
        }
        if (v instanceof ContextManagers.GeneratorContext c) {
            return ContextManagers.special(c, name);
        }
        if (v instanceof PyInstance o) {
            Value m = o.cls().lookup(name);
            return m == null ? null : bind(m, o, o.cls());
        }
        return null;
    }

    /**
     * {@code object.name = value}.
     *
     * @param machine the interpreter
     * @param object the object
     * @param name the attribute
     * @param value the value
     * @throws ProgramError {@code AttributeError} or {@code TypeError} where Python refuses
     */
    static void set(Interpreter machine, Value object, String name, Value value) {
        if (object instanceof PyTensor t) {
            TensorAttributes.set(machine.torch, t, name, value, new bpdiff.program.syntax.Span(0, 0, 0, 0));
            return;
        }
        if (object instanceof PyInstance o) {
            Value fromClass = o.cls().lookup(name);
            if (fromClass instanceof PyDescriptor d && d.kind() == PyDescriptor.Kind.PROPERTY) {
                if (d.setter() == null) {
                    throw ProgramError.of("AttributeError", "property '" + name + "' of '" + o.cls().name()
                            + "' object has no setter");
                }
                machine.calls.call(d.setter(), List.of(o, value), Map.of(), null);
                return;
            }
            if (Dataclasses.frozen(o.cls())) {
                throw ProgramError.of("FrozenInstanceError", "cannot assign to field '" + name + "'");
            }
            o.attributes().put(name, value);
        } else if (object instanceof PyFunction f) {
            f.attributes().put(name, value);
        } else if (object instanceof PyTuple t && t.type() != null && NamedTuples.attribute(t, name) != null) {
            throw ProgramError.of("AttributeError", "can't set attribute");
        } else if (object instanceof PyClass c) {
            if (c.builtin()) {
                throw ProgramError.of("TypeError", "cannot set '" + name + "' attribute of immutable type '" + c.name()
                        + "'");
            }
            c.dict().put(name, value);
        } else if (object != PyIgnored.IGNORED && !(object instanceof PyIgnoredGrid)
                && !(object instanceof PyModule m && m.name().startsWith("matplotlib"))) {
            throw ProgramError.of("AttributeError", "'" + BuiltinTypes.typeOf(object).name()
                    + "' object has no attribute '" + name + "'");
        }
    }

    /**
     * {@code del object.name}.
     *
     * @param machine the interpreter
     * @param object the object
     * @param name the attribute
     */
    static void delete(Interpreter machine, Value object, String name) {
        if (object instanceof PyInstance o && o.attributes().remove(name) != null
                || object instanceof PyClass c && !c.builtin() && c.dict().remove(name) != null) {
            return;
        }
        throw ProgramError.of("AttributeError", object instanceof PyClass c
                ? "type object '" + c.name() + "' has no attribute '" + name + "'"
                : "'" + BuiltinTypes.typeOf(object).name() + "' object has no attribute '" + name + "'");
    }
}
