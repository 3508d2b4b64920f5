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
import java.util.Optional;

/**
 * Assignment statements, with an eye for gradient descent: {@code w = w - s} and {@code w -= s} are recorded as
 * updates ({@link Events.Update}) with the factors of {@code s}; {@code -=} and the other augmented assignments
 * change an array in place, as numpy does, and a plain assignment binds a new value.
 */
final class Assignments {

    private final Interpreter machine;
    private final Map<Expr, String> written = new IdentityHashMap<>();
    /** Each assigned expression read once as a weight-decay step ({@link WeightDecay#asStep}), or not one. */
    private final Map<Expr, Optional<Expr.Binary>> decaySteps = new IdentityHashMap<>();
    /** Each subtracted expression read once as a learning rate times a sum ({@link WeightDecay#factoredOut}). */
    private final Map<Expr, Optional<Expr>> factoredSums = new IdentityHashMap<>();
    /**
     * The variable of a running {@code w = step(w, …)} and the value it passed, while that call runs: its callee's
     * {@code return w - lr * g} is an update of the variable.
     */
    private Passed passed;
    /** Where the program keeps the scalar objects it steps through a loop variable. */
    private final ScalarObjects scalars = new ScalarObjects();
    /** The program's loop variables, found when a scalar object's {@code data} is first stepped. */
    private java.util.Set<String> loopVariables;
    /** For an array a function stepped in place through its argument: where the program keeps it, if anywhere. */
    private final Map<PyArray, Optional<String>> homes = new IdentityHashMap<>();

    /** A variable passed to the function whose result is assigned back to it, and the value it held. */
    private record Passed(String target, Value value) {}

    /**
     * @param machine the interpreter
     */
    Assignments(Interpreter machine) {
        this.machine = machine;
    }

    /**
     * {@code t1 = t2 = value}, or an update {@code w = w - s}.
     *
     * @param a the statement
     * @param frame the variables
     */
    void assign(Stmt.Assign a, Frame frame) {
        Expr.Binary detachedStep = a.targets().size() == 1 && a.targets().get(0) instanceof Expr.Name
                ? detachedStep(a.targets().get(0), a.value(), frame) : null;
        if (detachedStep != null) {
            // w = (w - lr * w.grad).detach().requires_grad_(): the step, then the methods on the stepped tensor
            Expr.Name t = (Expr.Name) a.targets().get(0);
            update(t, detachedStep.left(), detachedStep.right(), a.span(), frame, false,
                    detachedStep.operator() == BinaryOperator.ADD);
            Value chained = machine.evaluator.evaluate(onStepped(a.value(), new Expr.Name(t.id(),
                    detachedStep.span())), frame);
            machine.bind(t, chained, frame, a.value(), a.span());
            return;
        }
        if (a.targets().size() == 1 && steps(a.targets().get(0), a.value(), frame) != null) {
            Expr.Binary b = (Expr.Binary) a.value();
            update(a.targets().get(0), b.left(), b.right(), a.span(), frame, false,
                    b.operator() == BinaryOperator.ADD);
            return;
        }
        if (a.targets().size() == 1 && a.targets().get(0) instanceof Expr.Name t && a.value() instanceof Expr.Binary b
                && (b.operator() == BinaryOperator.SUBTRACT || b.operator() == BinaryOperator.ADD)
                && b.left() instanceof Expr.Name w && isNextOf(t.id(), w.id()) && isNumber(frame.lookup(w.id()))) {
            // next_w = w - lr * dw (CS231n's optim.py, whose caller stores next_w where w was kept): a step of w
            Value old = machine.evaluator.evaluate(w, frame);
            machine.bind(t, step(parameter(w, frame, true), old, b.right(), a.span(), frame,
                    b.operator() == BinaryOperator.ADD), frame, null, a.span());
            return;
        }
        Expr.Binary decayed = a.targets().size() == 1 ? decayStep(a.value()) : null;
        if (decayed != null && sameTarget(a.targets().get(0), decayed.left())) {
            // W = (1 - lr * lam) * W - lr * dW: the step W - lr * (lam * W + dW), its value the program's own
            Value old = machine.evaluator.evaluate(decayed.left(), frame);
            Value result = step(parameter(a.targets().get(0), frame, false), old, decayed.right(), a.span(), frame,
                    false, a.value());
            machine.bind(a.targets().get(0), result, frame, null, a.span());
            return;
        }
        if (a.targets().size() == 1 && a.targets().get(0) instanceof Expr.Name t && a.value() instanceof Expr.Binary b
                && b.operator() == BinaryOperator.SUBTRACT && repacks(t, b.left(), frame)) {
            update(t, t, b.right(), a.span(), frame, false, false);
            return;
        }
        if (a.targets().size() == 1 && a.targets().get(0) instanceof Expr.TupleExpr targets
                && a.value() instanceof Expr.TupleExpr values && targets.elements().size() == values.elements().size()
                && targets.elements().stream().noneMatch(t -> t instanceof Expr.Starred)
                && values.elements().stream().noneMatch(v -> v instanceof Expr.Starred)
                && anySteps(targets.elements(), values.elements(), frame)) {
            updateTuple(targets.elements(), values.elements(), a.span(), frame);
            return;
        }
        if (a.targets().size() == 1 && a.value() instanceof Expr.Call c && replaces(c, frame) instanceof PyTuple old) {
            machine.bind(a.targets().get(0), replaceSteps(c, old, a.span(), frame), frame, a.value(), a.span());
            return;
        }
        if (a.targets().size() == 1 && isReference(a.targets().get(0)) && a.value() instanceof Expr.ListComp c
                && elementwiseUpdate(a.targets().get(0), c)) {
            updateElements(a.targets().get(0), c, a.span(), frame);
            return;
        }
        if (a.targets().size() == 1 && a.targets().get(0) instanceof Expr.Name t && a.value() instanceof Expr.DictComp c
                && c.clauses().size() == 1 && stepsElement(t, c.value(), c.clauses().get(0))) {
            updateEntries(t, c, a.span(), frame);
            return;
        }
        if (a.targets().size() == 1 && a.targets().get(0) instanceof Expr.TupleExpr targets
                && a.value() instanceof Expr.ListComp c && namesUpdate(targets.elements(), c)) {
            updateNames(targets, c, a.span(), frame);
            return;
        }
        Value value = a.targets().size() == 1 && a.targets().get(0) instanceof Expr.Name t
                && a.value() instanceof Expr.Call c && c.function() instanceof Expr.Name
                && c.arguments().stream().anyMatch(x -> x instanceof Expr.Name n && n.id().equals(t.id()))
                && frame.lookup(t.id()) != null ? passedBack(t.id(), a.value(), frame)
                : machine.evaluator.evaluate(a.value(), frame);
        for (Expr target : a.targets()) {
            machine.bind(target, value, frame, a.value(), a.span());
        }
    }

