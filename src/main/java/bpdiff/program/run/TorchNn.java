package bpdiff.program.run;

import bpdiff.program.array.DType;
import bpdiff.program.array.NdArray;
import bpdiff.program.syntax.BinaryOperator;
import bpdiff.program.syntax.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code torch.nn.Module}, {@code nn.Linear} and {@code nn.Sequential}, as PyTorch 1.13's {@code module.py},
 * {@code linear.py} and {@code container.py} make them:
 *
 * <ul>
 *   <li>a module's parameters are its attributes that are {@code nn.Parameter}s, in the order they were first set,
 *       then its sub-modules' (attributes that are modules), depth first, named {@code fc1.weight};
 *   <li>calling a module calls its {@code forward};
 *   <li>{@code nn.Linear(in, out, bias=True)}: \( y = x W^\top + b \), \( W \) of shape {@code (out, in)} and \( b \)
 *       drawn from \( U(-1/\sqrt{in}, 1/\sqrt{in}) \) by the generator ({@code kaiming_uniform_} with
 *       \( a = \sqrt 5 \): bound \( \sqrt 3 \cdot \sqrt{2 / (1 + a^2)} / \sqrt{in} \));
 *   <li>{@code nn.Sequential(m0, m1, …)}: its modules, named {@code 0}, {@code 1}, …, applied in turn.
 * </ul>
 *
 * <p>A method of these classes is a {@link PyBuiltin} in the class's dictionary, {@code torch.nn.Module.parameters},
 * bound to the object as a program's own methods are, so that {@code super().__init__()}, overriding
 * {@code forward} and {@code nn.Module.__init__(self)} work as in Python.
 */
final class TorchNn {

    private static final String PREFIX = "torch.nn.";
    /** The depth of a name given by the module: it is preferred to a loop variable's ({@code for p in model.parameters()}). */
    private static final int UNNAMED = -1;

    /** {@code torch.nn.Module}. */
    static final PyClass MODULE = builtin("Module", "module", List.of(BuiltinTypes.OBJECT), List.of("__init__",
            "__call__", "__repr__", "forward", "parameters", "named_parameters", "children", "named_children",
            "modules", "zero_grad", "train", "eval", "to", "cpu", "double", "float", "requires_grad_", "state_dict",
            "load_state_dict"));

    /** {@code torch.nn.Linear}. */
    static final PyClass LINEAR = builtin("Linear", "linear", List.of(MODULE), List.of("forward"));

    /** {@code torch.nn.Sequential}. */
    static final PyClass SEQUENTIAL = builtin("Sequential", "container", List.of(MODULE), List.of("forward",
            "__getitem__", "__len__", "__iter__"));

    /** {@code torch.nn.ModuleList}. */
    static final PyClass MODULE_LIST = builtin("ModuleList", "container", List.of(MODULE), List.of("__getitem__",
            "__len__", "__iter__", "append", "extend"));

    /** The classes by their name in {@code torch.nn}. */
    static final Map<String, PyClass> CLASSES = Map.of("Module", MODULE, "Linear", LINEAR, "Sequential", SEQUENTIAL,
            "ModuleList", MODULE_LIST);

    private TorchNn() {}

    private static PyClass builtin(String name, String file, List<PyClass> bases, List<String> methods) {
        Map<String, Value> dict = new LinkedHashMap<>();
        if (bases.get(0) == BuiltinTypes.OBJECT) {
            dict.put("training", PyBool.of(true)); // until train(False) or eval() sets the module's own
        }
        for (String m : methods) {
            dict.put(m, new PyBuiltin(PREFIX + name + "." + m));
        }
        return new PyClass(name, "torch.nn.modules." + file, bases, dict, true);
    }

    /**
     * @param name a built-in function's name
     * @return whether it is a method of one of these classes
     */
    static boolean owns(String name) {
        int dot = name.lastIndexOf('.');
        return name.startsWith(PREFIX) && dot > PREFIX.length() && CLASSES.containsKey(name.substring(PREFIX.length(),
                dot));
    }

    /**
     * @param v a value
     * @return whether it is a module the program made ({@code nn.Linear}, a class deriving from {@code nn.Module})
     */
    static boolean isModule(Value v) {
        return v instanceof PyInstance o && o.cls().isSubclassOf(MODULE);
    }

