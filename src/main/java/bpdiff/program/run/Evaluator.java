package bpdiff.program.run;

import bpdiff.program.syntax.Expr;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Computes expressions of the Python subset in a frame. */
final class Evaluator {

    private final Interpreter machine;

    /**
     * @param machine the running interpreter
     */
    Evaluator(Interpreter machine) {
        this.machine = machine;
    }

    /**
     * @param e an expression
     * @param frame the variables it sees
     * @return its value
     */
    Value evaluate(Expr e, Frame frame) {
        return evaluate(e, frame, null);
    }

    /**
     * Computes an expression and keeps the value of every sub-expression.
     *
     * @param e an expression
     * @param frame the variables it sees
     * @param capture where to store each sub-expression's value (an identity map), or {@code null}
     * @return its value
     */
    Value evaluate(Expr e, Frame frame, Map<Expr, Value> capture) {
        Value v;
        try {
            v = compute(e, frame, capture);
        } catch (ProgramError error) {
            throw error.at(e.span());
        } catch (bpdiff.program.array.ShapeException error) {
            throw new ProgramError(error.getMessage()).at(e.span());
        }
        if (capture != null) {
            capture.put(e, v);
        }
        return v;
    }

    private Value compute(Expr e, Frame frame, Map<Expr, Value> capture) {
        if (e instanceof Expr.Num n) {
            return n.integer() ? new PyInt((long) n.value()) : PyFloat.of(n.value());
        }
        if (e instanceof Expr.Name n) {
            return name(n, frame);
        }
        if (e instanceof Expr.Binary b) {
            Value left = evaluate(b.left(), frame, capture);
            Value right = evaluate(b.right(), frame, capture);
            return machine.operators.binary(b.operator(), left, right, b.span());
        }
        if (e instanceof Expr.Unary u) {
            return machine.operators.unary(u.operator(), evaluate(u.operand(), frame, capture), u.span());
        }
        if (e instanceof Expr.Call c) {
            return call(c, frame, capture);
        }
        if (e instanceof Expr.Attribute a) {
            return Attributes.get(machine, evaluate(a.value(), frame, capture), a.attribute(), a.span());
        }
        if (e instanceof Expr.Subscript s) {
            return Subscripts.get(machine, evaluate(s.value(), frame, capture), indices(s, frame, capture), s.span());
        }
        if (e instanceof Expr.Str s) {
            return new PyStr(s.value());
        }
        if (e instanceof Expr.Constant c) {
            return c.value() == null ? PyNone.NONE : PyBool.of(c.value());
        }
        return structure(e, frame, capture);
    }

    private Value structure(Expr e, Frame frame, Map<Expr, Value> capture) {
        if (e instanceof Expr.Compare c) {
            Value left = evaluate(c.left(), frame, capture);
            Value result = PyBool.of(true);
            for (int k = 0; k < c.operators().size(); k++) {
                Value right = evaluate(c.comparators().get(k), frame, capture);
                result = machine.operators.compare(c.operators().get(k), left, right, c.span());
                if (c.operators().size() > 1 && !Truth.of(result)) {
                    return result;
                }
                left = right;
            }
            return result;
        }
        if (e instanceof Expr.BoolOp b) {
            Value v = null;
            for (Expr operand : b.values()) {
                v = evaluate(operand, frame, capture);
                if (Truth.of(v) != b.and()) {
                    return v;
                }
            }
            return v;
        }
        if (e instanceof Expr.IfExp i) {
            return evaluate(Truth.of(evaluate(i.test(), frame, capture)) ? i.body() : i.orElse(), frame, capture);
        }
        if (e instanceof Expr.ListExpr l) {
            machine.recorder.checkSize(l.elements().size());
            return PyList.of(all(l.elements(), frame, capture));
        }
        if (e instanceof Expr.TupleExpr t) {
            return new PyTuple(all(t.elements(), frame, capture));
        }
        if (e instanceof Expr.ListComp c) {
            List<Value> out = new ArrayList<>();
            comprehension(c, 0, frame.comprehension(), out);
            return PyList.of(out);
        }
        if (e instanceof Expr.FString f) {
            return new PyStr(fString(f, frame));
        }
        throw new ProgramError("a slice can only stand inside [ ]");
    }

    private Value name(Expr.Name n, Frame frame) {
        Value v = frame.lookup(n.id());
        if (v != null) {
            return v;
        }
        if (bpdiff.program.Subset.BUILTINS.contains(n.id())) {
            return new PyBuiltin(n.id());
        }
        throw new ProgramError("name '" + n.id() + "' is not defined (yet: it is assigned later, or only in a branch "
                + "that did not run)");
    }

    private List<Value> all(List<Expr> exprs, Frame frame, Map<Expr, Value> capture) {
        List<Value> values = new ArrayList<>(exprs.size());
        for (Expr x : exprs) {
            values.add(evaluate(x, frame, capture));
        }
        return values;
    }

    private Value call(Expr.Call c, Frame frame, Map<Expr, Value> capture) {
        Value function = evaluate(c.function(), frame, capture);
        List<Value> args = all(c.arguments(), frame, capture);
        Map<String, Value> kwargs = new LinkedHashMap<>();
        for (Expr.Keyword k : c.keywords()) {
            if (kwargs.put(k.name(), evaluate(k.value(), frame, capture)) != null) {
                throw new ProgramError("keyword argument repeated: " + k.name());
            }
        }
        return machine.calls.call(function, args, kwargs, c.span());
    }

    private List<Value> indices(Expr.Subscript s, Frame frame, Map<Expr, Value> capture) {
        List<Value> indices = new ArrayList<>();
        for (Expr index : s.indices()) {
            if (index instanceof Expr.Slice slice) {
                indices.add(new PySlice(bound(slice.lower(), frame, capture), bound(slice.upper(), frame, capture),
                        bound(slice.step(), frame, capture)));
            } else {
                indices.add(evaluate(index, frame, capture));
            }
        }
        return indices;
    }

    private Long bound(Expr e, Frame frame, Map<Expr, Value> capture) {
        if (e == null) {
            return null;
        }
        Value v = evaluate(e, frame, capture);
        return v == PyNone.NONE ? null : Numbers.toLong(v);
    }

    private void comprehension(Expr.ListComp c, int clause, Frame frame, List<Value> out) {
        if (clause == c.clauses().size()) {
            machine.recorder.checkSize(out.size() + 1);
            out.add(evaluate(c.element(), frame));
            return;
        }
        Expr.ForClause f = c.clauses().get(clause);
        Iterator<Value> items = Iteration.of(evaluate(f.iterable(), frame), machine, f.iterable().span());
        long iterations = 0;
        while (items.hasNext()) {
            machine.budget.iteration(++iterations);
            machine.bind(f.target(), items.next(), frame, null, c.span());
            boolean keep = true;
            for (Expr condition : f.conditions()) {
                keep &= Truth.of(evaluate(condition, frame));
            }
            if (keep) {
                comprehension(c, clause + 1, frame, out);
            }
        }
    }

    private String fString(Expr.FString f, Frame frame) {
        StringBuilder out = new StringBuilder();
        for (Object part : f.parts()) {
            if (part instanceof Expr.Str s) {
                out.append(s.value());
            } else {
                Expr.FormattedValue v = (Expr.FormattedValue) part;
                Value value = evaluate(v.value(), frame);
                if ("r".equals(v.conversion())) {
                    value = new PyStr(Formatting.repr(value));
                }
                out.append(Formatting.format(value, v.spec()));
            }
        }
        return out.toString();
    }
}