    /** {@code w = f(…, w, …)}: the call, during which the callee's {@code return w - s} is an update of {@code w}. */
    private Value passedBack(String target, Expr call, Frame frame) {
        Passed saved = passed;
        passed = new Passed(target, frame.lookup(target));
        try {
            return machine.evaluator.evaluate(call, frame);
        } finally {
            passed = saved;
        }
    }

    /**
     * The value of {@code return w - s} (or {@code return [wi - s for wi, … in zip(w, …)]}) in a function called as
     * {@code v = f(…, v, …)} with {@code w} the parameter that received {@code v}: an update of {@code v}, as if the
     * caller had written {@code v = v - s} (the homework's {@code w1 = update_w(w1, d_w1, step)}).
     *
     * @param r the return statement
     * @param frame the callee's variables
     * @return its value, or {@code null} if it is no such return (the caller evaluates it)
     */
    Value returnStep(Stmt.Return r, Frame frame) {
        Passed p = passed;
        if (p == null || r.value() == null) {
            return null;
        }
        if (r.value() instanceof Expr.Binary b && (b.operator() == BinaryOperator.SUBTRACT
                || b.operator() == BinaryOperator.ADD) && b.left() instanceof Expr.Name n
                && frame.lookup(n.id()) == p.value() && isNumber(p.value())) {
            passed = null;
            return step(p.target(), p.value(), b.right(), r.span(), frame, b.operator() == BinaryOperator.ADD);
        }
        if (r.value() instanceof Expr.ListComp c && p.value() instanceof PyList) {
            for (String local : frame.locals().keySet()) {
                if (frame.lookup(local) == p.value() && elementwiseUpdate(new Expr.Name(local, r.span()), c)) {
                    passed = null;
                    return elements(p.target(), c, r.span(), frame);
                }
            }
        }
        return null;
    }

    /**
     * {@code target op= value}; {@code -=} is an update.
     *
     * @param a the statement
     * @param frame the variables
     */
    void augmented(Stmt.AugAssign a, Frame frame) {
        boolean steps = (a.operator() == BinaryOperator.SUBTRACT || a.operator() == BinaryOperator.ADD)
                && isNumber(machine.evaluator.evaluate(a.target(), frame));
        if (steps && a.operator() == BinaryOperator.SUBTRACT) {
            update(a.target(), a.target(), a.value(), a.span(), frame, true, false);
            return;
        }
        Expr negated = steps ? negated(a.value()) : null;
        if (negated != null) {
            // w += -lr * g is w -= lr * g, to the last bit (a + (-b) == a - b and (-a) * b == -(a * b) in IEEE 754)
            update(a.target(), a.target(), negated, a.span(), frame, true, false);
            return;
        }
        if (steps && machine.tape() != null) {
            update(a.target(), a.target(), a.value(), a.span(), frame, true, true);
            return;
        }
        Value current = machine.evaluator.evaluate(a.target(), frame);
        Value result = machine.operators.inPlace(a.operator(), current, machine.evaluator.evaluate(a.value(), frame),
                a.span());
        store(a.target(), current, result, frame, a.span());
    }