    /**
     * {@code nn.Linear(2, 2, bias=False)}, {@code nn.Sequential(…)}, {@code nn.Module()}.
     *
     * @param torch the torch state
     * @param cls the class
     * @param a the arguments
     * @param at where
     * @return the module
     */
    static Value construct(Torch torch, PyClass cls, Arguments a, Span at) {
        PyInstance m = new PyInstance(cls);
        if (cls == LINEAR) {
            linear(torch, m, a, at);
        } else if (cls == SEQUENTIAL) {
            append(m, a.positional());
        } else if (cls == MODULE_LIST) {
            Value modules = a.get(0, "modules");
            append(m, modules == null || modules == PyNone.NONE ? List.of()
                    : Iteration.list(modules, torch.machine, at));
        } else if (a.size() > 0 || !a.keywords().isEmpty()) {
            throw ProgramError.of("TypeError", "Module.__init__() takes 1 positional argument but " + (a.size() + 1)
                    + " were given");
        }
        return m;
    }

    /** Adds modules as children named by their place: {@code 0}, {@code 1}, … */
    private static void append(PyInstance container, List<Value> modules) {
        for (Value child : modules) {
            if (!isModule(child) && !TorchObjects.callable(child)) {
                throw ProgramError.of("TypeError", BuiltinTypes.typeOf(child).name() + " is not a Module subclass");
            }
            container.attributes().put(String.valueOf(children(container).size()), child);
        }
    }

    private static void linear(Torch torch, PyInstance m, Arguments a, Span at) {
        int in = TorchShapes.size(Numbers.toLong(a.required(0, "in_features")));
        int out = TorchShapes.size(Numbers.toLong(a.required(1, "out_features")));
        Value b = a.get(2, "bias");
        boolean bias = b == null || Truth.of(torch.machine, b);
        Value given = a.keywords().get("dtype");
        DType type = given instanceof TorchTypes.TorchDType d ? d.dtype() : torch.defaultFloat();
        m.attributes().put("in_features", new PyInt(in));
        m.attributes().put("out_features", new PyInt(out));
        double a5 = Math.sqrt(5);
        double bound = Math.sqrt(3.0) * (Math.sqrt(2.0 / (1 + a5 * a5)) / Math.sqrt(in));
        m.attributes().put("weight", parameter(torch, new int[] {out, in}, bound, type, at));
        m.attributes().put("bias", bias ? parameter(torch, new int[] {out}, in > 0 ? 1 / Math.sqrt(in) : 0, type, at)
                : PyNone.NONE);
    }

    /** A parameter drawn from \( U(-b, b) \) as {@code tensor.uniform_(-b, b)} draws it. */
    private static PyTensor parameter(Torch torch, int[] shape, double bound, DType type, Span at) {
        int n = 1;
        for (int s : shape) {
            n *= s;
        }
        double[] data = torch.random.uniform(n, type, -bound, bound);
        PyTensor p = new PyTensor(new NdArray(shape, data, type), Value.NO_NODE, false, null).asParameter();
        TensorAttributes.requiresGrad(torch, p, true, at);
        return p;
    }

