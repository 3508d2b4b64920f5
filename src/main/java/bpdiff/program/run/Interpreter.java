package bpdiff.program.run;

import bpdiff.OneLine;
import bpdiff.program.BadProgramException;
import bpdiff.program.Problem;
import bpdiff.program.ProgramLimits;
import bpdiff.program.ProgramOutOfMemoryError;
import bpdiff.program.syntax.Expr;
import bpdiff.program.syntax.Program;
import bpdiff.program.syntax.Span;
import bpdiff.program.syntax.Stmt;
import bpdiff.program.syntax.Symbols;
import bpdiff.program.tape.Tape;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs a Python program statement by statement, with CPython's semantics and numpy's, in a sandbox: no
 * file, network, process or reflection access exists in it, and {@link Budget} bounds its statements,
 * loops, call depth, array sizes and time.
 *
 * <p>While it runs, every numeric operation is recorded on a {@link Tape}, and the events the check needs
 * are collected ({@link Events}): each computation of the loss, each gradient-descent update
 * {@code w = w - s} / {@code w -= s} with the factors of {@code s}, and each assignment to a watched name.
 * An exception the program does not catch ends the run with its type, its message and where it was raised.
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
    final Torch torch;
    final Compound compound;
    final Generators generators = new Generators();
    final NumpyRandom random = new NumpyRandom();
    final ElementReads elementReads = new ElementReads();
    /** numpy's print options, as the program's {@code np.set_printoptions} left them. */
    bpdiff.program.array.ArrayFormat.Options printOptions = bpdiff.program.array.ArrayFormat.Options.DEFAULT;
    final PythonRandom pythonRandom = new PythonRandom();
    final Symbols symbols;
    private final Map<String, Value> globals = new HashMap<>();
    final Events.Listener listener;
    private final Assignments assignments;
    private final Map<Stmt.AnnAssign, Stmt.Assign> annotated = new IdentityHashMap<>();
    private final Map<Expr, String> labels = new IdentityHashMap<>();
    /** The call of the running statement whose value is a computation of the loss ({@link LossCalls}), or {@code null}. */
    private Expr.Call lossCall;
    /** The exceptions being handled, innermost first: what a bare {@code raise} raises again. */
    final Deque<ProgramError> handling = new ArrayDeque<>();
    private final StringBuilder line = new StringBuilder();
    private Value returned = PyNone.NONE;
    /** What a statement that exhausted Java's stack says: nesting that no limit of the program's own caught. */
    private static final String TOO_DEEP = "values or calls are nested too deeply for bpdiff's stack, bpdiff's limit "
            + "(a list inside a list … thousands deep, or a special method that calls itself?)";
    /** The interpreter running on this thread: dict keys and set elements with their own {@code __hash__} call it. */
    private static final ThreadLocal<Interpreter> CURRENT = new ThreadLocal<>();

    /** @return the interpreter running on this thread */
    static Interpreter current() {
        return CURRENT.get();
    }

    private Interpreter(Program program, Symbols symbols, RunOptions options, boolean record,
            Events.Listener listener) {
        this.program = program;
        this.symbols = symbols;
        this.options = options;
        this.listener = listener;
        this.tape = record ? new Tape(options.limits().recordedOperations(),
                options.limits().recordedElements()) : null;
        this.budget = new Budget(options.limits());
        this.recorder = new Recorder(tape, budget, options.limits().arrayElements());
        if (record) {
            recorder.elementStepped(ElementSteps.of(program));
        }
        this.operators = new Operators(this);
        this.evaluator = new Evaluator(this);
        this.calls = new Calls(this);
        this.torch = new Torch(this);
        this.compound = new Compound(this);
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
        Symbols symbols = Symbols.of(program.body());
        if (!symbols.problems().isEmpty()) {
            Symbols.Problem p = symbols.problems().get(0);
            Span at = p.span();
            throw new BadProgramException(new Problem(Problem.Kind.SYNTAX, "syntax error: " + p.message(),
                    program.source(), at == null ? 0 : at.line(), at == null ? 0 : at.column()));
        }
        Interpreter interpreter = new Interpreter(program, symbols, options, true, listener);
        listener.started(program, interpreter.tape);
        Interpreter outer = CURRENT.get();
        CURRENT.set(interpreter);
        try {
            interpreter.globals.put("__name__", new PyStr("__main__"));
            interpreter.execute(program.body(), Frame.module(interpreter.globals));
        } catch (ProgramError e) {
            interpreter.flush();
            if (!SystemModule.endsNormally(e)) {
                BadProgramException failure = interpreter.failure(e);
                if (!"AssertionError".equals(e.type()) || !listener.assertionFailed(failure)) {
                    throw failure;
                }
            }
        } catch (StackOverflowError e) {
            interpreter.flush();
            throw interpreter.failure(new ProgramError(TOO_DEEP, true));
        } catch (OutOfMemoryError e) {
            // the program's stack is gone; its variables go too, so that there is room to say where it was
            interpreter.globals.clear();
            throw e;
        } finally {
            interpreter.torch.close();
            CURRENT.set(outer);
        }
        interpreter.flush();
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
        Interpreter interpreter = new Interpreter(program, Symbols.of(List.of()), options, false, null);
        interpreter.globals.putAll(scope.globals());
        Frame frame = scope.locals().isEmpty() ? Frame.module(interpreter.globals)
                : Frame.snapshot(interpreter.globals, scope.locals());
        Interpreter outer = CURRENT.get();
        CURRENT.set(interpreter);
        try {
            return interpreter.evaluator.evaluate(expr, frame);
        } catch (StackOverflowError e) {
            throw new ProgramError("nested too deeply", true);
        } finally {
            interpreter.torch.close();
            CURRENT.set(outer);
        }
    }

    private BadProgramException failure(ProgramError e) {
        Span at = e.at();
        String message = e.limit() ? e.getMessage() : "the program fails: " + describe(e);
        String hint = e.limit() ? null : torch.hintFor(message);
        if (hint == null && !e.limit()) {
            hint = Bitwise.hintFor(message);
        }
        if (hint != null) {
            message += " (" + hint + ")";
        }
        return new BadProgramException(new Problem(Problem.Kind.RUNTIME, message, program.source(),
                at == null ? 0 : at.line(), at == null ? 0 : at.column()));
    }

    /** The most characters of an exception's message that bpdiff's one line shows. */
    private static final int SHOWN = 1000;

    /**
     * {@code Type: message} as CPython's traceback ends, or bpdiff's own message for an error without a type; on one
     * line (a line break shown as {@code \n}, any other control character, a line or paragraph separator and a lone
     * surrogate as Python escapes it, {@code \x1b}, {@code \u2028}: a message cannot steer the terminal it is
     * printed on) of at most {@value #SHOWN} characters of the message.
     */
    private String describe(ProgramError e) {
        String text = OneLine.printable(typed(e));
        return text.length() <= SHOWN ? text : text.substring(0, SHOWN) + "… (" + (text.length() - SHOWN)
                + " more characters)";
    }

    private String typed(ProgramError e) {
        if (e.type() == null) {
            return e.getMessage();
        }
        String text;
        try {
            text = Exceptions.str(this, e.exception());
        } catch (ProgramError inner) {
            text = e.getMessage();
        }
        String type = e.exception().cls().name();
        return text.isEmpty() ? type : type + ": " + text;
    }

    /** @return the value of the last {@code return} */
    Value returned() {
        return returned;
    }

    /**
     * @param value the value a {@code finally} block must not lose
     */
    void returned(Value value) {
        returned = value;
    }

    /** @return the module's variables */
    Map<String, Value> globals() {
        return globals;
    }

    /** @return the program */
    Program program() {
        return program;
    }

    /**
     * The name a float or array stored into an attribute or item is recorded under: the target as written,
     * without white space ({@code self.W1}, {@code params}), computed once per expression of the program.
     *
     * @param target an expression of the program
     * @return its text
     */
    String label(Expr target) {
        return labels.computeIfAbsent(target, x -> program.text(x.span()).replaceAll("\\s+", ""));
    }

    /** @return the tape, or {@code null} when nothing is recorded */
    Tape tape() {
        return tape;
    }

    /** @return whether printed text goes anywhere (when not, {@code print} formats nothing) */
    boolean printing() {
        return options.output() != null;
    }

    /**
     * Writes printed text, passing on each complete line.
     *
     * @param text the text, line breaks included
     */
    void write(String text) {
        if (options.output() == null || text.isEmpty()) {
            return;
        }
        if (options.text()) {
            options.output().accept(text);
            return;
        }
        int start = 0;
        for (int k = text.indexOf('\n'); k >= 0; k = text.indexOf('\n', start)) {
            line.append(text, start, k);
            options.output().accept(line.toString());
            line.setLength(0);
            start = k + 1;
        }
        line.append(text, start, text.length());
    }

    private void flush() {
        if (options.output() != null && !options.text() && line.length() > 0) {
            options.output().accept(line.toString());
            line.setLength(0);
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

    /**
     * Runs one statement, counted against the budget; an error out of it is placed at it.
     *
     * @param s the statement
     * @param frame the variables
     * @return how it ended
     */
    Flow statement(Stmt s, Frame frame) {
        try {
            budget.statement();
            return dispatch(s, frame);
        } catch (ProgramError e) {
            throw e.at(s.span());
        } catch (StackOverflowError e) {
            // the innermost statement is the one to name; the stack has room again up here
            throw new ProgramError(TOO_DEEP, true).at(s.span());
        } catch (OutOfMemoryError e) {
            throw e instanceof ProgramOutOfMemoryError ? e : outOfMemory(s.span());
        }
    }

    /** The heap filled in a statement: its values are unreachable once this is thrown past it. */
    private ProgramOutOfMemoryError outOfMemory(Span at) {
        return new ProgramOutOfMemoryError(new Problem(Problem.Kind.RUNTIME, "out of memory: the program's values "
                + "filled the Java heap (at most " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB); "
                + "make its arrays and lists smaller, or give Java more with -Xmx", program.source(), at.line(),
                at.column()));
    }

    /** {@code name: annotation} in a class body: the class's {@code __annotations__}, as CPython keeps them. */
    private static void annotate(Frame frame, String name, Value annotation) {
        Value held = frame.locals().get("__annotations__");
        PyDict annotations = held instanceof PyDict d ? d : new PyDict();
        annotations.put(new PyStr(name), annotation);
        if (held != annotations) {
            frame.assign("__annotations__", annotations);
        }
    }

    private Flow dispatch(Stmt s, Frame frame) {
        if (s instanceof Stmt.ExprStmt e) {
            if (!assignments.inPlaceStep(e.value(), e.span(), frame)
                    && !assignments.setattrStep(e.value(), e.span(), frame)) {
                evaluator.evaluate(e.value(), frame);
                backward(e, frame);
            }
        } else if (s instanceof Stmt.Assign a) {
            assignments.assign(a, frame);
            givenLoss(a.targets(), a.span(), frame);
        } else if (s instanceof Stmt.AugAssign a) {
            Expr.Call outer = watchLossCall(a);
            try {
                assignments.augmented(a, frame);
            } finally {
                lossCall = outer;
            }
            givenLoss(List.of(a.target()), a.span(), frame);
        } else if (s instanceof Stmt.AnnAssign a) {
            if (frame.isClassBody() && a.target() instanceof Expr.Name n) {
                annotate(frame, n.id(), evaluator.evaluate(a.annotation(), frame));
            }
            if (a.value() != null) {
                assignments.assign(annotated.computeIfAbsent(a, x -> new Stmt.Assign(List.of(x.target()), x.value(),
                        x.span())), frame);
                givenLoss(List.of(a.target()), a.span(), frame);
            }
        } else if (s instanceof Stmt.If i) {
            return execute(Truth.of(this, evaluator.evaluate(i.test(), frame)) ? i.body() : i.orElse(), frame);
        } else if (s instanceof Stmt.Return r) {
            Value step = assignments.returnStep(r, frame);
            returned = step != null ? step : r.value() == null ? PyNone.NONE : evaluator.evaluate(r.value(), frame);
            return Flow.RETURN;
        } else if (s instanceof Stmt.Break) {
            return Flow.BREAK;
        } else if (s instanceof Stmt.Continue) {
            return Flow.CONTINUE;
        } else if (s instanceof Stmt.Import i) {
            if (i.star()) {
                i.bound().forEach(n -> frame.assign(n, Modules.member(i.module(), n)));
            } else {
                frame.assign(i.alias(), Modules.imported(i));
            }
        } else if (s instanceof Stmt.Assert a) {
            if (!Truth.of(this, evaluator.evaluate(a.test(), frame))) {
                throw Exceptions.error(this, "AssertionError", a.message() == null ? List.of()
                        : List.of(evaluator.evaluate(a.message(), frame)));
            }
        } else if (s instanceof Stmt.Delete d) {
            d.targets().forEach(t -> delete(t, frame));
        } else if (s instanceof Stmt.Global || s instanceof Stmt.Nonlocal || s instanceof Stmt.Pass) {
            return Flow.NORMAL;
        } else {
            return compound.execute(s, frame);
        }
        return Flow.NORMAL;
    }

    /**
     * Watches the call of a statement {@code v += f(…)} that computes the loss ({@link LossCalls}),
     * {@code v} not a loss's name (whose assignments are computations of the loss already).
     *
     * @return the call watched until now, to watch again after the statement
     */
    private Expr.Call watchLossCall(Stmt.AugAssign s) {
        Expr.Call outer = lossCall;
        if (tape != null && options.lossCalls()) {
            Expr.Call c = LossCalls.of(s);
            if (c != null && !options.lossNames().contains(((Expr.Name) s.target()).id())) {
                lossCall = c;
            }
        }
        return outer;
    }

    /**
     * A call has returned: when it is the watched call of a function of the program named as a loss and its value is
     * one number, that value is a computation of the loss, named by the call's text ({@code scores = self.loss(X)},
     * CS231n's scores without labels, is none).
     *
     * @param c the call
     * @param function what it called
     * @param value what it returned
     * @param frame the caller's variables
     */
    void called(Expr.Call c, Value function, Value value, Frame frame) {
        if (c == lossCall && LossCalls.isProgramFunction(function)
                && (value instanceof PyFloat || value instanceof PyArray a && a.value().size() == 1)) {
            lossComputed(program.text(c.span()), value, c.span(), Scope.of(frame));
        }
    }

    private void delete(Expr target, Frame frame) {
        if (target instanceof Expr.Name n) {
            frame.delete(n.id());
        } else if (target instanceof Expr.TupleExpr t) {
            t.elements().forEach(e -> delete(e, frame));
        } else if (target instanceof Expr.ListExpr l) {
            l.elements().forEach(e -> delete(e, frame));
        } else if (target instanceof Expr.Subscript s) {
            Subscripts.delete(this, s, frame);
        } else if (target instanceof Expr.Attribute a) {
            Attributes.delete(this, evaluator.evaluate(a.value(), frame), a.attribute());
        } else {
            throw ProgramError.of("SyntaxError", "cannot delete " + target.getClass().getSimpleName());
        }
    }

    /**
     * Binds a value to an assignment target: a name, a subscript, an attribute, or a tuple or list of targets
     * (unpacking, with at most one starred target).
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
            // error = self.loss_prime(y, out) holds ∂L/∂out under a loss's name: no loss
            boolean observed = tape != null && (named instanceof PyFloat || named instanceof PyArray)
                    && (options.lossNames().contains(n.id()) && !LossCalls.isDerivativeCall(expr)
                            || options.watched().test(n.id()));
            Scope before = observed ? Scope.of(frame) : null;
            Value held = observed || tape == null ? null : ScalarObjects.lossHeld(named, n.id(), options.lossNames());
            if (held != null) {
                before = Scope.of(frame);
            }
            frame.assign(n.id(), named);
            if (observed) {
                observe(n.id(), named, expr, span, before);
            } else if (held != null) {
                observe(n.id(), held, null, span, before);
            }
        } else if (target instanceof Expr.TupleExpr || target instanceof Expr.ListExpr) {
            unpack(target instanceof Expr.TupleExpr t ? t.elements() : ((Expr.ListExpr) target).elements(), value, frame,
                    expr, span);
        } else if (target instanceof Expr.Subscript s) {
            Subscripts.DictEntry entry = Subscripts.assign(this, s, value, frame);
            rewritten(s, frame, span);
            if (entry != null && tape != null && s.value() instanceof Expr.Name n
                    && (entry.value() instanceof PyFloat || entry.value() instanceof PyArray)) {
                // grads['W1'] = …: a gradient kept in a dict claims what its key names (Saito's TwoLayerNet.gradient)
                String name = n.id() + "['" + entry.key() + "']";
                if (options.watched().test(name)) {
                    observe(name, entry.value(), expr, span, Scope.of(frame));
                }
            }
        } else if (target instanceof Expr.Attribute a) {
            Value object = evaluator.evaluate(a.value(), frame);
            if (object instanceof PyTensor t) {
                TensorAttributes.set(torch, t, a.attribute(), value, a.span());
                return;
            }
            Value named = recorder.assigned(value, label(a), a.span(), budget.depth());
            Attributes.set(this, object, a.attribute(), named);
            if (tape != null && options.lossNames().contains(a.attribute()) && a.value() instanceof Expr.Name
                    && (named instanceof PyFloat || named instanceof PyArray)) {
                // a loss layer's self.loss = cross_entropy_error(self.y, self.t)
                lossComputed(label(a), named, span, Scope.of(frame));
            }
            if (tape != null && object instanceof PyInstance o && named instanceof PyArray
                    && options.watched().test(a.attribute()) && claimsAnAttribute(o, a.attribute())) {
                // self.dweights = …: a claim about the object's own attribute (self.weights), its names read there
                observe(a.attribute(), named, expr, span, Scope.ofAttributes(o.attributes(), frame.function()));
            }
        } else if (target instanceof Expr.Starred) {
            throw ProgramError.of("SyntaxError", "starred assignment target must be in a list or tuple");
        } else {
            throw ProgramError.of("SyntaxError", "cannot assign to this target");
        }
    }

    /**
     * A watched array written through a subscript ({@code dZ[Z <= 0] = 0}, {@code self.dinputs[self.inputs <= 0] = 0}) holds a new value under its name: the claim
     * it makes is that value, as if the name were assigned again.
     */
    void rewritten(Expr.Subscript s, Frame frame, Span span) {
        if (tape != null && s.value() instanceof Expr.Name n && options.watched().test(n.id())
                && frame.lookup(n.id()) instanceof PyArray array) {
            observe(n.id(), array, null, span, Scope.of(frame));
        } else if (tape != null && s.value() instanceof Expr.Attribute a && a.value() instanceof Expr.Name n
                && options.watched().test(a.attribute()) && frame.lookup(n.id()) instanceof PyInstance o
                && o.attributes().get(a.attribute()) instanceof PyArray array && claimsAnAttribute(o, a.attribute())) {
            // self.dinputs[self.inputs <= 0] = 0: the object's claim holds the rewritten value
            observe(a.attribute(), array, null, span, Scope.ofAttributes(o.attributes(), frame.function()));
        }
    }

    /**
     * Whether an object's array attribute is named as the derivative of another of its array attributes
     * ({@code dweights} beside {@code weights}): only then is it a claim.
     */
    private static boolean claimsAnAttribute(PyInstance o, String attribute) {
        String x = attribute.startsWith("grad_") ? attribute.substring(5)
                : attribute.startsWith("d_") ? attribute.substring(2) : attribute.substring(1);
        return !x.isEmpty() && o.attributes().get(x) instanceof PyArray;
    }

    private void unpack(List<Expr> targets, Value value, Frame frame, Expr expr, Span span) {
        if (value == PyIgnored.IGNORED) {
            targets.forEach(t -> bind(t instanceof Expr.Starred s ? s.value() : t, PyIgnored.IGNORED, frame, null, span));
            return;
        }
        List<Value> items = Iteration.list(value, this, span);
        int star = -1;
        for (int k = 0; k < targets.size(); k++) {
            if (targets.get(k) instanceof Expr.Starred) {
                star = k;
            }
        }
        if (star >= 0) {
            int after = targets.size() - star - 1;
            if (items.size() < targets.size() - 1) {
                throw ProgramError.of("ValueError", "not enough values to unpack (expected at least "
                        + (targets.size() - 1) + ", got " + items.size() + ")");
            }
            for (int k = 0; k < star; k++) {
                bind(targets.get(k), items.get(k), frame, null, span);
            }
            bind(((Expr.Starred) targets.get(star)).value(),
                    PyList.of(items.subList(star, items.size() - after)), frame, null, span);
            for (int k = 0; k < after; k++) {
                bind(targets.get(star + 1 + k), items.get(items.size() - after + k), frame, null, span);
            }
            return;
        }
        if (items.size() != targets.size()) {
            throw ProgramError.of("ValueError", items.size() < targets.size()
                    ? "not enough values to unpack (expected " + targets.size() + ", got " + items.size() + ")"
                    : "too many values to unpack (expected " + targets.size() + ")");
        }
        List<Expr> parts = expr instanceof Expr.TupleExpr t && t.elements().size() == targets.size() ? t.elements()
                : null;
        for (int k = 0; k < targets.size(); k++) {
            bind(targets.get(k), items.get(k), frame, parts == null ? null : parts.get(k), span);
        }
    }

    /**
     * {@code x.backward()} as a statement, {@code x} a scalar tensor, or a variable holding a scalar object of the
     * program's own autograd (micrograd's {@code total_loss.backward()}, its number in {@code data}): {@code x} is the
     * loss autograd differentiates, observed under the text of its expression ({@code l.sum()}); the check takes it
     * when no listed name holds the loss.
     */
    private void backward(Stmt.ExprStmt e, Frame frame) {
        PyTensor root = torch.takeBackwardRoot();
        if (tape == null || !(e.value() instanceof Expr.Call c && c.arguments().isEmpty()
                && c.function() instanceof Expr.Attribute a && a.attribute().equals("backward"))) {
            return;
        }
        if (root != null) {
            listener.loss(new Events.Loss(program.text(a.value().span()), e.span(), root.node(), root.value(),
                    Scope.of(frame), tape.size(), true));
        } else if (a.value() instanceof Expr.Name n && ScalarObjects.isScalar(frame.lookup(n.id()))) {
            // total_loss.backward() of the program's own autograd (micrograd): the number it holds is the loss
            Value data = ((PyInstance) frame.lookup(n.id())).attributes().get("data");
            if (Numbers.node(data) >= 0 && !tape.isReleased(Numbers.node(data))) {
                listener.loss(new Events.Loss(n.id(), e.span(), Numbers.node(data), Numbers.array(data),
                        Scope.of(frame), tape.size(), true));
            }
        }
    }

    /**
     * {@code --loss-expr EXPR}: after an assignment to something the expression reads, the expression computed in its scope
     * and observed as the loss, unless something it reads is not there yet ({@link LossExpression}).
     */
    private void givenLoss(List<Expr> targets, Span span, Frame frame) {
        LossExpression loss = options.loss();
        if (loss == null || tape == null || !loss.readsAny(targets)) {
            return;
        }
        Value value;
        try {
            value = evaluator.evaluate(loss.expr(), frame);
        } catch (ProgramError e) {
            if (LossExpression.notYet(e)) {
                return;
            }
            throw e.limit() ? e : new ProgramError("--loss-expr '" + loss.text() + "': "
                    + (e.type() == null ? "" : e.type() + ": ") + e.getMessage());
        }
        if (!(value instanceof PyFloat || value instanceof PyArray)) {
            throw new ProgramError("--loss-expr '" + loss.text() + "' computes " + Formatting.repr(BuiltinTypes.typeOf(value))
                    + ", not a number");
        }
        lossComputed(loss.text(), value, span, Scope.of(frame));
    }

    /** A computation of the loss, named and valued, with the variables it was computed among. */
    private void lossComputed(String name, Value value, Span span, Scope scope) {
        listener.loss(new Events.Loss(name, span, Numbers.node(value), Numbers.array(value), scope, tape.size(),
                false));
    }

    private void observe(String name, Value value, Expr expr, Span span, Scope scope) {
        if (options.lossNames().contains(name)) {
            lossComputed(name, value, span, scope);
        } else {
            listener.assignment(new Events.Assignment(name, span, expr, Numbers.node(value), Numbers.array(value),
                    scope, tape.size()));
        }
    }
}
