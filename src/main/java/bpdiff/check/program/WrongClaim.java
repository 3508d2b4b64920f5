package bpdiff.check.program;

import bpdiff.check.ExprEdits;
import bpdiff.check.Guess;
import bpdiff.check.MistakeCode;
import bpdiff.check.WrongFormula;
import bpdiff.diff.Tolerance;
import bpdiff.program.ProgramLimits;
import bpdiff.program.array.NdArray;
import bpdiff.program.run.Interpreter;
import bpdiff.program.run.PyArray;
import bpdiff.program.run.PyBool;
import bpdiff.program.run.PyFloat;
import bpdiff.program.run.PyInt;
import bpdiff.program.run.PyModule;
import bpdiff.program.run.Scope;
import bpdiff.program.run.Trace;
import bpdiff.program.run.Value;
import bpdiff.program.syntax.Expr;
import bpdiff.program.tape.Closure;
import bpdiff.program.tape.Tape;
import bpdiff.program.tape.TapeEvaluator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the diagnosis of one wrong claim knows, and how it computes a changed version of the claim: in the
 * variables its line saw, with every value computed from a wrong claim replaced by what it is with autograd's
 * value of that claim (so a guess is about this line's own mistake).
 */
final class WrongClaim implements WrongFormula {

    /** Limits for computing one candidate correction. */
    private static final ProgramLimits LIMITS = new ProgramLimits(100_000, 10_000, 1_000_000, 50, 2, 1);

    final Trace trace;
    final Judgement judgement;
    final Claim claim;
    final Epoch epoch;
    final Parameters parameters;
    final Tolerance tolerance;
    /** The claim's value computed from the true values of the wrong claims above it. */
    final NdArray student;
    /** Autograd's value. */
    final NdArray truth;
    private final Scope scope;
    private final Map<String, Integer> nodes = new HashMap<>();

    /**
     * @param trace the run
     * @param judgement the wrong claim's judgement
     * @param epochJudgements every judgement of its epoch
     * @param parameters the parameters
     * @param tolerance the tolerance
     */
    WrongClaim(Trace trace, Judgement judgement, List<Judgement> epochJudgements, Parameters parameters,
            Tolerance tolerance) {
        this.trace = trace;
        this.judgement = judgement;
        this.claim = judgement.claim();
        this.epoch = judgement.epoch();
        this.parameters = parameters;
        this.tolerance = tolerance;
        this.student = judgement.corrected() != null ? judgement.corrected() : claim.value();
        this.truth = judgement.truth();
        this.scope = corrected(claim.scope(), epochJudgements);
    }

    /** The line's variables, each value computed from a wrong claim replaced by its corrected value. */
    private Scope corrected(Scope seen, List<Judgement> epochJudgements) {
        Map<Integer, NdArray> replaced = new HashMap<>();
        for (Judgement j : epochJudgements) {
            Claim c = j.claim();
            if (j.failed() && c.valueNode() >= 0 && java.util.Arrays.equals(c.value().shape(), j.truth().shape())) {
                replaced.put(c.valueNode(), bpdiff.program.array.Elementwise.unary(j.truth(), v -> v * c.exprScale()));
            }
        }
        List<Integer> roots = new ArrayList<>();
        collectNodes(seen.locals(), roots);
        collectNodes(seen.globals(), roots);
        Map<Integer, NdArray> values = replaced.isEmpty() || roots.isEmpty() ? Map.of()
                : TapeEvaluator.evaluate(Closure.ofAll(trace.tape(), roots, parameters.nodes()), replaced);
        return new Scope(rebind(seen.locals(), values), rebind(seen.globals(), values), seen.function());
    }

    private void collectNodes(Map<String, Value> variables, List<Integer> roots) {
        variables.forEach((name, v) -> {
            int node = node(v);
            if (node >= 0) {
                roots.add(node);
                nodes.putIfAbsent(name, node);
            }
        });
    }

    private static Map<String, Value> rebind(Map<String, Value> variables, Map<Integer, NdArray> values) {
        Map<String, Value> out = new HashMap<>(variables);
        variables.forEach((name, v) -> {
            NdArray value = values.get(node(v));
            if (value != null) {
                out.put(name, value.isScalar() ? new PyFloat(value.item(), node(v)) : new PyArray(value, node(v)));
            }
        });
        return out;
    }

    /**
     * @param v a value
     * @return its tape node, or −1
     */
    static int node(Value v) {
        return v instanceof PyFloat f ? f.node() : v instanceof PyArray a ? a.node() : v instanceof PyBool b ? b.node()
                : -1;
    }

    /** @return the tape */
    Tape tape() {
        return trace.tape();
    }

    /**
     * @param name a variable of the line
     * @return its tape node as the line saw it, or −1
     */
    int nodeOf(String name) {
        Value v = scope.lookup(name);
        return v == null ? -1 : node(v);
    }

    /**
     * @param name a variable of the line
     * @return its (corrected) value, or {@code null} if it is no number or array
     */
    NdArray valueOf(String name) {
        Value v = scope.lookup(name);
        return v == null ? null : array(v);
    }

    /** @return every variable of the line holding a number or array, locals first */
    Map<String, NdArray> numericVariables() {
        Map<String, NdArray> all = new java.util.LinkedHashMap<>();
        scope.locals().forEach((n, v) -> put(all, n, v));
        scope.globals().forEach((n, v) -> {
            if (!all.containsKey(n)) {
                put(all, n, v);
            }
        });
        return all;
    }

    private static void put(Map<String, NdArray> all, String name, Value v) {
        NdArray a = v instanceof PyFloat || v instanceof PyArray ? array(v) : null;
        if (a != null) {
            all.put(name, a);
        }
    }

    /** @return the name numpy is imported as ({@code np}), or {@code null} */
    String numpy() {
        for (Map<String, Value> m : List.of(scope.locals(), scope.globals())) {
            for (Map.Entry<String, Value> e : m.entrySet()) {
                if (e.getValue() instanceof PyModule p && p.name().equals("numpy")) {
                    return e.getKey();
                }
            }
        }
        return null;
    }

    /**
     * Computes a changed version of the claim's expression in the line's corrected variables.
     *
     * @param changed the changed expression
     * @param extra more variables for it (values a correction brings in), or an empty map
     * @return its value as a claim (divided by the learning rate where the claim is a whole update), or
     *     {@code null} if it cannot be computed
     */
    NdArray evaluate(Expr changed, Map<String, Value> extra) {
        Scope with = scope;
        if (!extra.isEmpty()) {
            Map<String, Value> locals = new HashMap<>(scope.locals());
            Map<String, Value> globals = new HashMap<>(scope.globals());
            (scope.locals().isEmpty() ? globals : locals).putAll(extra);
            with = new Scope(locals, globals, scope.function());
        }
        try {
            Value v = Interpreter.evaluate(trace.program(), changed, with, LIMITS);
            NdArray a = array(v);
            double scale = claim.exprScale();
            return a == null ? null : scale == 1 ? a : bpdiff.program.array.Elementwise.unary(a, x -> x / scale);
        } catch (RuntimeException | StackOverflowError e) {
            return null;
        }
    }

    @Override
    public Expr formula() {
        return claim.expr();
    }

    @Override
    public NdArray trueValue() {
        return truth;
    }

    @Override
    public NdArray value(Map<Expr, Expr> replacements, Map<String, NdArray> extra) {
        Map<String, Value> values = new HashMap<>();
        extra.forEach((name, value) -> values.put(name, value(value)));
        return evaluate(ExprEdits.replace(claim.expr(), replacements), values);
    }

    /**
     * @param at one part of the formula
     * @param replacement what replaces it
     * @param extra more variables the replacement reads, or an empty map
     * @param code the kind of mistake
     * @param finding what the mistake is, if the guess fits
     * @return the guess that the formula with that part replaced is the right one
     */
    Guess edited(Expr at, Expr replacement, Map<String, Value> extra, MistakeCode code, String finding) {
        return new Guess(code, finding, evaluate(ExprEdits.replace(claim.expr(), at, replacement), extra), truth);
    }

    /**
     * @param v a value
     * @return its elements, or {@code null} if it is no number or array
     */
    static NdArray array(Value v) {
        if (v instanceof PyFloat f) {
            return NdArray.scalar(f.value());
        }
        if (v instanceof PyArray a) {
            return a.value();
        }
        if (v instanceof PyInt i) {
            return NdArray.scalar(i.value());
        }
        if (v instanceof PyBool b) {
            return NdArray.scalar(b.value() ? 1 : 0);
        }
        return null;
    }

    /**
     * @param value a wrapped array for a correction's extra variable
     * @return it as a program value
     */
    static Value value(NdArray value) {
        return value.isScalar() ? PyFloat.of(value.item()) : new PyArray(value, Value.NO_NODE);
    }
}
