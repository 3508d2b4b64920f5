package bpdiff.program.run;

import bpdiff.program.syntax.Span;
import bpdiff.program.syntax.Stmt;
import java.util.List;
import java.util.Map;

/** Calls: of the program's own functions, with Python's argument binding, and of built-ins and methods. */
final class Calls {

    private final Interpreter machine;
    private final Builtins builtins;
    private final NumpyFunctions numpy;
    private final Methods methods;

    /**
     * @param machine the interpreter
     */
    Calls(Interpreter machine) {
        this.machine = machine;
        this.builtins = new Builtins(machine);
        this.numpy = new NumpyFunctions(machine);
        this.methods = new Methods(machine);
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
            return invoke(f, args, kwargs, at);
        }
        if (function instanceof PyBuiltin b) {
            Arguments arguments = new Arguments(b.name(), args, kwargs);
            if (b.name().startsWith("numpy.") || b.name().startsWith("math.")) {
                return numpy.call(b.name(), arguments, at);
            }
            return builtins.call(b.name(), arguments, at);
        }
        if (function instanceof PyMethod m) {
            return methods.call(m.receiver(), m.name(), new Arguments(m.name(), args, kwargs), at);
        }
        if (function == PyIgnored.IGNORED) {
            return PyIgnored.IGNORED;
        }
        if (function instanceof PyModule m && m.name().startsWith("matplotlib")) {
            return PyIgnored.IGNORED;
        }
        throw new ProgramError("'" + function.typeName() + "' object is not callable");
    }

    private Value invoke(PyFunction f, List<Value> args, Map<String, Value> kwargs, Span at) {
        Stmt.FunctionDef def = f.def();
        List<Stmt.Parameter> parameters = def.parameters();
        if (args.size() > parameters.size()) {
            throw new ProgramError(def.name() + "() takes " + parameters.size() + " positional argument"
                    + (parameters.size() == 1 ? "" : "s") + " but " + args.size() + " were given");
        }
        Frame frame = Frame.call(machine.globals(), f);
        Value[] bound = new Value[parameters.size()];
        for (int k = 0; k < args.size(); k++) {
            bound[k] = args.get(k);
        }
        for (Map.Entry<String, Value> e : kwargs.entrySet()) {
            int k = indexOf(parameters, e.getKey());
            if (k < 0) {
                throw new ProgramError(def.name() + "() got an unexpected keyword argument '" + e.getKey() + "'");
            }
            if (bound[k] != null) {
                throw new ProgramError(def.name() + "() got multiple values for argument '" + e.getKey() + "'");
            }
            bound[k] = e.getValue();
        }
        for (int k = 0; k < bound.length; k++) {
            if (bound[k] == null) {
                bound[k] = f.defaults().get(k);
            }
            if (bound[k] == null) {
                throw new ProgramError(def.name() + "() missing a required argument: '" + parameters.get(k).name() + "'");
            }
            String name = parameters.get(k).name();
            frame.assign(name, machine.recorder.assigned(bound[k], name, parameters.get(k).span(), -1));
        }
        machine.budget.enter();
        try {
            Flow flow = machine.execute(def.body(), frame);
            return flow == Flow.RETURN ? machine.returned() : PyNone.NONE;
        } finally {
            machine.budget.leave();
        }
    }

    private static int indexOf(List<Stmt.Parameter> parameters, String name) {
        for (int k = 0; k < parameters.size(); k++) {
            if (parameters.get(k).name().equals(name)) {
                return k;
            }
        }
        return -1;
    }
}
