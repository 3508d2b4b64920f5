package bpdiff.program.run;

import bpdiff.program.BadProgramException;
import bpdiff.program.Problem;
import bpdiff.program.ProgramLimits;
import bpdiff.program.syntax.AssignedNames;
import bpdiff.program.syntax.Expr;
import bpdiff.program.syntax.Program;
import bpdiff.program.syntax.Span;
import bpdiff.program.syntax.Stmt;
import bpdiff.program.tape.Tape;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs a program of the Python subset, statement by statement, with Python's semantics and numpy's, in a
 * sandbox: no file, network, process or reflection access exists in it, and {@link Budget} bounds its
 * statements, loops, call depth, array sizes and time.
 *
 * <p>While it runs, every numeric operation is recorded on a {@link Tape}, and the events the check needs
 * are collected ({@link Events}): each computation of the loss, each gradient-descent update
 * {@code w = w - s} / {@code w -= s} with the factors of {@code s}, and each assignment to a watched name.
 */
public final class Interpreter {

    private final Program program;
    private final RunOptions options;
    private final Tape tape;
    final Recorder recorder;
    final Operators operators;
    final Budget budget;
    final Evaluator evaluator;
    final Calls calls;
    final NumpyRandom random = new NumpyRandom();
    private final Map<String, Value> globals = new HashMap<>();
    final Events.Listener listener;
    private final Assignments assignments;
    private Value returned = PyNone.NONE;

    private Interpreter(Program program, RunOptions options, boolean record, Events.Listener listener) {
        this.program = program;
        this.options = options;
        this.listener = listener;
        this.tape = record ? new Tape(options.limits().recordedOperations()) : null;
        this.recorder = new Recorder(tape, options.limits().arrayElements());
        this.operators = new Operators(recorder);
        this.budget = new Budget(options.limits());
        this.evaluator = new Evaluator(this);
        this.calls = new Calls(this);
        this.assignments = new Assignments(this);
    }

    /**
     * Runs a program and records it.
     *
     * @param program the parsed program
     * @param options what to record and the limits
     * @return the tape and the events
     * @throws BadProgramException if the program fails or reaches a limit, at the line where it did
     */
    public static Trace run(Program program, RunOptions options) {
        Trace.Collector collector = new Trace.Collector();
        run(program, options, collector);
        return collector.trace();
    }

    /**
     * Runs a program and records it, telling a listener of each event as it happens.
     *
     * @param program the parsed program
     * @param options what to record and the limits
     * @param listener told of the run's start, its events and its normal end
     * @throws BadProgramException if the program fails or reaches a limit, at the line where it did
     */
    public static void run(Program program, RunOptions options, Events.Listener listener) {
        Interpreter interpreter = new Interpreter(program, options, true, listener);
        listener.started(program, interpreter.tape);
        try {
            interpreter.globals.put("__name__", new PyStr("__main__"));
            interpreter.execute(program.body(), Frame.module(interpreter.globals));
        } catch (ProgramError e) {
            throw interpreter.failure(e);
        } catch (StackOverflowError e) {
            throw interpreter.failure(new ProgramError("the program nests calls too deeply", true));
        }
        listener.finished();
    }

    /**
     * Evaluates an expression of the program in the variables one of its lines saw, recording nothing: how a
     * candidate correction of that line is computed.
     *
     * @param program the program
     * @param expr an expression, possibly changed from the one written
     * @param scope the variables
     * @param limits the limits for this evaluation
     * @return its value
     * @throws ProgramError if it cannot be computed
     */
    public static Value evaluate(Program program, Expr expr, Scope scope, ProgramLimits limits) {
        RunOptions options = new RunOptions(Set.of(), name -> false, limits, null);
        Interpreter interpreter = new Interpreter(program, options, false, null);
        interpreter.globals.putAll(scope.globals());
        Frame frame = Frame.module(interpreter.globals);
        if (!scope.locals().isEmpty()) {
            frame = frame.comprehension();
            for (Map.Entry<String, Value> e : scope.locals().entrySet()) {
                frame.assign(e.getKey(), e.getValue());
            }
        }
        try {
            return interpreter.evaluator.evaluate(expr, frame);
        } catch (StackOverflowError e) {
            throw new ProgramError("nested too deeply", true);
        }
    }

    private BadProgramException failure(ProgramError e) {
        Span at = e.at();
        return new BadProgramException(new Problem(Problem.Kind.RUNTIME,
                (e.limit() ? "" : "the program fails: ") + e.getMessage(), program.source(),
                at == null ? 0 : at.line(), at == null ? 0 : at.column()));
    }

    /** @return the value of the last {@code return} */
    Value returned() {
        return returned;
    }

    /** @return the module's variables */
    Map<String, Value> globals() {
        return globals;
    }

    /** @return the program */
    Program program() {
        return program;
    }

    /** @return the tape, or {@code null} when nothing is recorded */
    Tape tape() {
        return tape;
    }

    /**
     * Prints a line, if the run shows its output.
     *
     * @param line the text, without the line break
     */
    void print(String line) {
        if (options.output() != null) {
            options.output().accept(line);
        }
    }

    /**
     * Runs statements.
     *
     * @param body the statements
     * @param frame the variables
     * @return how the last one ended
     */
    Flow execute(List<Stmt> body, Frame frame) {
        for (Stmt s : body) {
            Flow flow = statement(s, frame);
            if (flow != Flow.NORMAL) {
                return flow;
            }
        }
        return Flow.NORMAL;
    }

