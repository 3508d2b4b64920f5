package bpdiff.program.run;

import bpdiff.program.syntax.Expr;
import bpdiff.program.syntax.Stmt;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The statements that hold blocks or define things: {@code for} and {@code while} (with {@code else}),
 * {@code def}, {@code class}, {@code try}, {@code with} and {@code raise}.
 */
final class Compound {

    private final Interpreter machine;

    /**
     * @param machine the interpreter
     */
    Compound(Interpreter machine) {
        this.machine = machine;
    }

    /**
     * @param s a compound statement
     * @param frame the variables
     * @return how it ended
     */
    Flow execute(Stmt s, Frame frame) {
        if (s instanceof Stmt.For f) {
            return forLoop(f, frame);
        }
        if (s instanceof Stmt.While w) {
            return whileLoop(w, frame);
        }
        if (s instanceof Stmt.FunctionDef f) {
            define(f, frame);
        } else if (s instanceof Stmt.ClassDef c) {
            defineClass(c, frame);
        } else if (s instanceof Stmt.Try t) {
            return tryStatement(t, frame);
        } else if (s instanceof Stmt.With w) {
            return with(w, 0, frame);
        } else if (s instanceof Stmt.Raise r) {
            raise(r, frame);
        } else if (s instanceof Stmt.Unsupported u) {
            throw new ProgramError("not supported: " + u.construct());
        }
        return Flow.NORMAL;
    }

    private Flow forLoop(Stmt.For f, Frame frame) {
        Value iterable = machine.evaluator.evaluate(f.iterable(), frame);
        Iterator<Value> items = Iteration.of(iterable, machine, f.iterable().span());
        GeneratorRun temporary = f.iterable() instanceof Expr.Call && iterable instanceof PyIterator i
                && i.items() instanceof GeneratorRun run && !run.started() ? run : null;
        long iterations = 0;
        while (items.hasNext()) {
            machine.budget.iteration(++iterations);
            machine.bind(f.target(), items.next(), frame, null, f.span());
            Flow flow = machine.execute(f.body(), frame);
            if (flow == Flow.BREAK || flow == Flow.RETURN) {
                if (temporary != null) {
                    // CPython frees the generator only the loop held as the loop ends: close() runs its finally
                    Value saved = machine.returned();
                    temporary.close();
                    machine.returned(saved);
                }
                return flow == Flow.BREAK ? Flow.NORMAL : flow;
            }
        }
        return machine.execute(f.orElse(), frame);
    }

    private Flow whileLoop(Stmt.While w, Frame frame) {
        long iterations = 0;
        while (Truth.of(machine, machine.evaluator.evaluate(w.test(), frame))) {
            machine.budget.iteration(++iterations);
            Flow flow = machine.execute(w.body(), frame);
            if (flow == Flow.BREAK) {
                return Flow.NORMAL;
            }
            if (flow == Flow.RETURN) {
                return flow;
            }
        }
        return machine.execute(w.orElse(), frame);
    }

    private void define(Stmt.FunctionDef f, Frame frame) {
        List<Value> decorators = new ArrayList<>();
        f.decorators().forEach(d -> decorators.add(machine.evaluator.evaluate(d, frame)));
        Value function = function(f.name(), f.parameters(), f.body(), null, machine.symbols.of(f), frame);
        frame.assign(f.name(), decorate(decorators, function, f));
    }

    /**
     * Makes a function of a {@code def} or {@code lambda}, computing its defaults now.
     *
     * @param name its name
     * @param parameters its parameters
     * @param body its statements, or {@code null} for a lambda
     * @param expression a lambda's expression, or {@code null}
     * @param block its names
     * @param frame where it is defined
     * @return the function
     */
    PyFunction function(String name, List<Stmt.Parameter> parameters, List<Stmt> body, Expr expression,
            bpdiff.program.syntax.Symbols.Block block, Frame frame) {
        Value[] defaults = new Value[parameters.size()];
        for (int k = 0; k < defaults.length; k++) {
            Expr d = parameters.get(k).defaultValue();
            defaults[k] = d == null ? null : machine.evaluator.evaluate(d, frame);
        }
        String outer = frame.function();
        String qualname = outer == null ? name : frame.isClassBody() ? outer + "." + name : outer + ".<locals>." + name;
        return new PyFunction(name, qualname, parameters, body, expression, block, defaults, frame.closureScope(),
                frame.globals(), frame.classCell());
    }