    /**
     * {@code t.sub_(s)} or {@code t.add_(-s)} as a statement, on a tensor ({@code w.data.sub_(lr * w.grad.data)},
     * {@code W1.sub_(lr * W1.grad)} under {@code torch.no_grad()}): the update {@code t -= s}, recorded as
     * {@code -=} is. Any other statement is left to the caller.
     *
     * @param e the statement's expression
     * @param span the statement
     * @param frame the variables
     * @return whether it was such an update (and has run)
     */
    boolean inPlaceStep(Expr e, Span span, Frame frame) {
        if (!(e instanceof Expr.Call c) || !(c.function() instanceof Expr.Attribute m) || c.arguments().size() != 1
                || !c.keywords().isEmpty() || !(m.value() instanceof Expr.Name || m.value() instanceof Expr.Attribute
                || m.value() instanceof Expr.Subscript)) {
            return false;
        }
        Expr subtracted = switch (m.attribute()) {
            case "sub_" -> c.arguments().get(0);
            case "add_" -> negated(c.arguments().get(0));
            default -> null;
        };
        if (subtracted == null || !(machine.evaluator.evaluate(m.value(), frame) instanceof PyTensor)) {
            return false;
        }
        update(m.value(), m.value(), subtracted, span, frame, true, false);
        return true;
    }

    /**
     * {@code setattr(obj, name, getattr(obj, name) - s)} (or {@code + s}) as a statement, the attribute's name computed
     * ({@code for name in ['w1', 'w2']: setattr(self, name, getattr(self, name) - lr * getattr(self, 'd_' + name))}):
     * the update {@code obj.w1 = obj.w1 - s}, named as that statement names it ({@code self.w1}). The object and the
     * name must be written alike in both calls, and both calls must be Python's. Any other statement is left to the
     * caller.
     *
     * @param e the statement's expression
     * @param span the statement
     * @param frame the variables
     * @return whether it was such an update (and has run)
     */
    boolean setattrStep(Expr e, Span span, Frame frame) {
        if (!(e instanceof Expr.Call c) || !isBuiltin(c.function(), "setattr", frame) || c.arguments().size() != 3
                || !c.keywords().isEmpty() || !(c.arguments().get(2) instanceof Expr.Binary b)
                || b.operator() != BinaryOperator.SUBTRACT && b.operator() != BinaryOperator.ADD
                || !(b.left() instanceof Expr.Call g) || !isBuiltin(g.function(), "getattr", frame)
                || g.arguments().size() != 2 || !g.keywords().isEmpty()
                || !written(g.arguments().get(0)).equals(written(c.arguments().get(0)))
                || !written(g.arguments().get(1)).equals(written(c.arguments().get(1)))) {
            return false;
        }
        Expr object = c.arguments().get(0);
        Expr named = c.arguments().get(1);
        if (!isReference(object) || !(named instanceof Expr.Name || named instanceof Expr.Str)) {
            return false; // evaluated twice below: only what has no side effect
        }
        if (!(machine.evaluator.evaluate(c.arguments().get(1), frame) instanceof PyStr name)
                || !(machine.evaluator.evaluate(object, frame) instanceof PyInstance)) {
            return false;
        }
        Expr.Attribute target = new Expr.Attribute(object, name.value(), c.span(), c.arguments().get(1).span());
        Value old = machine.evaluator.evaluate(b.left(), frame);
        Value result = step(canonical(target, frame), old, b.right(), span, frame, b.operator() == BinaryOperator.ADD);
        machine.bind(target, result, frame, null, span);
        return true;
    }

    /** Whether a called expression is Python's built-in of that name, not one of the program's. */
    private static boolean isBuiltin(Expr function, String name, Frame frame) {
        return function instanceof Expr.Name n && n.id().equals(name) && frame.lookup(name) instanceof PyBuiltin p
                && p.name().equals(name);
    }

    /** The tensor methods that make the stepped tensor a new leaf again, as {@code w = (w - s).detach()} does. */
    private static final java.util.Set<String> RELEAFING = java.util.Set.of("detach", "detach_", "requires_grad_",
            "clone");

    /**
     * Whether {@code target = (target - s).detach().requires_grad_()} (a chain of {@link #RELEAFING} methods
     * without positional arguments but {@code requires_grad_}'s flag) steps a tensor.
     *
     * @return the step inside the chain, or {@code null}
     */
    private Expr.Binary detachedStep(Expr target, Expr value, Frame frame) {
        Expr e = value;
        int calls = 0;
        while (e instanceof Expr.Call c && c.function() instanceof Expr.Attribute m && RELEAFING.contains(m.attribute())
                && c.arguments().size() <= (m.attribute().equals("requires_grad_") ? 1 : 0)) {
            e = m.value();
            calls++;
        }
        Expr.Binary step = calls == 0 ? null : steps(target, e, frame);
        return step != null && target instanceof Expr.Name n && frame.lookup(n.id()) instanceof PyTensor ? step : null;
    }

