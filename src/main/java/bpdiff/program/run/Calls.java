package bpdiff.program.run;


import bpdiff.program.syntax.Span;
import bpdiff.program.tape.Tape;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Calls: of the program's own functions (arguments bound as CPython binds them), of classes (making an
 * object and running its {@code __init__}), of objects with {@code __call__}, of built-ins and of methods.
 */
final class Calls {

    private final Interpreter machine;
    private final Builtins builtins;
    private final NumpyFunctions numpy;
    private final Methods methods;
    private final Library library;

    /**
     * @param machine the interpreter
     */
    Calls(Interpreter machine) {
        this.machine = machine;
        this.builtins = new Builtins(machine);
        this.numpy = new NumpyFunctions(machine);
        this.methods = new Methods(machine);
        this.library = new Library(machine);
    }

    /** @return numpy's functions */
    NumpyFunctions numpy() {
        return numpy;
    }

    /**
     * @param function what is called
     * @param args positional arguments
     * @param kwargs keyword arguments
     * @param at where
     * @return the result
     */
    Value call(Value function, List<Value> args, Map<String, Value> kwargs, Span at) {
        if (function instanceof PyFunction f) {
            return invoke(f, args, kwargs);
        }
        if (function instanceof PyBoundMethod m) {
            List<Value> all = new ArrayList<>(args.size() + 1);
            all.add(m.self());
            all.addAll(args);
            return call(m.function(), all, kwargs, at);
        }
        if (function instanceof PyBuiltin b) {
            Arguments arguments = new Arguments(b.name(), args, kwargs);
            String name = b.name();
            if (name.startsWith("numpy.")) {
                return numpy.call(name, arguments, at);
            }
            if (name.startsWith("scipy.special.")) {
                return ScipySpecial.call(numpy, name.substring("scipy.special.".length()), arguments, at);
            }
            if (name.startsWith("torch.")) {
                return TorchFunctions.call(machine.torch, name, arguments, at);
            }
            int dot = name.indexOf('.');
            if (dot > 0) {
                return library.call(name.substring(0, dot), name.substring(dot + 1), arguments, at);
            }
            return builtins.call(name, arguments, at);
        }
        if (function instanceof Dataclasses.Generated g) {
            return Dataclasses.call(machine, g, args, at);
        }
        if (Functools.owns(function)) {
            return Functools.call(machine, function, args, kwargs, at);
        }
        if (function instanceof PyMethod m) {
            return methods.call(m.receiver(), m.name(), new Arguments(m.name(), args, kwargs), at);
        }
        if (function == TorchTypes.PARAMETER) {
            return TorchFunctions.call(machine.torch, "torch.nn.Parameter", new Arguments("Parameter", args, kwargs),
                    at);
        }
        if (function == TorchTypes.TENSOR) {
            return TorchCreation.call(machine.torch, "Tensor", new Arguments("Tensor", args, kwargs), at);
        }
        if (function instanceof TorchObject mode && mode.kind() == TorchObject.Kind.GRAD_MODE
                && !mode.fields().containsKey("set")) {
            return gradMode(mode, args, kwargs, at);
        }
        if (TorchObjects.callable(function)) {
            return TorchObjects.callModule(machine.torch, (TorchObject) function, args, kwargs, at);
        }
        if (function instanceof PyClass c) {
            return instantiate(c, args, kwargs, at);
        }
        if (function instanceof PyInstance o) {
            Value call = o.cls().lookup("__call__");
            if (call != null) {
                return call(Attributes.bind(call, o, o.cls()), args, kwargs, at);
            }
        }
        if (function == PyIgnored.IGNORED || function instanceof PyModule m && m.name().startsWith("matplotlib")) {
            return PyIgnored.IGNORED;
        }
        throw ProgramError.of("TypeError", "'" + BuiltinTypes.typeOf(function).name() + "' object is not callable");
    }

