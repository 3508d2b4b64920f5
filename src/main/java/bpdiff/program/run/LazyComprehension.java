package bpdiff.program.run;

import bpdiff.program.syntax.Expr;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * A generator expression's items, made one at a time as CPython makes them: the first clause's iterable is
 * iterated where the expression stands, everything else (the other clauses' iterables, the conditions, the element)
 * when the consumer asks for the next item. {@code any(x > 2 for x in count())} ends at the first item above 2.
 */
final class LazyComprehension extends LookAhead {

    private final Interpreter machine;
    private final Expr.GeneratorExp node;
    private final Frame frame;
    /** The iterator of each clause entered, outermost first, and how many items each has given. */
    private final List<Iterator<Value>> items = new ArrayList<>();
    private final List<long[]> counts = new ArrayList<>();

    /**
     * @param machine the interpreter
     * @param node the expression
     * @param first the first clause's iterable, evaluated where the expression stands
     * @param frame the comprehension's own variables
     */
    LazyComprehension(Interpreter machine, Expr.GeneratorExp node, Value first, Frame frame) {
        this.machine = machine;
        this.node = node;
        this.frame = frame;
        items.add(Iteration.of(first, machine, node.clauses().get(0).iterable().span()));
        counts.add(new long[1]);
    }

    @Override
    protected void release() {
        items.clear();
    }

    /** The next item, or {@code null} when the outermost clause is exhausted. */
    @Override
    protected Value advance() {
        List<Expr.ForClause> clauses = node.clauses();
        while (!items.isEmpty()) {
            int k = items.size() - 1;
            Iterator<Value> it = items.get(k);
            if (!it.hasNext()) {
                items.remove(k);
                counts.remove(k);
                continue;
            }
            Expr.ForClause f = clauses.get(k);
            machine.budget.iteration(++counts.get(k)[0]);
            machine.bind(f.target(), it.next(), frame, null, node.span());
            boolean keep = true;
            for (Expr condition : f.conditions()) {
                if (!Truth.of(machine, machine.evaluator.evaluate(condition, frame))) {
                    keep = false;
                    break;
                }
            }
            if (!keep) {
                continue;
            }
            if (k + 1 == clauses.size()) {
                return machine.evaluator.evaluate(node.element(), frame);
            }
            Expr.ForClause inner = clauses.get(k + 1);
            items.add(Iteration.of(machine.evaluator.evaluate(inner.iterable(), frame), machine,
                    inner.iterable().span()));
            counts.add(new long[1]);
        }
        return null;
    }
}