    /** The chain of {@link #detachedStep}'s methods applied to {@code stepped} instead of the step. */
    private static Expr onStepped(Expr chain, Expr stepped) {
        if (chain instanceof Expr.Call c && c.function() instanceof Expr.Attribute m && RELEAFING.contains(m.attribute())) {
            return new Expr.Call(new Expr.Attribute(onStepped(m.value(), stepped), m.attribute(), m.span(),
                    m.attributeSpan()), c.arguments(), c.keywords(), c.span());
        }
        return stepped;
    }

    /**
     * Whether a variable is named as the next value of another: {@code next_w}, {@code new_w}, {@code updated_w},
     * {@code w_new}, {@code w_next} for {@code w}.
     */
    private static boolean isNextOf(String next, String w) {
        for (String word : List.of("next", "new", "updated")) {
            if (next.equals(word + "_" + w) || next.equals(w + "_" + word)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a value can take a step: a number or an array (not a set, list or object with its own operators). */
    private static boolean isNumber(Value v) {
        return v instanceof PyFloat || v instanceof PyArray || v instanceof PyInt || v instanceof PyBool;
    }

    /**
     * Whether {@code target = value} is a step of the target: {@code x - s} or {@code x + s} where {@code x} is the
     * target as written, or a variable holding the same number ({@code for i, (wi, gi) in enumerate(zip(w, dw)):
     * w[i] = wi - lr * gi}).
     *
     * @return the step, or {@code null}
     */
    private Expr.Binary steps(Expr target, Expr value, Frame frame) {
        if (!(value instanceof Expr.Binary b) || b.operator() != BinaryOperator.SUBTRACT
                && b.operator() != BinaryOperator.ADD) {
            return null;
        }
        if (sameTarget(target, b.left())) {
            return b;
        }
        if (b.left() instanceof Expr.Name n && target instanceof Expr.Subscript s
                && s.indices().stream().noneMatch(i -> i instanceof Expr.Slice) && frame.lookup(n.id()) != null) {
            Value left = frame.lookup(n.id());
            Value current;
            try {
                current = machine.evaluator.evaluate(target, frame);
            } catch (ProgramError e) {
                if (e.limit()) {
                    throw e;
                }
                return null; // a new entry (grads['W1'] = dW1 + reg * W1 into an empty dict): nothing it steps
            }
            int node = Numbers.node(left);
            return node >= 0 && node == Numbers.node(current) ? b : null;
        }
        return null;
    }

    /**
     * Whether {@code np.array([w1, …, w8])} packs again the elements of the array {@code w} holds, unpacked by
     * {@code w1, …, w8 = w}: each name holds the element of {@code w} at its place, read from {@code w}. Then
     * {@code w = np.array([w1, …, w8]) - lr * g} is the step {@code w = w - lr * g}, to the last bit.
     */
    private boolean repacks(Expr.Name target, Expr packed, Frame frame) {
        if (machine.tape() == null || !(packed instanceof Expr.Call c) || c.arguments().size() != 1
                || !c.keywords().isEmpty() || !(c.function() instanceof Expr.Attribute f)
                || !f.attribute().equals("array") || !(f.value() instanceof Expr.Name module)
                || !(frame.lookup(module.id()) instanceof PyModule m) || !m.name().equals("numpy")
                || !(frame.lookup(target.id()) instanceof PyArray w) || w.node() < 0 || w.value().ndim() != 1
                || w.value().dtype() != bpdiff.program.array.DType.FLOAT64) {
            return false;
        }
        List<Expr> items = c.arguments().get(0) instanceof Expr.ListExpr l ? l.elements()
                : c.arguments().get(0) instanceof Expr.TupleExpr t ? t.elements() : List.of();
        if (items.isEmpty() || items.size() != w.value().size()) {
            return false;
        }
        for (int k = 0; k < items.size(); k++) {
            Value v = items.get(k) instanceof Expr.Name n ? frame.lookup(n.id()) : null;
            int node = v instanceof PyFloat x ? x.node() : -1;
            if (node < 0 || machine.tape().isReleased(node) || Numbers.toDouble(v) != w.value().get(k)) {
                return false;
            }
            bpdiff.program.tape.TapeNode read = machine.tape().node(node);
            if (read.op() != bpdiff.program.tape.Op.GATHER || read.inputs().length != 1 || read.inputs()[0] != w.node()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The namedtuple of {@code p._replace(f=p.f - s, …)} when one of its changes steps its own field, else
     * {@code null}.
     */
    private Value replaces(Expr.Call c, Frame frame) {
        if (!(c.function() instanceof Expr.Attribute f) || !f.attribute().equals("_replace") || !c.arguments().isEmpty()
                || c.keywords().stream().noneMatch(k -> fieldStep(f.value(), k) != null)) {
            return null;
        }
        Value v = machine.evaluator.evaluate(f.value(), frame);
        return v instanceof PyTuple t && t.type() != null ? t : null;
    }

    /** {@code p.f - s} (or {@code + s}) as the change of the field {@code f} of {@code p}, else {@code null}. */
    private Expr.Binary fieldStep(Expr tuple, Expr.Keyword k) {
        return k.name() != null && k.value() instanceof Expr.Binary b && (b.operator() == BinaryOperator.SUBTRACT
                || b.operator() == BinaryOperator.ADD) && b.left() instanceof Expr.Attribute field
                && field.attribute().equals(k.name()) && written(field.value()).equals(written(tuple)) ? b : null;
    }

    /**
     * {@code p._replace(W1=p.W1 - lr * dW1, …)}: each change that steps its own field is an update of {@code p.W1},
     * as {@code p.W1 = p.W1 - lr * dW1} would be were the tuple's fields assignable; the others are evaluated.
     */
    private Value replaceSteps(Expr.Call c, PyTuple old, Span span, Frame frame) {
        Expr tuple = ((Expr.Attribute) c.function()).value();
        Map<String, Value> changes = new java.util.LinkedHashMap<>();
        for (Expr.Keyword k : c.keywords()) {
            Expr.Binary b = fieldStep(tuple, k);
            changes.put(k.name(), b == null ? machine.evaluator.evaluate(k.value(), frame)
                    : step(canonical(b.left(), frame), machine.evaluator.evaluate(b.left(), frame), b.right(), span,
                            frame, b.operator() == BinaryOperator.ADD));
        }
        return NamedTuples.method(machine, old, "_replace", new Arguments("_replace", List.of(), changes));
    }

    private boolean anySteps(List<Expr> targets, List<Expr> values, Frame frame) {
        for (int k = 0; k < targets.size(); k++) {
            if (values.get(k) instanceof Expr.Binary b && b.operator() == BinaryOperator.SUBTRACT
                    && steps(targets.get(k), b, frame) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code a, b = a - lr * da, b - lr * db}: every element that steps its own target is an update; the right side
     * is evaluated whole before anything is bound, as Python does.
     */
    private void updateTuple(List<Expr> targets, List<Expr> values, Span span, Frame frame) {
        List<Value> results = new ArrayList<>();
        for (int k = 0; k < values.size(); k++) {
            Expr.Binary b = steps(targets.get(k), values.get(k), frame);
            if (b == null) {
                results.add(machine.evaluator.evaluate(values.get(k), frame));
            } else {
                String name = parameter(targets.get(k), frame, false);
                Value old = machine.evaluator.evaluate(b.left(), frame);
                results.add(step(name, old, b.right(), span, frame, b.operator() == BinaryOperator.ADD));
            }
        }
        for (int k = 0; k < targets.size(); k++) {
            machine.bind(targets.get(k), results.get(k), frame, values.get(k), span);
        }
    }

    /** {@code e} for {@code -e}, {@code x * y} for {@code -x * y} (how {@code -lr * g} parses), else {@code null}. */
    private static Expr negated(Expr value) {
        if (value instanceof Expr.Unary u && u.operator().equals("-")) {
            return u.operand();
        }
        if (value instanceof Expr.Binary b && (b.operator() == BinaryOperator.MULTIPLY
                || b.operator() == BinaryOperator.DIVIDE)) {
            Expr left = negated(b.left());
            return left == null ? null : new Expr.Binary(b.operator(), left, b.right(), b.span());
        }
        return null;
    }

    /** {@code target = current - subtracted} (in place for an array's {@code -=}), recorded as an update. */
    private void update(Expr target, Expr current, Expr subtracted, Span span, Frame frame, boolean inPlace,
            boolean added) {
        String name = parameter(target, frame, inPlace);
        Value old = machine.evaluator.evaluate(current, frame);
        Value result = step(name, old, subtracted, span, frame, added);
        if (inPlace) {
            store(target, old, result, frame, span);
        } else {
            machine.bind(target, result, frame, null, span);
        }
    }

    /**
     * Whether the target is a selection of an array's elements by a slice, a range, a list or an array
     * ({@code dscores[range(N), y] -= 1}): a change of part of a value, not a gradient-descent step of a parameter.
     */
    private boolean selection(Expr target, Frame frame) {
        if (!(target instanceof Expr.Subscript s)) {
            return false;
        }
        for (Expr index : s.indices()) {
            if (index instanceof Expr.Slice) {
                return true;
            }
            if (!(index instanceof Expr.Num || index instanceof Expr.Str)) {
                Value v = machine.evaluator.evaluate(index, frame);
                if (v instanceof PyRange || v instanceof PyList || v instanceof PyArray || v instanceof PyTuple) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * {@code old - subtracted}, told to the listener as an update of the parameter when both are numbers: the
     * subtracted value, the factors it is a product of, and the nodes before and after.
     */
    private Value step(String name, Value old, Expr subtracted, Span span, Frame frame, boolean added) {
        return step(name, old, subtracted, span, frame, added, null);
    }

    /**
     * The same, the value being {@code whole} as the program wrote it when the step was read from another form
     * ({@link WeightDecay}), so that the program computes what CPython computes to the last bit.
     */
    private Value step(String name, Value old, Expr subtracted, Span span, Frame frame, boolean added, Expr whole) {
        // eta * a * w + eta * g: the step eta * (a * w + g), of learning rate eta; the value the program's own
        Expr factored = factoredSums.computeIfAbsent(subtracted,
                e -> Optional.ofNullable(WeightDecay.factoredOut(e, this::written))).orElse(null);
        Expr claimed = factored == null ? subtracted : factored;
        List<Expr> factorExprs = new ArrayList<>();
        List<Boolean> divisors = new ArrayList<>();
        factors(claimed, false, factorExprs, divisors);
        Map<Expr, Value> captured = new IdentityHashMap<>(8);
        Scope before = Scope.of(frame);
        Value s = machine.evaluator.evaluate(claimed, frame, captured);
        int oldNode = Numbers.node(old);
        NdArray oldValue = Numbers.isNumeric(old) ? Numbers.array(old) : null;
        Value result = whole != null ? machine.evaluator.evaluate(whole, frame)
                : machine.operators.binary(added ? BinaryOperator.ADD : BinaryOperator.SUBTRACT, old,
                        factored == null ? s : machine.evaluator.evaluate(subtracted, frame), span);
        if (oldValue != null && Numbers.isNumeric(s) && !(old instanceof PyInt)) {
            List<Events.Factor> factors = new ArrayList<>();
            for (int k = 0; k < factorExprs.size(); k++) {
                Value v = captured.get(factorExprs.get(k));
                if (v != null && Numbers.isNumeric(v)) {
                    factors.add(new Events.Factor(factorExprs.get(k), Numbers.node(v), Numbers.array(v), divisors.get(k)));
                }
            }
            machine.listener.update(new Events.Update(name, span, claimed,
                    factors, Numbers.array(s), Numbers.node(s), oldNode, oldValue, Numbers.node(result), before,
                    machine.tape() == null ? 0 : machine.tape().size(), added));
        }
        return result;
    }

    /**
     * Whether {@code t = [old - g for … in …]} updates the elements of {@code t}: the element is a difference
     * whose left side is {@code t[…]} or a variable of a clause that iterates over something made of {@code t}
     * ({@code zip(t, grads)}, {@code enumerate(t)}, {@code t}).
     */
    private boolean elementwiseUpdate(Expr t, Expr.ListComp c) {
        return c.clauses().size() == 1 && stepsElement(t, stepForm(c.element()), c.clauses().get(0));
    }

    /** An element as the step it is: {@code (1 - eta * λ) * w - eta * g} as {@code w - eta * (λ * w + g)}. */
    private Expr stepForm(Expr element) {
        Expr.Binary decayed = decayStep(element);
        return decayed == null ? element : decayed;
    }

    /** {@link WeightDecay#asStep}, read once per expression: the form is the program's text, not its values. */
    private Expr.Binary decayStep(Expr e) {
        return decaySteps.computeIfAbsent(e, x -> Optional.ofNullable(WeightDecay.asStep(x, this::written)))
                .orElse(null);
    }

    /**
     * Whether an element {@code old - g} of a comprehension with one clause steps an element of {@code t}: its left
     * side is {@code t[…]}, or a variable of the clause, which iterates over something made of {@code t}.
     */
    private static boolean stepsElement(Expr t, Expr element, Expr.ForClause clause) {
        if (!(element instanceof Expr.Binary b) || b.operator() != BinaryOperator.SUBTRACT) {
            return false;
        }
        if (b.left() instanceof Expr.Subscript s && sameReference(s.value(), t)) {
            return true;
        }
        java.util.Set<String> bound = new java.util.HashSet<>();
        bpdiff.program.syntax.AssignedNames.targets(clause.target(), bound);
        return b.left() instanceof Expr.Name n && bound.contains(n.id()) && mentions(clause.iterable(), t);
    }

    /** Whether an expression is a name or an attribute path on one ({@code w}, {@code self.weights}). */
    private static boolean isReference(Expr e) {
        return e instanceof Expr.Name || e instanceof Expr.Attribute a && isReference(a.value());
    }

    /** Whether two expressions are the same name or attribute path. */
    private static boolean sameReference(Expr a, Expr b) {
        if (a instanceof Expr.Name x && b instanceof Expr.Name y) {
            return x.id().equals(y.id());
        }
        return a instanceof Expr.Attribute x && b instanceof Expr.Attribute y && x.attribute().equals(y.attribute())
                && sameReference(x.value(), y.value());
    }

    /**
     * Whether {@code w1, …, w8 = [w - lr * g for w, g in zip([w1, …, w8], grads)]} updates the names it unpacks to:
     * every target a name, and the comprehension's element a difference whose left side is a variable of its one
     * clause, which iterates over something made of a list or tuple display of exactly those names in that order.
     */
    private static boolean namesUpdate(List<Expr> targets, Expr.ListComp c) {
        if (targets.isEmpty() || targets.stream().anyMatch(t -> !(t instanceof Expr.Name))
                || c.clauses().size() != 1 || !(c.element() instanceof Expr.Binary b)
                || b.operator() != BinaryOperator.SUBTRACT || !(b.left() instanceof Expr.Name n)) {
            return false;
        }
        Expr.ForClause clause = c.clauses().get(0);
        java.util.Set<String> bound = new java.util.HashSet<>();
        bpdiff.program.syntax.AssignedNames.targets(clause.target(), bound);
        List<String> names = targets.stream().map(t -> ((Expr.Name) t).id()).toList();
        return bound.contains(n.id()) && displays(clause.iterable(), names);
    }

    /** Whether {@code e} is, or has among its parts, a list or tuple display of exactly these names in order. */
    private static boolean displays(Expr e, List<String> names) {
        List<Expr> items = e instanceof Expr.ListExpr l ? l.elements() : e instanceof Expr.TupleExpr t ? t.elements()
                : null;
        if (items != null && items.size() == names.size()) {
            boolean same = true;
            for (int k = 0; k < items.size() && same; k++) {
                same = items.get(k) instanceof Expr.Name n && n.id().equals(names.get(k));
            }
            if (same) {
                return true;
            }
        }
        return bpdiff.program.syntax.Children.of(e).stream().anyMatch(child -> displays(child, names));
    }

    private static boolean mentions(Expr e, Expr reference) {
        return sameReference(e, reference)
                || bpdiff.program.syntax.Children.of(e).stream().anyMatch(child -> mentions(child, reference));
    }

    /**
     * {@code w = {k: v - lr * grads[k] for k, v in w.items()}}: one update of {@code w[key]} for each entry, named as
     * {@code w[key] -= …} names it ({@code w['w1']}), then {@code w} is bound to the new dict.
     */
    private void updateEntries(Expr.Name t, Expr.DictComp c, Span span, Frame frame) {
        Expr.Binary difference = (Expr.Binary) c.value();
        PyDict out = new PyDict();
        machine.evaluator.comprehension(c, c.clauses(), frame, inner -> {
            machine.recorder.checkSize(out.size() + 1L);
            Value key = machine.evaluator.evaluate(c.key(), inner);
            Value old = machine.evaluator.evaluate(difference.left(), inner);
            out.put(key, step(t.id() + "[" + Formatting.repr(machine, key) + "]", old, difference.right(), span, inner,
                    false));
        });
        machine.bind(t, out, frame, null, span);
    }

    /**
     * {@code t = [old - g for …]}: one update of {@code t[k]} for the k-th element, then {@code t} is bound
     * ({@code self.weights = [w - (eta / m) * nw for w, nw in zip(self.weights, nabla_w)]} too).
     */
    private void updateElements(Expr t, Expr.ListComp c, Span span, Frame frame) {
        machine.bind(t, elements(canonical(t, frame), c, span, frame), frame, null, span);
    }

    /** {@code [old - g for …]} as the list of updates of {@code name[k]}, the k-th element's. */
    private PyList elements(String name, Expr.ListComp c, Span span, Frame frame) {
        Expr.Binary difference = (Expr.Binary) stepForm(c.element());
        Expr whole = difference == c.element() ? null : c.element();
        List<Value> out = new ArrayList<>();
        machine.evaluator.comprehension(c, c.clauses(), frame, inner -> {
            machine.recorder.checkSize(out.size() + 1L);
            Value old = machine.evaluator.evaluate(difference.left(), inner);
            out.add(step(name + "[" + out.size() + "]", old, difference.right(), span, inner, false, whole));
        });
        return PyList.of(out);
    }

    /**
     * {@code w1, …, w8 = [w - lr * g for …]}: the k-th element is an update of the k-th name, then the list is
     * unpacked to the names as Python unpacks it (a count that differs is Python's ValueError).
     */
    private void updateNames(Expr.TupleExpr targets, Expr.ListComp c, Span span, Frame frame) {
        Expr.Binary difference = (Expr.Binary) c.element();
        List<Expr> names = targets.elements();
        List<Value> out = new ArrayList<>();
        machine.evaluator.comprehension(c, c.clauses(), frame, inner -> {
            machine.recorder.checkSize(out.size() + 1L);
            Value old = machine.evaluator.evaluate(difference.left(), inner);
            Value s = out.size() < names.size()
                    ? step(((Expr.Name) names.get(out.size())).id(), old, difference.right(), span, inner, false)
                    : machine.operators.binary(BinaryOperator.SUBTRACT, old,
                            machine.evaluator.evaluate(difference.right(), inner), span);
            out.add(s);
        });
        machine.bind(targets, PyList.of(out), frame, null, span);
    }

    /**
     * The parameter an update's target names, as the report shows it: {@code w1}; {@code w[2]},
     * {@code params['W1']}, {@code self.params['W1']} with the subscript's keys evaluated, so that each element
     * is a parameter of its own; for an array updated in place through a loop variable
     * ({@code for p, g in zip(params, grads): p -= lr * g}), the variable the array was first assigned to; for the
     * {@code data} of a scalar object of the program's own autograd stepped through a loop variable
     * ({@code for p in params: p.data += -lr * p.grad}), where the program keeps the object ({@code w1.data}).
     */
    private String parameter(Expr target, Frame frame, boolean inPlace) {
        if (target instanceof Expr.Attribute a && a.attribute().equals("data")
                && !(a.value() instanceof Expr.Call) && machine.evaluator.evaluate(a.value(), frame) instanceof PyTensor) {
            return parameter(a.value(), frame, true); // w.data = w.data - … updates the tensor w
        }
        if (target instanceof Expr.Attribute a && a.attribute().equals("data") && a.value() instanceof Expr.Name n
                && machine.evaluator.evaluate(a.value(), frame) instanceof PyInstance object
                && ScalarObjects.isScalar(object) && loopVariables().contains(n.id())) {
            // for p in params: p.data += -lr * p.grad steps each object: named by where the program keeps it
            return scalars.pathOf(object, frame.locals(), frame.globals(), n.id(), loopVariables()) + ".data";
        }
        if (target instanceof Expr.Name n) {
            if (inPlace && machine.tape() != null && frame.lookup(n.id()) instanceof PyArray a && a.node() >= 0
                    && !machine.tape().isReleased(a.node()) && machine.tape().nameOf(a.node()) != null) {
                String recorded = machine.tape().nameOf(a.node());
                // self.params['W1'] recorded in __init__ names nothing where no self is bound (CS231n's optim.sgd)
                String home = recorded.startsWith("self.") && frame.lookup("self") == null
                        ? homeOf(a, n.id(), frame) : null;
                return home != null ? home : recorded;
            }
            return n.id();
        }
        return canonical(target, frame);
    }

    /**
     * Where the program keeps an array a function steps in place through its argument when the name the tape
     * recorded for it was given inside a method ({@code self.params['W1']} of {@code __init__}) and means nothing
     * in the function (CS231n's {@code sgd(w, dw, config)}: {@code w -= config['learning_rate'] * dw}): the first
     * path breadth first from the function's variables, then the module's, the argument and loop variables left out
     * ({@code model.params['W1']}); {@code null} if none reaches it. Found once per array.
     */
    private String homeOf(PyArray array, String via, Frame frame) {
        return homes.computeIfAbsent(array, k -> {
            java.util.Set<String> skip = new java.util.HashSet<>(loopVariables());
            skip.add(via);
            return java.util.Optional.ofNullable(ValuePaths.of(frame.locals(), frame.globals(), skip, v -> v == array));
        }).orElse(null);
    }

    private java.util.Set<String> loopVariables() {
        if (loopVariables == null) {
            loopVariables = ValuePaths.loopVariables(machine.program().body());
        }
        return loopVariables;
    }

    private String canonical(Expr e, Frame frame) {
        if (e instanceof Expr.Name n) {
            return n.id();
        }
        if (e instanceof Expr.Attribute a) {
            return canonical(a.value(), frame) + "." + a.attribute();
        }
        if (e instanceof Expr.Subscript s && s.indices().stream().noneMatch(i -> i instanceof Expr.Slice)) {
            List<String> keys = new ArrayList<>();
            for (Expr index : s.indices()) {
                keys.add(Formatting.repr(machine, machine.evaluator.evaluate(index, frame)));
            }
            return canonical(s.value(), frame) + "[" + String.join(", ", keys) + "]";
        }
        return written(e);
    }

    /**
     * A product's factors as an update's are read: {@code a / b} gives {@code a} and the divisor {@code b}.
     *
     * @param e the product
     * @param divisor whether {@code e} divides
     * @param out the factors, in order
     * @param divisors for each factor, whether it divides
     */
    static void factors(Expr e, boolean divisor, List<Expr> out, List<Boolean> divisors) {
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
        if (!(target instanceof Expr.Name || target instanceof Expr.Subscript || target instanceof Expr.Attribute)) {
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
        if (current instanceof PyTensor t) {
            TensorInPlace.change(machine.torch, t, result, span);
            if (!(target instanceof Expr.Attribute a && a.attribute().equals("data"))) {
                machine.bind(target, t, frame, null, span);
            }
            return;
        }
        if (current instanceof PyArray array && result instanceof PyArray changed) {
            result = NumpyTypes.inPlace(array.value().dtype(), changed);
        }
        if (current instanceof PyArray array && result instanceof PyArray changed) {
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