    /**
     * A method of a module: {@code self} is the first argument.
     *
     * @param torch the torch state
     * @param name {@code torch.nn.Module.parameters} and the others
     * @param given the arguments, the module first
     * @param at where
     * @return the result
     */
    static Value call(Torch torch, String name, Arguments given, Span at) {
        String method = name.substring(name.lastIndexOf('.') + 1);
        if (given.size() == 0 || !isModule(given.positional().get(0))) {
            throw ProgramError.of("TypeError", "descriptor '" + method + "' requires a 'Module' object");
        }
        PyInstance self = (PyInstance) given.positional().get(0);
        List<Value> rest = given.positional().subList(1, given.size());
        Arguments a = new Arguments(method, rest, given.keywords());
        Interpreter machine = torch.machine;
        switch (name.substring(PREFIX.length())) {
            case "Module.__init__" -> {
                return PyNone.NONE;
            }
            case "Module.__call__" -> {
                Value forward = Attributes.get(machine, self, "forward", at);
                return machine.calls.call(forward, rest, given.keywords(), at);
            }
            case "Module.__repr__" -> {
                return new PyStr(repr(machine, self));
            }
            case "Module.forward" -> throw ProgramError.of("NotImplementedError", "Module [" + self.cls().name()
                    + "] is missing the required \"forward\" function");
            case "Linear.forward" -> {
                return linearForward(torch, self, a.required(0, "input"), at);
            }
            case "Sequential.forward" -> {
                Value x = a.required(0, "input");
                for (Value child : children(self)) {
                    x = machine.calls.call(child, List.of(x), Map.of(), at);
                }
                return x;
            }
            case "Sequential.__getitem__", "ModuleList.__getitem__" -> {
                List<Value> children = children(self);
                Value idx = a.required(0, "idx");
                if (idx instanceof PySlice) {
                    PyInstance part = new PyInstance(self.cls());
                    append(part, Iteration.list(Items.get(machine, PyList.of(children), idx, at), machine, at));
                    return part;
                }
                long k = Numbers.toLong(idx);
                if (k < -children.size() || k >= children.size()) {
                    throw ProgramError.of("IndexError", "index " + k + " is out of range");
                }
                return children.get((int) (k < 0 ? k + children.size() : k));
            }
            case "Sequential.__len__", "ModuleList.__len__" -> {
                return new PyInt(children(self).size());
            }
            case "Sequential.__iter__", "ModuleList.__iter__" -> {
                return new PyIterator(children(self).iterator(), "iterator");
            }
            case "ModuleList.append" -> {
                append(self, List.of(a.required(0, "module")));
                return self;
            }
            case "ModuleList.extend" -> {
                append(self, Iteration.list(a.required(0, "modules"), machine, at));
                return self;
            }
            default -> {
                return module(torch, self, method, a, at);
            }
        }
    }

    private static Value module(Torch torch, PyInstance self, String method, Arguments a, Span at) {
        switch (method) {
            case "parameters", "named_parameters" -> {
                Map<String, PyTensor> named = new LinkedHashMap<>();
                parameters(self, "", named);
                bpdiff.program.tape.Tape tape = torch.machine.tape();
                List<Value> items = new ArrayList<>();
                named.forEach((n, p) -> {
                    if (tape != null && p.node() >= 0) {
                        // a parameter the program never named is called by its name in the module (fc1.weight)
                        tape.name(p.node(), n, UNNAMED);
                    }
                });
                named.forEach((n, p) -> items.add(method.equals("parameters") ? p
                        : new PyTuple(List.of(new PyStr(n), p))));
                return new PyIterator(items.iterator(), "generator");
            }
            case "state_dict" -> {
                Map<String, PyTensor> named = new LinkedHashMap<>();
                parameters(self, "", named);
                PyDict state = new PyDict().asOrdered();
                Arguments none = new Arguments("detach", List.of(), Map.of());
                named.forEach((n, p) -> state.put(new PyStr(n), TensorMethods.call(torch, p, "detach", none, at)));
                return state;
            }
            case "load_state_dict" -> {
                return loadStateDict(torch, self, a.required(0, "state_dict"), a.get(1, "strict"), at);
            }
            case "children", "named_children" -> {
                List<Value> items = new ArrayList<>();
                self.attributes().forEach((n, v) -> {
                    if (isModule(v) || TorchObjects.callable(v)) {
                        items.add(method.equals("children") ? v : new PyTuple(List.of(new PyStr(n), v)));
                    }
                });
                return new PyIterator(items.iterator(), "generator");
            }
            case "modules" -> {
                List<Value> items = new ArrayList<>();
                modules(self, items);
                return new PyIterator(items.iterator(), "generator");
            }
            case "zero_grad" -> {
                Value none = a.get(0, "set_to_none");
                boolean drop = none != null && Truth.of(torch.machine, none);
                Map<String, PyTensor> named = new LinkedHashMap<>();
                parameters(self, "", named);
                for (PyTensor t : named.values()) {
                    if (t.grad() != null) {
                        if (drop) {
                            t.grad(null);
                        } else {
                            TensorMethods.call(torch, t.grad(), "zero_", new Arguments("zero_", List.of(), Map.of()),
                                    at);
                        }
                    }
                }
                return PyNone.NONE;
            }
            case "double", "float" -> {
                Map<String, PyTensor> named = new LinkedHashMap<>();
                parameters(self, "", named);
                for (PyTensor t : named.values()) {
                    Value converted = TensorMethods.call(torch, t, method, new Arguments(method, List.of(), Map.of()),
                            at);
                    TensorAttributes.set(torch, t, "data", converted, at);
                }
                return self;
            }
            case "requires_grad_" -> {
                Value flag = a.get(0, "requires_grad");
                Map<String, PyTensor> named = new LinkedHashMap<>();
                parameters(self, "", named);
                for (PyTensor t : named.values()) {
                    TensorAttributes.requiresGrad(torch, t, flag == null || Truth.of(torch.machine, flag), at);
                }
                return self;
            }
            case "train", "eval" -> {
                Value mode = a.get(0, "mode");
                boolean training = method.equals("train") && (mode == null || Truth.of(torch.machine, mode));
                List<Value> all = new ArrayList<>();
                modules(self, all);
                for (Value m : all) {
                    if (m instanceof PyInstance o) {
                        o.attributes().put("training", PyBool.of(training));
                    }
                }
                return self;
            }
            default -> {
                // to(device), cpu(): nothing for a module of CPU tensors
                return self;
            }
        }
    }