    private Flow statement(Stmt s, Frame frame) {
        try {
            budget.statement();
            return dispatch(s, frame);
        } catch (ProgramError e) {
            throw e.at(s.span());
        }
    }

    private Flow dispatch(Stmt s, Frame frame) {
        if (s instanceof Stmt.ExprStmt e) {
            evaluator.evaluate(e.value(), frame);
        } else if (s instanceof Stmt.Assign a) {
            assignments.assign(a, frame);
        } else if (s instanceof Stmt.AugAssign a) {
            assignments.augmented(a, frame);
        } else if (s instanceof Stmt.If i) {
            return execute(Truth.of(evaluator.evaluate(i.test(), frame)) ? i.body() : i.orElse(), frame);
        } else if (s instanceof Stmt.For f) {
            return forLoop(f, frame);
        } else if (s instanceof Stmt.While w) {
            return whileLoop(w, frame);
        } else if (s instanceof Stmt.FunctionDef f) {
            define(f, frame);
        } else if (s instanceof Stmt.Return r) {
            returned = r.value() == null ? PyNone.NONE : evaluator.evaluate(r.value(), frame);
            return Flow.RETURN;
        } else if (s instanceof Stmt.Break) {
            return Flow.BREAK;
        } else if (s instanceof Stmt.Continue) {
            return Flow.CONTINUE;
        } else if (s instanceof Stmt.Import i) {
            frame.assign(i.alias(), Modules.imported(i));
        } else if (s instanceof Stmt.Assert a) {
            if (!Truth.of(evaluator.evaluate(a.test(), frame))) {
                String message = a.message() == null ? "" : ": " + Formatting.str(evaluator.evaluate(a.message(), frame));
                throw new ProgramError("assertion failed" + message);
            }
        }
        return Flow.NORMAL;
    }

    private void define(Stmt.FunctionDef f, Frame frame) {
        List<Value> defaults = new ArrayList<>();
        for (Stmt.Parameter p : f.parameters()) {
            defaults.add(p.defaultValue() == null ? null : evaluator.evaluate(p.defaultValue(), frame));
        }
        Set<String> locals = new java.util.LinkedHashSet<>();
        f.parameters().forEach(p -> locals.add(p.name()));
        locals.addAll(AssignedNames.of(f.body()));
        frame.assign(f.name(), new PyFunction(f, defaults, locals));
    }

    private Flow forLoop(Stmt.For f, Frame frame) {
        java.util.Iterator<Value> items = Iteration.of(evaluator.evaluate(f.iterable(), frame), this, f.iterable().span());
        long iterations = 0;
        while (items.hasNext()) {
            budget.iteration(++iterations);
            bind(f.target(), items.next(), frame, null, f.span());
            Flow flow = execute(f.body(), frame);
            if (flow == Flow.BREAK) {
                break;
            }
            if (flow == Flow.RETURN) {
                return flow;
            }
        }
        return Flow.NORMAL;
    }

    private Flow whileLoop(Stmt.While w, Frame frame) {
        long iterations = 0;
        while (Truth.of(evaluator.evaluate(w.test(), frame))) {
            budget.iteration(++iterations);
            Flow flow = execute(w.body(), frame);
            if (flow == Flow.BREAK) {
                break;
            }
            if (flow == Flow.RETURN) {
                return flow;
            }
        }
        return Flow.NORMAL;
    }

    /**
     * Binds a value to an assignment target: a name, a subscript, or a tuple or list of targets (unpacking).
     *
     * @param target the target
     * @param value the value
     * @param frame the variables
     * @param expr the expression the value came from, or {@code null}
     * @param span the statement
     */
    void bind(Expr target, Value value, Frame frame, Expr expr, Span span) {
        if (target instanceof Expr.Name n) {
            Value named = recorder.assigned(value, n.id(), n.span(), budget.depth());
            boolean observed = tape != null && (named instanceof PyFloat || named instanceof PyArray)
                    && (options.lossNames().contains(n.id()) || options.watched().test(n.id()));
            Scope before = observed ? Scope.of(frame) : null;
            frame.assign(n.id(), named);
            if (observed) {
                observe(n.id(), named, expr, span, before);
            }
        } else if (target instanceof Expr.TupleExpr || target instanceof Expr.ListExpr) {
            unpack(target instanceof Expr.TupleExpr t ? t.elements() : ((Expr.ListExpr) target).elements(), value, frame,
                    expr, span);
        } else if (target instanceof Expr.Subscript s) {
            Subscripts.assign(this, s, value, frame);
        } else {
            throw new ProgramError("cannot assign to this target");
        }
    }

    private void unpack(List<Expr> targets, Value value, Frame frame, Expr expr, Span span) {
        List<Value> items = Iteration.list(value, this, span);
        if (items.size() != targets.size()) {
            throw new ProgramError((items.size() < targets.size() ? "not enough" : "too many") + " values to unpack "
                    + "(expected " + targets.size() + ", got " + items.size() + ")");
        }
        List<Expr> parts = expr instanceof Expr.TupleExpr t && t.elements().size() == targets.size() ? t.elements()
                : null;
        for (int k = 0; k < targets.size(); k++) {
            bind(targets.get(k), items.get(k), frame, parts == null ? null : parts.get(k), span);
        }
    }

    private void observe(String name, Value value, Expr expr, Span span, Scope scope) {
        if (options.lossNames().contains(name)) {
            listener.loss(new Events.Loss(name, span, Numbers.node(value), Numbers.array(value), scope, tape.size()));
        } else {
            listener.assignment(new Events.Assignment(name, span, expr, Numbers.node(value), Numbers.array(value),
                    scope, tape.size()));
        }
    }
}
