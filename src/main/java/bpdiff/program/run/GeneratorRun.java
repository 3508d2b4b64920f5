package bpdiff.program.run;

import bpdiff.program.syntax.Expr;
import bpdiff.program.syntax.Span;
import bpdiff.program.syntax.Stmt;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The body of a generator function, run lazily as CPython runs it: each {@code next()} runs the body from where it
 * stopped to its next {@code yield}, whose value it gives; the end of the body or {@code return} ends the generator
 * (the consumer sees {@code StopIteration}).
 *
 * <p>Where it stopped is a stack of cursors: a block with the index of its next statement, a loop with its iterator
 * or test, a {@code yield from} with the iterator it takes from. A statement holding no {@code yield} runs as the
 * interpreter runs any statement; {@code yield x}, {@code y = yield x}, {@code yield from xs}, and {@code if},
 * {@code for} and {@code while} holding one, and {@code try} and {@code with} whose body holds one, are stepped here
 * ({@link bpdiff.program.syntax.StaticCheck} refuses a {@code yield} elsewhere: in an expression, in an
 * {@code except}, {@code else} or {@code finally} block). An exception raised in the body, or thrown in at the
 * {@code yield} ({@link #throwIn}, {@link #close}), goes up the stack as in CPython: to the handlers and
 * {@code finally} of each {@code try} it leaves, to the {@code __exit__(type, value, None)} of each {@code with}
 * (a true result stops it); {@code return}, {@code break} and {@code continue} run the {@code finally} and
 * {@code __exit__(None, None, None)} they leave. As in CPython (PEP 479) a {@code StopIteration} raised in the body
 * becomes {@code RuntimeError: generator raised StopIteration}, and an exception ends the generator.
 */
final class GeneratorRun extends LookAhead {

    private final Interpreter machine;
    private final Frame frame;
    private final Deque<Object> stack = new ArrayDeque<>();
    /** The value yielded and not yet taken, or {@code null}. */
    private boolean running;
    /** {@code y} of {@code y = yield x}, bound to {@code None} (what {@code next()} sends) when the body resumes. */
    private Expr sentTo;
    /** The value of {@code return}: what {@code y = yield from g} binds. */
    private Value result = PyNone.NONE;
    /** The exception {@link #throwIn} raises at the {@code yield} where the body stopped, or {@code null}. */
    private ProgramError thrown;
    /** What {@code send} gives the {@code yield} where the body stopped ({@code next()} sends {@code None}). */
    private Value sent = PyNone.NONE;
    /** Whether the body has run to a first {@code yield}; whether it has ended. */
    private boolean started;
    private boolean ended;

    /** A {@code try} whose body is running: its handlers, {@code else} and {@code finally} are still to come. */
    private record Guard(Stmt.Try statement) {}

    /** A {@code with} item entered, with its manager's bound {@code __exit__}. */
    private record Managed(Value exit, Span span) {}

    /** A block and the index of its next statement. */
    private static final class Block {
        final List<Stmt> body;
        int next;

        Block(List<Stmt> body) {
            this.body = body;
        }
    }

    /** A {@code for} or {@code while} whose body holds a {@code yield}; {@code items} is the for loop's iterator. */
    private static final class Loop {
        final Stmt loop;
        final Iterator<Value> items;
        long iterations;

        Loop(Stmt loop, Iterator<Value> items) {
            this.loop = loop;
            this.items = items;
        }
    }

    /** {@code yield from source}, with the target of {@code y = yield from source} or {@code null}. */
    private record Delegate(Value source, Iterator<Value> items, Expr target, Span span) {}

    /**
     * @param machine the interpreter
     * @param body the function's statements
     * @param frame its variables, the arguments bound
     */
    GeneratorRun(Interpreter machine, List<Stmt> body, Frame frame) {
        this.machine = machine;
        this.frame = frame;
        stack.push(new Block(body));
    }

    /** @return the value the body returned, {@code None} if it ran to its end or is not finished */
    Value result() {
        return result;
    }

    /** @return whether the body has run, to a {@code yield} or its end */
    boolean started() {
        return started;
    }

    /** Asked again from inside its own body (a generator that advances itself): CPython's error, the run kept. */
    @Override
    public boolean hasNext() {
        if (running) {
            throw ProgramError.of("ValueError", "generator already executing");
        }
        return super.hasNext();
    }

    /** The methods of a generator object. */
    static final java.util.Set<String> METHODS = java.util.Set.of("send", "throw", "close");

    /**
     * {@code generator.send(value)}, {@code generator.throw(e)} or {@code generator.close()}.
     *
     * @param machine the interpreter
     * @param name the method
     * @param a its arguments
     * @param at where
     * @return the next value the body yields ({@code None} for {@code close})
     * @throws ProgramError {@code StopIteration} when the body ends, or what the body raises
     */
    Value method(String name, Arguments a, Span at) {
        if (name.equals("close")) {
            close();
            return PyNone.NONE;
        }
        Value v;
        if (name.equals("send")) {
            Value value = a.required(0, "value");
            if (!started && value != PyNone.NONE) {
                throw ProgramError.of("TypeError", "can't send non-None value to a just-started generator");
            }
            sent = value;
            v = hasNext() ? next() : null;
        } else {
            PyInstance exception = Exceptions.instance(machine, a.required(0, "typ"), at);
            v = throwIn(ProgramError.raised(exception, Exceptions.str(machine, exception)));
        }
        if (v == null) {
            ProgramError stop = ProgramError.of("StopIteration", "");
            if (result != PyNone.NONE) {
                stop = ProgramError.raised(Exceptions.instance(machine, BuiltinTypes.exception("StopIteration"), at),
                        Formatting.str(result));
                stop.exception().args(new PyTuple(List.of(result)));
            }
            throw stop;
        }
        return v;
    }

    /**
     * {@code generator.throw(e)}: raises {@code e} at the {@code yield} where the body stopped.
     *
     * @param e the exception
     * @return the next value the body yields, or {@code null} if it ended without raising
     * @throws ProgramError the exception, or another, when the body lets one out
     */
    Value throwIn(ProgramError e) {
        if (!started || ended) {
            ended = true;
            stack.clear();
            throw e;
        }
        thrown = e;
        return hasNext() ? next() : null;
    }

    /**
     * {@code generator.close()}: {@code GeneratorExit} raised at the {@code yield} where the body stopped; its
     * {@code finally} blocks and {@code __exit__} run.
     *
     * @throws ProgramError {@code RuntimeError} when the body yields again, or what else it raises
     */
    void close() {
        if (!started || ended) {
            ended = true;
            stack.clear();
            return;
        }
        ProgramError exit = ProgramError.of("GeneratorExit", "");
        try {
            if (throwIn(exit) != null) {
                throw ProgramError.of("RuntimeError", "generator ignored GeneratorExit");
            }
        } catch (ProgramError e) {
            if (e != exit && (e.limit() || e.type() == null
                    || !e.exception().cls().isSubclassOf(BuiltinTypes.exception("GeneratorExit")))) {
                throw e;
            }
        }
    }

    @Override
    protected Value advance() {
        running = true;
        machine.budget.enter();
        try {
            return resume();
        } catch (ProgramError e) {
            throw stopped(e);
        } finally {
            running = false;
            machine.budget.leave();
        }
    }

    @Override
    protected void release() {
        ended = true;
        stack.clear();
    }

    /** PEP 479: a {@code StopIteration} out of the body would end the consumer's loop silently. */
    private static ProgramError stopped(ProgramError e) {
        if (e.limit() || e.type() == null
                || !e.exception().cls().isSubclassOf(BuiltinTypes.exception("StopIteration"))) {
            return e;
        }
        ProgramError error = ProgramError.of("RuntimeError", "generator raised StopIteration");
        error.exception().attributes().put("__cause__", e.exception());
        return error.at(e.at());
    }

    /** Runs the body to its next {@code yield}: the value yielded, or {@code null} at its end. */
    private Value resume() {
        started = true;
        ProgramError raised = thrown;
        thrown = null;
        if (raised == null && sentTo != null) {
            Expr target = sentTo;
            sentTo = null;
            machine.bind(target, sent, frame, null, target.span());
        } else if (raised == null && stack.peek() instanceof Delegate d && d.items() instanceof GeneratorRun sub) {
            sub.sent = sent; // yield from passes what is sent on to the generator it takes from
        }
        sent = PyNone.NONE;
        sentTo = null;
        while (true) {
            try {
                if (raised != null) {
                    ProgramError e = raised;
                    raised = null;
                    unwind(e);
                }
                return run();
            } catch (ProgramError e) {
                if (e.limit() || stack.isEmpty()) {
                    throw e;
                }
                raised = e;
            }
        }
    }

    /**
     * An exception going up from the top of the stack: the first {@code try} that handles it, or {@code with} whose
     * {@code __exit__} stops it, and the body goes on after it.
     */
    private void unwind(ProgramError e) {
        while (!stack.isEmpty()) {
            Object top = stack.pop();
            if (top instanceof Guard g) {
                Stmt.Handler handler = null;
                for (Stmt.Handler h : g.statement().handlers()) {
                    if (h.type() == null
                            || Exceptions.matches(e.exception(), machine.evaluator.evaluate(h.type(), frame))) {
                        handler = h;
                        break;
                    }
                }
                if (handler == null) {
                    go(finish(g.statement(), Flow.NORMAL, e));
                } else {
                    Flow flow;
                    try {
                        flow = machine.compound.handle(handler, e, frame);
                    } catch (ProgramError other) {
                        if (other.limit()) {
                            throw other;
                        }
                        go(finish(g.statement(), Flow.NORMAL, other));
                        return;
                    }
                    go(finish(g.statement(), flow, null));
                }
                return;
            }
            if (top instanceof Managed m) {
                PyInstance exception = e.exception();
                Value suppress = machine.calls.call(m.exit(), List.of(exception.cls(), exception, PyNone.NONE),
                        Map.of(), m.span());
                if (Truth.of(machine, suppress)) {
                    return;
                }
            }
        }
        throw e;
    }

    /** The {@code finally} block of a {@code try} left with {@code flow} or exception {@code pending}. */
    private Flow finish(Stmt.Try t, Flow flow, ProgramError pending) {
        return Compound.afterFinally(machine, t, frame, flow, pending);
    }

    /** The end of a {@code try} body or {@code with} body reached: {@code else} and {@code finally}, or {@code __exit__}. */
    private void completed(Object top) {
        if (top instanceof Guard g) {
            Flow flow;
            try {
                flow = machine.execute(g.statement().orElse(), frame);
            } catch (ProgramError e) {
                if (e.limit() || g.statement().finalBody().isEmpty()) {
                    throw e;
                }
                go(finish(g.statement(), Flow.NORMAL, e));
                return;
            }
            go(finish(g.statement(), flow, null));
        } else if (top instanceof Managed m) {
            Value saved = machine.returned();
            machine.calls.call(m.exit(), List.of(PyNone.NONE, PyNone.NONE, PyNone.NONE), Map.of(), m.span());
            machine.returned(saved);
        }
    }

    /** Runs the body to its next {@code yield}: the value yielded, or {@code null} at its end. */
    private Value run() {
        while (!stack.isEmpty()) {
            Object top = stack.peek();
            if (top instanceof Delegate d) {
                Value v = delegated(d);
                if (v != null) {
                    return v;
                }
            } else if (top instanceof Loop loop) {
                iterate(loop);
            } else if (top instanceof Guard || top instanceof Managed) {
                completed(stack.pop());
            } else {
                Block block = (Block) top;
                if (block.next == block.body.size()) {
                    stack.pop();
                    continue;
                }
                Stmt s = block.body.get(block.next++);
                Value v = machine.generators.holdsYield(s) ? step(s) : plain(s);
                if (v != null) {
                    return v;
                }
            }
        }
        return null;
    }

    private Value delegated(Delegate d) {
        try {
            if (d.items().hasNext()) {
                return d.items().next();
            }
        } catch (ProgramError e) {
            throw e.at(d.span());
        }
        stack.pop();
        if (d.target() != null) {
            Value returned = d.source() instanceof PyIterator i && i.items() instanceof GeneratorRun g ? g.result()
                    : PyNone.NONE;
            machine.bind(d.target(), returned, frame, null, d.span());
        }
        return null;
    }

    /** A loop at the top of the stack: its next iteration's body, or its {@code else} when it is done. */
    private void iterate(Loop loop) {
        try {
            boolean again;
            if (loop.loop instanceof Stmt.For f) {
                again = loop.items.hasNext();
                if (again) {
                    machine.budget.iteration(++loop.iterations);
                    machine.bind(f.target(), loop.items.next(), frame, null, f.span());
                }
            } else {
                again = Truth.of(machine, machine.evaluator.evaluate(((Stmt.While) loop.loop).test(), frame));
                if (again) {
                    machine.budget.iteration(++loop.iterations);
                }
            }
            if (again) {
                stack.push(new Block(loop.loop instanceof Stmt.For f ? f.body() : ((Stmt.While) loop.loop).body()));
            } else {
                stack.pop();
                stack.push(new Block(loop.loop instanceof Stmt.For f ? f.orElse() : ((Stmt.While) loop.loop).orElse()));
            }
        } catch (ProgramError e) {
            throw e.at(loop.loop.span());
        }
    }

    /** A statement without {@code yield}, run as any other; {@code break}, {@code continue} and {@code return}. */
    private Value plain(Stmt s) {
        go(machine.statement(s, frame));
        return null;
    }

    /**
     * {@code return}, {@code break} or {@code continue}: the blocks it leaves end, the {@code finally} blocks and
     * {@code __exit__} on the way run.
     */
    private void go(Flow flow) {
        if (flow == Flow.NORMAL) {
            return;
        }
        if (flow == Flow.RETURN) {
            result = machine.returned();
        }
        while (!stack.isEmpty()) {
            Object top = stack.peek();
            if (top instanceof Loop && flow == Flow.CONTINUE) {
                return;
            }
            stack.pop();
            if (top instanceof Loop && flow == Flow.BREAK) {
                return;
            }
            if (top instanceof Guard g) {
                Flow after = finish(g.statement(), flow, null);
                if (after != flow) {
                    go(after);
                    return;
                }
            } else if (top instanceof Managed) {
                completed(top);
            }
        }
    }

    /** A statement holding a {@code yield}: the value it yields, or {@code null} for a block entered. */
    private Value step(Stmt s) {
        machine.budget.statement();
        try {
            if (s instanceof Stmt.ExprStmt e && e.value() instanceof Expr.Yield y) {
                return yielded(y, null, s.span());
            }
            if (s instanceof Stmt.Assign a && a.value() instanceof Expr.Yield y && a.targets().size() == 1) {
                return yielded(y, a.targets().get(0), s.span());
            }
            if (s instanceof Stmt.If i) {
                boolean test = Truth.of(machine, machine.evaluator.evaluate(i.test(), frame));
                stack.push(new Block(test ? i.body() : i.orElse()));
                return null;
            }
            if (s instanceof Stmt.For f) {
                stack.push(new Loop(f, Iteration.of(machine.evaluator.evaluate(f.iterable(), frame), machine,
                        f.iterable().span())));
                return null;
            }
            if (s instanceof Stmt.While w) {
                stack.push(new Loop(w, null));
                return null;
            }
            if (s instanceof Stmt.Try t && machine.generators.isGenerator(t.body())) {
                stack.push(new Guard(t));
                stack.push(new Block(t.body()));
                return null;
            }
            if (s instanceof Stmt.With w) {
                enter(w);
                return null;
            }
            throw new ProgramError("not supported: yield here; yield in a statement of its own, outside try and with");
        } catch (ProgramError e) {
            throw e.at(s.span());
        }
    }

    /** Enters each item of a {@code with} as {@link Compound} does, then its body. */
    private void enter(Stmt.With w) {
        for (Stmt.WithItem item : w.items()) {
            Value manager = machine.evaluator.evaluate(item.context(), frame);
            if (manager == PyIgnored.IGNORED) {
                if (item.target() != null) {
                    machine.bind(item.target(), PyIgnored.IGNORED, frame, null, w.span());
                }
                continue;
            }
            Value enter = Attributes.special(manager, "__enter__");
            Value exit = Attributes.special(manager, "__exit__");
            if (enter == null || exit == null) {
                throw ProgramError.of("TypeError", "'" + BuiltinTypes.typeOf(manager).name()
                        + "' object does not support the context manager protocol");
            }
            Value entered = machine.calls.call(enter, List.of(), Map.of(), w.span());
            stack.push(new Managed(exit, w.span()));
            if (item.target() != null) {
                machine.bind(item.target(), entered, frame, null, w.span());
            }
        }
        stack.push(new Block(w.body()));
    }

    private Value yielded(Expr.Yield y, Expr target, Span span) {
        Value v = y.value() == null ? PyNone.NONE : machine.evaluator.evaluate(y.value(), frame);
        if (y.from()) {
            Iterator<Value> items = v instanceof PyIterator i ? i.items() : Iteration.of(v, machine, y.span());
            stack.push(new Delegate(v, items, target, span));
            return null;
        }
        sentTo = target;
        return v;
    }
}