    /** Own parameters first, then each sub-module's, as {@code named_parameters()} lists them (each once). */
    /**
     * {@code module.load_state_dict(state, strict=True)} as PyTorch 1.13's: each parameter's values copied from the
     * tensor of its name under {@code torch.no_grad()}; a missing or unexpected name ({@code strict}), a shape that
     * differs or a value that is not a tensor is a {@code RuntimeError} with PyTorch's words, raised after the
     * parameters that could be copied were.
     * What it returns prints as PyTorch's {@code _IncompatibleKeys} does ({@code <All keys matched successfully>}).
     */
    private static Value loadStateDict(Torch torch, PyInstance self, Value given, Value strictFlag, Span at) {
        if (!(given instanceof PyDict state)) {
            throw ProgramError.of("TypeError", "Expected state_dict to be dict-like, got <class '"
                    + given.typeName() + "'>.");
        }
        boolean strict = strictFlag == null || Truth.of(torch.machine, strictFlag);
        Map<String, PyTensor> named = new LinkedHashMap<>();
        parameters(self, "", named);
        List<String> missing = new ArrayList<>();
        List<String> unexpected = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        Map<PyTensor, PyTensor> copies = new LinkedHashMap<>();
        named.forEach((n, p) -> {
            Value v = state.get(new PyStr(n));
            if (v == null) {
                missing.add(n);
            } else if (!(v instanceof PyTensor t)) {
                errors.add("While copying the parameter named \"" + n + "\", expected torch.Tensor or Tensor-like "
                        + "object from checkpoint but received <class '" + v.typeName() + "'>");
            } else if (!java.util.Arrays.equals(t.value().shape(), p.value().shape())) {
                errors.add("size mismatch for " + n + ": copying a param with shape " + sizeText(t) + " from "
                        + "checkpoint, the shape in current model is " + sizeText(p) + ".");
            } else {
                copies.put(p, t);
            }
        });
        for (Value key : Iteration.list(state, torch.machine, at)) {
            if (!(key instanceof PyStr k) || !named.containsKey(k.value())) {
                unexpected.add(key instanceof PyStr k2 ? k2.value() : Formatting.str(key));
            }
        }
        if (strict && !unexpected.isEmpty()) {
            errors.add(0, "Unexpected key(s) in state_dict: " + quoted(unexpected) + ". ");
        }
        if (strict && !missing.isEmpty()) {
            errors.add(0, "Missing key(s) in state_dict: " + quoted(missing) + ". ");
        }
        torch.enter(false);
        try {
            copies.forEach((p, t) -> TensorMethods.call(torch, p, "copy_", new Arguments("copy_", List.of(t), Map.of()),
                    at));
        } finally {
            torch.exit();
        }
        if (!errors.isEmpty()) {
            throw ProgramError.of("RuntimeError", "Error(s) in loading state_dict for " + self.cls().name() + ":\n\t"
                    + String.join("\n\t", errors));
        }
        return new PyStr(missing.isEmpty() && unexpected.isEmpty() ? "<All keys matched successfully>"
                : "_IncompatibleKeys(missing_keys=" + Formatting.repr(strList(missing)) + ", unexpected_keys="
                        + Formatting.repr(strList(unexpected)) + ")");
    }

