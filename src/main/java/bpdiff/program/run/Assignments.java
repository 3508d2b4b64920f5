package bpdiff.program.run;

import bpdiff.program.array.NdArray;
import bpdiff.program.array.Shapes;
import bpdiff.program.syntax.BinaryOperator;
import bpdiff.program.syntax.Expr;
import bpdiff.program.syntax.Span;
import bpdiff.program.syntax.Stmt;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Assignment statements, with an eye for gradient descent: {@code w = w - s} and {@code w -= s} are recorded as
 * updates ({@link Events.Update}) with the factors of {@code s}; {@code -=} and the other augmented assignments
 * change an array in place, as numpy does, and a plain assignment binds a new value.
 */
final class Assignments {

    private final Interpreter machine;
    private final List<Events.Update> updates = new ArrayList<>();
    private final Map<Expr, String> written = new IdentityHashMap<>();

    /**
     * @param machine the interpreter
     */
    Assignments(Interpreter machine) {
        this.machine = machine;
    }

    /** @return every update so far, in order */
    List<Events.Update> updates() {
        return updates;
    }

    /**
     * {@code t1 = t2 = value}, or an update {@code w = w - s}.
     *
     * @param a the statement
     * @param frame the variables
     */
    void assign(Stmt.Assign a, Frame frame) {
        if (a.targets().size() == 1 && a.value() instanceof Expr.Binary b && b.operator() == BinaryOperator.SUBTRACT
                && sameTarget(a.targets().get(0), b.left())) {
            update(a.targets().get(0), b.left(), b.right(), a.span(), frame, false);
            return;
        }
        Value value = machine.evaluator.evaluate(a.value(), frame);
        for (Expr target : a.targets()) {
            machine.bind(target, value, frame, a.value(), a.span());
        }
    }

    /**
     * {@code target op= value}; {@code -=} is an update.
     *
     * @param a the statement
     * @param frame the variables
     */
    void augmented(Stmt.AugAssign a, Frame frame) {
        if (a.operator() == BinaryOperator.SUBTRACT) {
            update(a.target(), a.target(), a.value(), a.span(), frame, true);
            return;
        }
        Value current = machine.evaluator.evaluate(a.target(), frame);
        Value result = machine.operators.inPlace(a.operator(), current, machine.evaluator.evaluate(a.value(), frame),
                a.span());
        store(a.target(), current, result, frame, a.span());
    }

    /** {@code target = current - subtracted} (in place for an array's {@code -=}), recorded as an update. */
    private void update(Expr target, Expr current, Expr subtracted, Span span, Frame frame, boolean inPlace) {
        Value old = machine.evaluator.evaluate(current, frame);
        List<Expr> factorExprs = new ArrayList<>();
        List<Boolean> divisors = new ArrayList<>();
        factors(subtracted, false, factorExprs, divisors);
        Map<Expr, Value> captured = new IdentityHashMap<>();
        Scope before = Scope.of(frame);
        Value s = machine.evaluator.evaluate(subtracted, frame, captured);
        int oldNode = Numbers.node(old);
        NdArray oldValue = Numbers.isNumeric(old) ? Numbers.array(old) : null;
        Value result = machine.operators.binary(BinaryOperator.SUBTRACT, old, s, span);
        if (inPlace) {
            store(target, old, result, frame, span);
        } else {
            machine.bind(target, result, frame, null, span);
        }
        if (oldValue != null && Numbers.isNumeric(s) && !(old instanceof PyInt)) {
            List<Events.Factor> factors = new ArrayList<>();
            for (int k = 0; k < factorExprs.size(); k++) {
                Value v = captured.get(factorExprs.get(k));
                if (v != null && Numbers.isNumeric(v)) {
                    factors.add(new Events.Factor(factorExprs.get(k), Numbers.node(v), Numbers.array(v), divisors.get(k)));
                }
            }
            updates.add(new Events.Update(written(target), span, subtracted,
                    factors, Numbers.array(s), Numbers.node(s), oldNode, oldValue, Numbers.node(result), before,
                    machine.tape() == null ? 0 : machine.tape().size()));
        }
    }

    private static void factors(Expr e, boolean divisor, List<Expr> out, List<Boolean> divisors) {
        if (e instanceof Expr.Binary b && b.operator() == BinaryOperator.MULTIPLY) {
            factors(b.left(), divisor, out, divisors);
            factors(b.right(), divisor, out, divisors);
        } else if (e instanceof Expr.Binary b && b.operator() == BinaryOperator.DIVIDE && !divisor) {
            factors(b.left(), false, out, divisors);
            out.add(b.right());
            divisors.add(true);
        } else {
            out.add(e);
            divisors.add(divisor);
        }
    }

    private boolean sameTarget(Expr target, Expr operand) {
        if (!(target instanceof Expr.Name || target instanceof Expr.Subscript)) {
            return false;
        }
        return written(target).equals(written(operand));
    }

    /**
     * An expression's text without white space, computed once per expression of the program: it is asked at
     * every {@code a = b - c} the program runs.
     */
    private String written(Expr e) {
        return written.computeIfAbsent(e, x -> machine.program().text(x.span()).replaceAll("\\s+", ""));
    }

    /**
     * Stores the result of an augmented assignment: an array is changed in place (as numpy's {@code -=} does),
     * anything else is rebound.
     */
    private void store(Expr target, Value current, Value result, Frame frame, Span span) {
        if (current instanceof PyArray array && result instanceof PyArray changed) {
            result = NumpyTypes.inPlace(array.value().dtype(), changed);
        }
        if (current instanceof PyArray array && result instanceof PyArray changed && target instanceof Expr.Name) {
            if (!java.util.Arrays.equals(array.value().shape(), changed.value().shape())) {
                throw new ProgramError("non-broadcastable output operand with shape "
                        + Shapes.text(array.value().shape()) + " doesn't match the broadcast shape "
                        + Shapes.text(changed.value().shape()));
            }
            array.set(changed.value(), changed.node());
            machine.bind(target, array, frame, null, span);
            return;
        }
        machine.bind(target, result, frame, null, span);
    }

}
