package bpdiff.program.run;

import bpdiff.program.syntax.Expr;
import bpdiff.program.syntax.Span;
import bpdiff.program.syntax.Stmt;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;

/**
 * The body of a generator function, run lazily as CPython runs it: each {@code next()} runs the body from where it
 * stopped to its next {@code yield}, whose value it gives; the end of the body or {@code return} ends the generator
 * (the consumer sees {@code StopIteration}).
 *
 * <p>Where it stopped is a stack of cursors: a block with the index of its next statement, a loop with its iterator
 * or test, a {@code yield from} with the iterator it takes from. A statement holding no {@code yield} runs as the
 * interpreter runs any statement; {@code yield x}, {@code y = yield x}, {@code yield from xs}, and {@code if},
 * {@code for} and {@code while} holding one are stepped here ({@link bpdiff.program.syntax.StaticCheck} refuses a
 * {@code yield} elsewhere). As in CPython (PEP 479) a {@code StopIteration} raised in the body becomes
 * {@code RuntimeError: generator raised StopIteration}, and an exception ends the generator.
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

    /** Asked again from inside its own body (a generator that advances itself): CPython's error, the run kept. */
    @Override
    public boolean hasNext() {
        if (running) {
            throw ProgramError.of("ValueError", "generator already executing");
        }
        return super.hasNext();
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
        if (sentTo != null) {
            Expr target = sentTo;
            sentTo = null;
            machine.bind(target, PyNone.NONE, frame, null, target.span());
        }
        while (!stack.isEmpty()) {
            Object top = stack.peek();
            if (top instanceof Delegate d) {
                Value v = delegated(d);
                if (v != null) {
                    return v;
                }
            } else if (top instanceof Loop loop) {
                iterate(loop);
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
        Flow flow = machine.statement(s, frame);
        if (flow == Flow.RETURN) {
            result = machine.returned();
            stack.clear();
        } else if (flow == Flow.BREAK) {
            while (!(stack.pop() instanceof Loop)) {
                // the blocks inside the loop end with it
            }
        } else if (flow == Flow.CONTINUE) {
            while (!(stack.peek() instanceof Loop)) {
                stack.pop();
            }
        }
        return null;
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
            throw new ProgramError("not supported: yield here; yield in a statement of its own, outside try and with");
        } catch (ProgramError e) {
            throw e.at(s.span());
        }
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