    private Value decorate(List<Value> decorators, Value target, Stmt at) {
        Value result = target;
        for (int k = decorators.size() - 1; k >= 0; k--) {
            result = machine.calls.call(decorators.get(k), List.of(result), Map.of(), at.span());
        }
        return result;
    }

    /**
     * Special methods Python calls on its own that bpdiff does not (attribute access and object creation, descriptors,
     * class hooks): a class defining one would silently run otherwise than in Python, so it is refused.
     */
    private static final java.util.Set<String> NOT_CALLED = java.util.Set.of("__setattr__", "__getattribute__",
            "__delattr__", "__new__", "__init_subclass__", "__class_getitem__", "__set_name__", "__get__", "__set__",
            "__delete__", "__instancecheck__", "__subclasscheck__", "__index__", "__missing__");

    private void defineClass(Stmt.ClassDef c, Frame frame) {
        List<Value> decorators = new ArrayList<>();
        c.decorators().forEach(d -> decorators.add(machine.evaluator.evaluate(d, frame)));
        List<PyClass> bases = new ArrayList<>();
        for (Expr b : c.bases()) {
            Value v = machine.evaluator.evaluate(b, frame);
            if (!(v instanceof PyClass base)) {
                throw ProgramError.of("TypeError", "bases must be types");
            }
            if (base.builtin() && base != BuiltinTypes.OBJECT && !base.isSubclassOf(BuiltinTypes.BASE_EXCEPTION)
                    && !base.isSubclassOf(TorchNn.MODULE) && base != TorchCustomFunction.FUNCTION) {
                throw new ProgramError("a class deriving from '" + base.name() + "' is not supported: derive from "
                        + "object, an exception class, torch.nn.Module or torch.autograd.Function");
            }
            bases.add(base);
        }
        if (!c.keywords().isEmpty()) {
            throw new ProgramError("class keywords (metaclass=…) are not supported");
        }
        if (bases.isEmpty()) {
            bases.add(BuiltinTypes.OBJECT);
        }
        Cell cell = new Cell();
        String outer = frame.function();
        String qualname = outer == null ? c.name() : frame.isClassBody() ? outer + "." + c.name()
                : outer + ".<locals>." + c.name();
        Frame body = frame.classBody(machine.symbols.of(c), qualname, cell);
        body.assign("__module__", new PyStr("__main__"));
        body.assign("__qualname__", new PyStr(qualname));
        body.assign("__doc__", Reflection.docstring(c.body()));
        machine.execute(c.body(), body);
        Map<String, Value> namespace = new LinkedHashMap<>(body.locals());
        for (String name : namespace.keySet()) {
            if (NOT_CALLED.contains(name)) {
                throw new ProgramError("defining " + name + " is not supported: bpdiff never calls it, so the program"
                        + " would not run as Python runs it (a method of another name, called where it is needed)");
            }
        }
        long order = 1;
        for (PyClass b : bases) {
            order += b.mro().size();
        }
        // the method resolution order (__mro__) is a tuple of at most this many classes: a chain of classes each
        // deriving from the last makes orders of 1, 2, 3, … classes
        machine.budget.elements(order);
        PyClass cls = new PyClass(c.name(), "__main__", bases, namespace, false);
        cell.set(cls);
        frame.assign(c.name(), decorate(decorators, cls, c));
    }

    private Flow tryStatement(Stmt.Try t, Frame frame) {
        Flow flow;
        ProgramError pending = null;
        try {
            flow = guarded(t, frame);
        } catch (ProgramError e) {
            if (e.limit() || t.finalBody().isEmpty()) {
                throw e;
            }
            pending = e;
            flow = Flow.NORMAL;
        }
        return afterFinally(machine, t, frame, flow, pending);
    }

