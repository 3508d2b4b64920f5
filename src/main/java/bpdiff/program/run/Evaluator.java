package bpdiff.program.run;

import bpdiff.program.syntax.Expr;
import bpdiff.program.syntax.Symbols;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Computes expressions in a frame. */
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
            return n.integer() ? PyInt.of((long) n.value()) : PyFloat.of(n.value());
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
            Value object = evaluate(a.value(), frame, capture);
            Value attribute = Attributes.get(machine, object, a.attribute(), a.span());
            if (attribute instanceof PyTensor grad && object instanceof PyTensor owner && a.attribute().equals("grad")) {
                machine.torch.gradRead(grad, owner, machine.label(a.value()));
            }
            return attribute;
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
                if (c.operators().size() > 1 && !Truth.of(machine, result)) {
                    return result;
                }
                left = right;
            }
            return result;
        }
        if (e instanceof Expr.BoolOp b) {
            // the last operand is the result as it is, never asked for its truth (None or array is the array)
            List<Expr> operands = b.values();
            Value v = null;
            for (int k = 0; k < operands.size(); k++) {
                v = evaluate(operands.get(k), frame, capture);
                if (k == operands.size() - 1 || Truth.of(machine, v) != b.and()) {
                    return v;
                }
            }
            return v;
        }
        if (e instanceof Expr.IfExp i) {
            return evaluate(Truth.of(machine, evaluate(i.test(), frame, capture)) ? i.body() : i.orElse(), frame,
                    capture);
        }
        if (e instanceof Expr.ListExpr l) {
            List<Value> items = elements(l.elements(), frame, capture);
            machine.recorder.checkSize(items.size());
            return PyList.of(items);
        }
        if (e instanceof Expr.TupleExpr t) {
            return new PyTuple(elements(t.elements(), frame, capture));
        }
        if (e instanceof Expr.SetExpr s) {
            PySet set = new PySet(false);
            elements(s.elements(), frame, capture).forEach(set::add);
            return set;
        }
        if (e instanceof Expr.DictExpr d) {
            return dict(d, frame, capture);
        }
        if (e instanceof Expr.FString f) {
            return new PyStr(fString(f, frame));
        }
        return scoped(e, frame);
    }

    /** The expressions with a scope of their own (comprehensions, lambda) and the rare ones. */
    private Value scoped(Expr e, Frame frame) {
        if (e instanceof Expr.ListComp c) {
            List<Value> out = new ArrayList<>();
            comprehension(c, c.clauses(), frame, inner -> {
                machine.recorder.checkSize(out.size() + 1L);
                machine.budget.elements(1);
                out.add(evaluate(c.element(), inner));
            });
            return PyList.of(out);
        }
        if (e instanceof Expr.GeneratorExp c) {
            Value first = evaluate(c.clauses().get(0).iterable(), frame);
            return new PyIterator(new LazyComprehension(machine, c, first, frame.comprehension(machine.symbols.of(c))),
                    "generator");
        }
        if (e instanceof Expr.SetComp c) {
            PySet out = new PySet(false);
            comprehension(c, c.clauses(), frame, inner -> {
                machine.budget.entries(1);
                out.add(evaluate(c.element(), inner));
            });
            return out;
        }
        if (e instanceof Expr.DictComp c) {
            PyDict out = new PyDict();
            comprehension(c, c.clauses(), frame, inner -> {
                machine.budget.entries(1);
                Value key = evaluate(c.key(), inner);
                out.put(key, evaluate(c.value(), inner));
            });
            return out;
        }
        if (e instanceof Expr.Lambda l) {
            return machine.compound.function("<lambda>", l.parameters(), null, l.body(), machine.symbols.of(l), frame);
        }
        if (e instanceof Expr.NamedExpr n) {
            Value v = evaluate(n.value(), frame);
            machine.bind(n.target(), v, frame, n.value(), n.span());
            return v;
        }
        if (e instanceof Expr.EllipsisLiteral) {
            return PyConstant.ELLIPSIS;
        }
        if (e instanceof Expr.Starred) {
            throw ProgramError.of("SyntaxError", "can't use starred expression here");
        }
        if (e instanceof Expr.Unsupported u) {
            throw new ProgramError("not supported: " + u.construct());
        }
        if (e instanceof Expr.Yield) {
            throw new ProgramError("not supported: yield inside an expression; write it as a statement: yield x, or "
                    + "y = yield x");
        }
        throw ProgramError.of("SyntaxError", "a slice can only stand inside [ ]");
    }

    private Value name(Expr.Name n, Frame frame) {
        Value v = frame.lookup(n.id());
        if (v != null) {
            return v;
        }
        throw ProgramError.of("NameError", "name '" + n.id() + "' is not defined");
    }

    /** Elements of a display, with {@code *iterable} unpacked in place. */
    private List<Value> elements(List<Expr> exprs, Frame frame, Map<Expr, Value> capture) {
        machine.budget.elements(exprs.size());
        List<Value> values = new ArrayList<>(exprs.size());
        for (Expr x : exprs) {
            if (x instanceof Expr.Starred s) {
                values.addAll(Iteration.list(evaluate(s.value(), frame, capture), machine, s.span()));
            } else {
                values.add(evaluate(x, frame, capture));
            }
        }
        return values;
    }

    private Value dict(Expr.DictExpr d, Frame frame, Map<Expr, Value> capture) {
        machine.budget.entries(d.values().size());
        PyDict out = new PyDict();
        for (int k = 0; k < d.values().size(); k++) {
            Expr key = d.keys().get(k);
            if (key == null) {
                Value mapping = evaluate(d.values().get(k), frame, capture);
                if (!(mapping instanceof PyDict m)) {
                    throw ProgramError.of("TypeError", "'" + BuiltinTypes.typeOf(mapping).name()
                            + "' object is not a mapping");
                }
                Containers.update(machine, out, m, d.span());
            } else {
                Value kv = evaluate(key, frame, capture);
                out.put(kv, evaluate(d.values().get(k), frame, capture));
            }
        }
        return out;
    }

    /** The call being made last; see {@link #currentCall}. */
    private Expr.Call current;

    private Value call(Expr.Call c, Frame frame, Map<Expr, Value> capture) {
        Value function = evaluate(c.function(), frame, capture);
        if (function == BuiltinTypes.SUPER && c.arguments().isEmpty() && c.keywords().isEmpty()) {
            return machine.calls.zeroArgumentSuper(frame);
        }
        List<Value> args = new ArrayList<>(c.arguments().size());
        for (Expr x : c.arguments()) {
            if (x instanceof Expr.Starred s) {
                Value v = evaluate(s.value(), frame, capture);
                if (!Iteration.isIterable(v)) {
                    throw ProgramError.of("TypeError", describe(function) + " argument after * must be an iterable, "
                            + "not " + BuiltinTypes.typeOf(v).name());
                }
                args.addAll(Iteration.list(v, machine, s.span()));
            } else {
                args.add(evaluate(x, frame, capture));
            }
        }
        Map<String, Value> kwargs = new LinkedHashMap<>();
        for (Expr.Keyword k : c.keywords()) {
            Value v = evaluate(k.value(), frame, capture);
            if (k.name() != null) {
                if (kwargs.put(k.name(), v) != null) {
                    throw ProgramError.of("SyntaxError", "keyword argument repeated: " + k.name());
                }
                continue;
            }
            for (Map.Entry<String, Value> e : Containers.stringKeys(v).entrySet()) {
                if (kwargs.put(e.getKey(), e.getValue()) != null) {
                    throw ProgramError.of("TypeError", describe(function) + " got multiple values for keyword argument '"
                            + e.getKey() + "'");
                }
            }
        }
        current = c;
        Value value = machine.calls.call(function, args, kwargs, c.span());
        machine.called(c, function, value, frame);
        return value;
    }

    /**
     * @return the call expression whose function was called last: inside a built-in, its own call (how
     *     {@code optimizer.step()} names the expression its updates come from)
     */
    Expr.Call currentCall() {
        return current;
    }

    private static String describe(Value function) {
        if (function instanceof PyFunction f) {
            return f.qualname() + "()";
        }
        if (function instanceof PyBuiltin b) {
            return b.name() + "()";
        }
        return BuiltinTypes.typeOf(function).name() + "()";
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
        if (v == PyNone.NONE) {
            return null;
        }
        if (!(v instanceof PyInt || v instanceof PyBool)) {
            throw ProgramError.of("TypeError", "slice indices must be integers or None or have an __index__ method");
        }
        return Numbers.toLong(v);
    }

    /**
     * Runs a comprehension's clauses in a frame of its own: the first iterable is computed in the enclosing
     * frame, the loop variables are the comprehension's.
     */
    void comprehension(Expr node, List<Expr.ForClause> clauses, Frame frame, Consumer<Frame> emit) {
        Value first = evaluate(clauses.get(0).iterable(), frame);
        Symbols.Block block = machine.symbols.of(node);
        Frame inner = frame.comprehension(block);
        clause(node, clauses, 0, first, inner, emit);
    }

    private void clause(Expr node, List<Expr.ForClause> clauses, int k, Value iterable, Frame frame,
            Consumer<Frame> emit) {
        Expr.ForClause f = clauses.get(k);
        Iterator<Value> items = Iteration.of(iterable, machine, f.iterable().span());
        long iterations = 0;
        while (items.hasNext()) {
            machine.budget.iteration(++iterations);
            machine.bind(f.target(), items.next(), frame, null, node.span());
            boolean keep = true;
            for (Expr condition : f.conditions()) {
                if (!Truth.of(machine, evaluate(condition, frame))) {
                    keep = false;
                    break;
                }
            }
            if (!keep) {
                continue;
            }
            if (k + 1 == clauses.size()) {
                emit.accept(frame);
            } else {
                clause(node, clauses, k + 1, evaluate(clauses.get(k + 1).iterable(), frame), frame, emit);
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
                    value = new PyStr(Formatting.repr(machine, value));
                } else if ("s".equals(v.conversion())) {
                    value = new PyStr(Formatting.str(machine, value));
                } else if ("a".equals(v.conversion())) {
                    value = new PyStr(Formatting.ascii(Formatting.repr(machine, value)));
                }
                String spec = v.spec();
                if (!v.specParts().isEmpty()) {
                    // the fields of the spec are evaluated after the value, as CPython does
                    spec = fString(new Expr.FString(v.specParts(), f.span()), frame);
                }
                out.append(Formatting.format(machine, value, spec));
                machine.recorder.checkSize(out.length());
            }
        }
        return Formatting.charged(machine, out.toString());
    }
}