    private static String sizeText(PyTensor t) {
        StringBuilder out = new StringBuilder("torch.Size([");
        int[] shape = t.value().shape();
        for (int k = 0; k < shape.length; k++) {
            out.append(k == 0 ? "" : ", ").append(shape[k]);
        }
        return out.append("])").toString();
    }

    private static String quoted(List<String> names) {
        return String.join(", ", names.stream().map(n -> "\"" + n + "\"").toList());
    }

    private static PyList strList(List<String> names) {
        List<Value> items = new ArrayList<>();
        names.forEach(n -> items.add(new PyStr(n)));
        return PyList.of(items);
    }

    private static void parameters(PyInstance m, String prefix, Map<String, PyTensor> named) {
        m.attributes().forEach((n, v) -> {
            if (v instanceof PyTensor t && t.isParameter() && !named.containsValue(t)) {
                named.put(prefix + n, t);
            }
        });
        m.attributes().forEach((n, v) -> {
            if (isModule(v)) {
                parameters((PyInstance) v, prefix + n + ".", named);
            }
        });
    }

    /** A module's sub-modules, in the order they were set. */
    private static List<Value> children(PyInstance m) {
        return m.attributes().values().stream().filter(v -> isModule(v) || TorchObjects.callable(v)).toList();
    }

    private static void modules(Value m, List<Value> out) {
        out.add(m);
        if (m instanceof PyInstance o && isModule(o)) {
            o.attributes().values().stream().filter(v -> isModule(v) || TorchObjects.callable(v))
                    .forEach(v -> modules(v, out));
        }
    }

    /** {@code F.linear(x, W, b)}: \( x W^\top + b \). */
    static Value linearForward(Torch torch, PyInstance self, Value x, Span at) {
        return linear(torch, x, self.attributes().get("weight"), self.attributes().get("bias"), at);
    }

    /**
     * @param torch the torch state
     * @param x the input
     * @param weight \( W \), {@code (out, in)}
     * @param bias \( b \) or {@code None}
     * @param at where
     * @return \( x W^\top + b \)
     */
    static Value linear(Torch torch, Value x, Value weight, Value bias, Span at) {
        if (!(weight instanceof PyTensor w)) {
            throw ProgramError.of("TypeError", "linear(): argument 'weight' must be Tensor, not "
                    + BuiltinTypes.typeOf(weight).name());
        }
        Value wt = TensorMethods.call(torch, w, "t", new Arguments("t", List.of(), Map.of()), at);
        Value y = TensorOperators.binary(torch, BinaryOperator.MATMUL, x, wt, at);
        boolean matrix = x instanceof PyArray a && a.value().ndim() == 2;
        if (bias != null && bias != PyNone.NONE) {
            y = TensorOperators.binary(torch, BinaryOperator.ADD, y, bias, at);
            if (matrix && y instanceof PyTensor t && t.gradFn() != null) {
                t.gradFn("AddmmBackward0"); // at::linear of a matrix is one addmm
            }
        }
        return y;
    }

    /** {@code print(model)}: the class, then each sub-module indented, as {@code Module.__repr__} prints it. */
    private static String repr(Interpreter machine, PyInstance m) {
        if (m.cls() == LINEAR) {
            return "Linear(in_features=" + Formatting.repr(m.attributes().get("in_features")) + ", out_features="
                    + Formatting.repr(m.attributes().get("out_features")) + ", bias="
                    + (m.attributes().get("bias") instanceof PyTensor ? "True" : "False") + ")";
        }
        List<String> lines = new ArrayList<>();
        m.attributes().forEach((n, v) -> {
            if (isModule(v) || TorchObjects.callable(v)) {
                lines.add("(" + n + "): " + Formatting.repr(machine, v).replace("\n", "\n  "));
            }
        });
        String name = m.cls().name();
        return lines.isEmpty() ? name + "()" : name + "(\n  " + String.join("\n  ", lines) + "\n)";
    }
}