    /**
     * The {@code finally} block of a {@code try} left with {@code flow} or exception {@code pending} (a statement's
     * run or a generator's): the flow it leaves with (its own {@code return}, {@code break} or {@code continue}
     * wins), or the exception raised.
     */
    static Flow afterFinally(Interpreter machine, Stmt.Try t, Frame frame, Flow flow, ProgramError pending) {
        if (!t.finalBody().isEmpty()) {
            Value saved = machine.returned();
            Flow after = machine.execute(t.finalBody(), frame);
            if (after != Flow.NORMAL) {
                return after;
            }
            machine.returned(saved);
        }
        if (pending != null) {
            throw pending;
        }
        return flow;
    }

    /** The body and its handlers; {@code else} runs when the body raised nothing (its own errors go up). */
    private Flow guarded(Stmt.Try t, Frame frame) {
        Flow flow;
        try {
            flow = machine.execute(t.body(), frame);
        } catch (ProgramError e) {
            if (e.limit()) {
                throw e;
            }
            for (Stmt.Handler h : t.handlers()) {
                if (h.type() == null || Exceptions.matches(e.exception(), machine.evaluator.evaluate(h.type(), frame))) {
                    return handle(h, e, frame);
                }
            }
            throw e;
        }
        return flow == Flow.NORMAL ? machine.execute(t.orElse(), frame) : flow;
    }

    Flow handle(Stmt.Handler h, ProgramError e, Frame frame) {
        machine.handling.push(e);
        try {
            if (h.name() != null) {
                frame.assign(h.name(), e.exception());
            }
            return machine.execute(h.body(), frame);
        } finally {
            machine.handling.pop();
            if (h.name() != null) {
                try {
                    frame.delete(h.name());
                } catch (ProgramError ignored) {
                    // the handler deleted it itself
                }
            }
        }
    }

    private void raise(Stmt.Raise r, Frame frame) {
        if (r.exception() == null) {
            if (machine.handling.isEmpty()) {
                throw ProgramError.of("RuntimeError", "No active exception to reraise");
            }
            throw machine.handling.peek();
        }
        PyInstance exception = Exceptions.instance(machine, machine.evaluator.evaluate(r.exception(), frame), r.span());
        if (r.cause() != null) {
            Value cause = machine.evaluator.evaluate(r.cause(), frame);
            exception.attributes().put("__cause__", cause == PyNone.NONE ? cause
                    : Exceptions.instance(machine, cause, r.span()));
        }
        throw ProgramError.raised(exception, Exceptions.str(machine, exception));
    }

    private Flow with(Stmt.With w, int k, Frame frame) {
        if (k == w.items().size()) {
            return machine.execute(w.body(), frame);
        }
        Stmt.WithItem item = w.items().get(k);
        Value manager = machine.evaluator.evaluate(item.context(), frame);
        if (manager == PyIgnored.IGNORED) {
            if (item.target() != null) {
                machine.bind(item.target(), PyIgnored.IGNORED, frame, null, w.span());
            }
            return with(w, k + 1, frame);
        }
        Value enter = Attributes.special(manager, "__enter__");
        Value exit = Attributes.special(manager, "__exit__");
        if (enter == null || exit == null) {
            throw ProgramError.of("TypeError", "'" + BuiltinTypes.typeOf(manager).name()
                    + "' object does not support the context manager protocol");
        }
        Value entered = machine.calls.call(enter, List.of(), Map.of(), w.span());
        if (item.target() != null) {
            machine.bind(item.target(), entered, frame, null, w.span());
        }
        Flow flow;
        try {
            flow = with(w, k + 1, frame);
        } catch (ProgramError e) {
            if (e.limit()) {
                throw e;
            }
            PyInstance exception = e.exception();
            Value suppress = machine.calls.call(exit, List.of(exception.cls(), exception, PyNone.NONE), Map.of(),
                    w.span());
            if (Truth.of(machine, suppress)) {
                return Flow.NORMAL;
            }
            throw e;
        }
        Value saved = machine.returned();
        machine.calls.call(exit, List.of(PyNone.NONE, PyNone.NONE, PyNone.NONE), Map.of(), w.span());
        machine.returned(saved);
        return flow;
    }
}