    /**
     * {@code @torch.no_grad()} on a function: the function, run in the mode; then a call of what it made runs the
     * function inside the mode, as {@code with torch.no_grad():} around its body would.
     */
    private Value gradMode(TorchObject mode, List<Value> args, Map<String, Value> kwargs, Span at) {
        Value wrapped = mode.fields().get("function");
        if (wrapped == null) {
            if (args.size() != 1 || !kwargs.isEmpty() || !Reflection.callable(args.get(0))) {
                throw ProgramError.of("TypeError", "'" + mode.name() + "' object is not callable");
            }
            TorchObject decorated = new TorchObject(TorchObject.Kind.GRAD_MODE, mode.name());
            decorated.fields().putAll(mode.fields());
            decorated.fields().put("function", args.get(0));
            return decorated;
        }
        machine.torch.enter(((PyBool) mode.fields().get("enabled")).value());
        try {
            return call(wrapped, args, kwargs, at);
        } finally {
            machine.torch.exit();
        }
    }

    private Value instantiate(PyClass c, List<Value> args, Map<String, Value> kwargs, Span at) {
        if (NamedTuples.isNamedTuple(c)) {
            return NamedTuples.construct(c, args, kwargs);
        }
        boolean exception = c.isSubclassOf(BuiltinTypes.BASE_EXCEPTION);
        if (c.builtin() && c.isSubclassOf(TorchNn.MODULE)) {
            return TorchNn.construct(machine.torch, c, new Arguments(c.name(), args, kwargs), at);
        }
        if (c.builtin() && !exception) {
            return builtins.construct(c, new Arguments(c.name(), args, kwargs), at);
        }
        PyInstance object = new PyInstance(c);
        if (exception) {
            if (!kwargs.isEmpty() && c.lookup("__init__") == null) {
                throw ProgramError.of("TypeError", c.name() + "() takes no keyword arguments");
            }
            object.args(new PyTuple(args));
        }
        Value init = c.lookup("__init__");
        if (init instanceof Dataclasses.Init generated) {
            generated.run(machine, object, args, kwargs, at);
        } else if (init != null) {
            Value result = call(Attributes.bind(init, object, c), args, kwargs, at);
            if (result != PyNone.NONE) {
                throw ProgramError.of("TypeError", "__init__() should return None, not '"
                        + BuiltinTypes.typeOf(result).name() + "'");
            }
        } else if (!exception && (!args.isEmpty() || !kwargs.isEmpty())) {
            throw ProgramError.of("TypeError", c.name() + "() takes no arguments");
        }
        return object;
    }

    private Value invoke(PyFunction f, List<Value> args, Map<String, Value> kwargs) {
        Frame frame = Frame.call(f);
        Value[] bound = ArgumentBinding.bind(f, args, kwargs);
        for (int k = 0; k < bound.length; k++) {
            String name = f.parameters().get(k).name();
            frame.assign(name, machine.recorder.assigned(bound[k], name, f.parameters().get(k).span(), -1));
        }
        if (f.expression() == null && machine.generators.isGenerator(f.body())) {
            return new PyIterator(new GeneratorRun(machine, f.body(), frame), "generator", f.qualname());
        }
        machine.budget.enter();
        try {
            Value result;
            if (f.expression() != null) {
                result = machine.evaluator.evaluate(f.expression(), frame);
            } else {
                Flow flow = machine.execute(f.body(), frame);
                result = flow == Flow.RETURN ? machine.returned() : PyNone.NONE;
            }
            noteCall(bound, result);
            return result;
        } finally {
            machine.budget.leave();
        }
    }

    /** Notes on the tape which one recorded argument a returned recorded value came from, if only one was given. */
    private void noteCall(Value[] bound, Value result) {
        Tape tape = machine.recorder.tape();
        int returned = Numbers.node(result);
        if (tape == null || returned == Value.NO_NODE) {
            return;
        }
        int argument = Value.NO_NODE;
        for (Value v : bound) {
            int node = Numbers.node(v);
            if (node != Value.NO_NODE) {
                if (argument != Value.NO_NODE) {
                    return;
                }
                argument = node;
            }
        }
        if (argument != Value.NO_NODE) {
            tape.called(returned, argument);
        }
    }

    /**
     * {@code super()} without arguments, in a method: the class the method was defined in, and its first
     * argument.
     *
     * @param frame the method's frame
     * @return the super object
     * @throws ProgramError {@code RuntimeError} outside a method
     */
    Value zeroArgumentSuper(Frame frame) {
        Cell cell = frame.classCell();
        if (cell == null || cell.get() == null || frame.block() == null || frame.block().parameters().isEmpty()) {
            throw ProgramError.of("RuntimeError", "super(): no arguments");
        }
        return new PySuper((PyClass) cell.get(), frame.lookup(frame.block().parameters().get(0)));
    }
}
